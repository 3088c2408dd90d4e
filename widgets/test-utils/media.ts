/**
 * "Prefers reduced motion" for tests, in every engine. Chromium (Playwright) emulates the media
 * feature through its protocol, so CSS and matchMedia() both see it. Firefox over WebDriver BiDi
 * and WebKit over WebDriver have no media emulation: there, window.matchMedia() answers the
 * reduced-motion query from a stub that fires `change` like the real list — what the widgets'
 * scripts read (chart animation); CSS media queries are not affected there. Each test logs which
 * one it used, so a run in another engine says what it checked.
 */
import { emulateMedia } from '@web/test-runner-commands';
import { engine } from './engine';

const QUERY = /\(\s*prefers-reduced-motion\s*:\s*reduce\s*\)/;

class StubMediaQueryList extends EventTarget implements MediaQueryList {
  onchange: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null = null;
  constructor(
    readonly media: string,
    private readonly state: { reduce: boolean },
  ) {
    super();
  }
  get matches(): boolean {
    return this.state.reduce;
  }
  addListener(fn: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null): void {
    if (fn) this.addEventListener('change', fn as EventListener);
  }
  removeListener(fn: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null): void {
    if (fn) this.removeEventListener('change', fn as EventListener);
  }
}

export interface ReducedMotion {
  /** How this engine emulates it: 'protocol' (Chromium) or 'matchMedia stub'. */
  readonly how: 'protocol' | 'matchMedia stub';
  set(reduce: boolean): Promise<void>;
  /** Back to the engine's own value (call in afterEach). */
  restore(): Promise<void>;
}

/** Install before the widget under test reads matchMedia() (i.e. before rendering it). */
export async function reducedMotion(): Promise<ReducedMotion> {
  if ((await engine()) === 'chromium') {
    return {
      how: 'protocol',
      set: (reduce) => emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' }),
      restore: () => emulateMedia({ reducedMotion: 'no-preference' }),
    };
  }
  const native = window.matchMedia;
  const state = { reduce: false };
  const lists = new Set<StubMediaQueryList>();
  window.matchMedia = (query: string): MediaQueryList => {
    if (!QUERY.test(query)) return native.call(window, query);
    const list = new StubMediaQueryList(query, state);
    lists.add(list);
    return list;
  };
  return {
    how: 'matchMedia stub',
    async set(reduce) {
      if (state.reduce === reduce) return;
      state.reduce = reduce;
      for (const list of lists) {
        const event = new Event('change') as MediaQueryListEvent;
        Object.defineProperties(event, { matches: { value: reduce }, media: { value: list.media } });
        list.dispatchEvent(event);
        list.onchange?.call(list, event);
      }
    },
    async restore() {
      window.matchMedia = native;
      lists.clear();
    },
  };
}
