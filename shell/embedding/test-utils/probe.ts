/**
 * First script of every host page (shell/hosts/*.html): records what an operator would care about
 * before anything of ours runs — CSP violations, errors, console warnings, Trusted Types policies
 * created, layout shifts, and requests — on `window.__probe` for the tests to read.
 */
export interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
  policies: string[];
  /** Sum of layout-shift values without recent input (the CLS definition), and each shift. */
  cls: number;
  shifts: { value: number; at: number; sources: string[] }[];
  /** performance.now() when the loader was started by boot.ts. */
  loaderStart?: number;
  /** Set by boot.ts when everything it imports (loader, second copy) has run. */
  booted?: boolean;
  /** Take layout shifts the observer has not delivered yet (entries arrive asynchronously). */
  flush(): void;
}

declare global {
  interface Window {
    __probe: Probe;
  }
}

// Unbundled (dev server) pages request hundreds of modules; keep every resource timing entry.
performance.setResourceTimingBufferSize(100_000);

const probe: Probe = { violations: [], errors: [], warnings: [], policies: [], cls: 0, shifts: [], flush: () => {} };
window.__probe = probe;

document.addEventListener('securitypolicyviolation', (e) => {
  probe.violations.push(`${e.effectiveDirective}: ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
});
addEventListener('error', (e) => probe.errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => probe.errors.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`));

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  probe.warnings.push(args.map(String).join(' '));
  warn(...args);
};
const error = console.error.bind(console);
console.error = (...args: unknown[]) => {
  probe.errors.push(args.map(String).join(' '));
  error(...args);
};

const tt = (window as unknown as { trustedTypes?: { createPolicy: (name: string, rules: object) => unknown } }).trustedTypes;
if (tt) {
  const create = tt.createPolicy.bind(tt);
  tt.createPolicy = (name: string, rules: object) => {
    probe.policies.push(name);
    return create(name, rules);
  };
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}
const rect = (r: DOMRectReadOnly) => `${Math.round(r.y)}+${Math.round(r.height)}`;
const record = (entries: PerformanceEntryList) => {
  for (const entry of entries as LayoutShift[]) {
    if (entry.hadRecentInput) continue;
    probe.cls += entry.value;
    probe.shifts.push({
      value: entry.value,
      at: entry.startTime,
      sources: (entry.sources ?? []).map(
        (s) => `${s.node instanceof Element ? s.node.localName : String(s.node?.nodeName)} ${rect(s.previousRect)}→${rect(s.currentRect)}`,
      ),
    });
  }
};
const observer = new PerformanceObserver((list) => record(list.getEntries()));
observer.observe({ type: 'layout-shift', buffered: true });
probe.flush = () => record(observer.takeRecords());

