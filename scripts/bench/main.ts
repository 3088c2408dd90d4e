// Runs every widgets/*/*.bench.ts module in this page and hands the rows to scripts/bench.mjs.
type Row = { scenario: string; [metric: string]: string | number };
type Suite = { default: () => Promise<Row[]> };

declare global {
  interface Window {
    __benchDone?: Promise<Record<string, Row[] | { error: string }>>;
  }
}

const suites = import.meta.glob<Suite>('../../widgets/*/*.bench.ts');
const params = new URLSearchParams(location.search);
const only = params.get('only');
const runs = Number(params.get('runs') ?? 5);

window.__benchDone = (async () => {
  const results: Record<string, Row[] | { error: string }> = {};
  const profileName = params.get('profile');
  if (profileName) {
    await (await import('./compare')).profile(profileName, runs);
    return results;
  }
  // The goals table first (widgets against peers, interleaved); `--only=goals` runs just that.
  if (!only || only.split(',').includes('goals')) {
    try {
      results.goals = (await (await import('./compare')).goals(runs)) as unknown as Row[];
    } catch (e) {
      results.goals = { error: String((e as Error)?.stack ?? e) };
    }
  }
  for (const [path, load] of Object.entries(suites)) {
    const name = path.split('/').at(-2) ?? path;
    if (only && !only.split(',').includes(name)) continue;
    try {
      results[name] = await (await load()).default();
    } catch (e) {
      results[name] = { error: String((e as Error)?.stack ?? e) };
    }
  }
  return results;
})();
