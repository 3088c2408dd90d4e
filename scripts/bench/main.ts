// Runs every widgets/*/*.bench.ts module in this page and hands the rows to scripts/bench.mjs.
type Row = { scenario: string; [metric: string]: string | number };
type Suite = { default: () => Promise<Row[]> };

declare global {
  interface Window {
    __benchDone?: Promise<Record<string, Row[] | { error: string }>>;
  }
}

const suites = import.meta.glob<Suite>('../../widgets/*/*.bench.ts');
const only = new URLSearchParams(location.search).get('only');

window.__benchDone = (async () => {
  const results: Record<string, Row[] | { error: string }> = {};
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
