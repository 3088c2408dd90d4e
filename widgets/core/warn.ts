const warned = new Set<string>();

/**
 * A console warning for the operator who embeds the widgets, printed once per page for each `key`
 * and prefixed `[ebok]`: misconfigurations that would otherwise be silent fallbacks. They ship in
 * the production bundle on purpose — that is the build operators see.
 */
export function warnOnce(key: string, message: string, ...details: unknown[]): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[ebok] ${message}`, ...details);
}
