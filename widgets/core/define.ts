import { VERSION } from './version';

/** Marks our classes so a second copy of the suite can tell its own tags from a stranger's. */
const VERSION_KEY = Symbol.for('ebok.version');

type Tagged = CustomElementConstructor & { [VERSION_KEY]?: string };

let warnedLocally = false;

/**
 * Define a custom element unless the tag is already taken. Never throws: a page can hold two
 * copies of the suite (two loaders, two versions) or a host that already used one of our tag
 * names. The first definition keeps working; we warn once per page, naming both versions.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as Tagged | undefined;
  if (!existing) {
    (ctor as Tagged)[VERSION_KEY] = VERSION;
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const other = existing[VERSION_KEY] ?? 'unknown (not eBOK)';
  warnDuplicate(`<${tag}> is already defined by version ${other}; this copy (version ${VERSION}) will not redefine it.`);
}

/** One warning per page, shared across copies through window.ebok when a loader is present. */
export function warnDuplicate(message: string): void {
  const g = window.ebok;
  if (g ? g.warnedDuplicate : warnedLocally) return;
  if (g) g.warnedDuplicate = true;
  warnedLocally = true;
  console.warn(`[ebok] Two copies of eBOK widgets on one page: ${message}`);
}

/** Tests only: allow the warning again. */
export function resetDuplicateWarning(): void {
  warnedLocally = false;
  if (window.ebok) window.ebok.warnedDuplicate = false;
}
