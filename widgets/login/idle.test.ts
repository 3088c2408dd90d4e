import { expect } from '@open-wc/testing';
import { configure, resetConfig } from '../core/config';
import { IdleWatcher, type IdleState } from '../core/idle';
import { until } from '../test-utils/index';
import { FakeClock } from './test-utils/fake-clock';

const MIN = 60_000;

function setup(timeoutMs = 10 * MIN) {
  const clock = new FakeClock();
  const target = document.implementation.createHTMLDocument('idle');
  let timeouts = 0;
  const watcher = new IdleWatcher({ clock, target, timeoutMs: () => timeoutMs, onTimeout: () => timeouts++ });
  const states: IdleState[] = [];
  watcher.subscribe((s) => states.push(s));
  const activity = (type = 'pointerdown') => target.dispatchEvent(new Event(type));
  return { clock, target, watcher, states, activity, timeouts: () => timeouts };
}

describe('idle watcher (core/idle.ts)', () => {
  afterEach(resetConfig);

  it('warns 60 s before the idle time and then ends the session', () => {
    const { clock, watcher, timeouts } = setup();
    watcher.start();
    expect(watcher.state.phase).to.equal('active');
    clock.advance(9 * MIN - 1);
    expect(watcher.state.phase).to.equal('active');
    clock.advance(1);
    expect(watcher.state).to.deep.include({ phase: 'warning', secondsLeft: 60 });
    clock.advance(1_000);
    expect(watcher.state).to.deep.include({ phase: 'warning', secondsLeft: 59 });
    clock.advance(58_000);
    expect(watcher.state).to.deep.include({ phase: 'warning', secondsLeft: 1 });
    expect(timeouts()).to.equal(0);
    clock.advance(1_000);
    expect(timeouts()).to.equal(1);
    expect(watcher.state.phase).to.equal('off');
    expect(clock.pending).to.equal(0);
  });

  it('counts pointer, key, wheel, scroll and focus events as activity, at most once a second', () => {
    const { clock, watcher, activity, timeouts } = setup();
    watcher.start();
    for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin']) {
      clock.advance(5 * MIN);
      activity(type);
    }
    // 35 minutes later, still signed in: every event kept the session going.
    clock.advance(9 * MIN - 1);
    expect(watcher.state.phase).to.equal('active');
    expect(timeouts()).to.equal(0);
    // A burst within the same second is recorded once: the deadline stays 10 min after the first.
    activity('pointermove');
    clock.advance(999);
    activity('pointermove');
    clock.advance(10 * MIN - 999);
    expect(timeouts()).to.equal(1);
  });

  it('lets activity end the warning when no widget presents it', () => {
    const { clock, watcher, activity } = setup();
    watcher.start();
    clock.advance(9.5 * MIN);
    expect(watcher.state.phase).to.equal('warning');
    activity('keydown');
    expect(watcher.state.phase).to.equal('active');
  });

  it('keeps the presented warning until the customer chooses to stay', () => {
    const { clock, watcher, activity, timeouts } = setup();
    const owner = {};
    const release = watcher.present(owner);
    expect(watcher.isPresenter(owner)).to.equal(true);
    watcher.start();
    clock.advance(9.5 * MIN);
    // Opening the dialog moves focus: that must not count as "the customer is back".
    activity('focusin');
    activity('pointermove');
    expect(watcher.state.phase).to.equal('warning');
    watcher.stay();
    expect(watcher.state.phase).to.equal('active');
    clock.advance(9 * MIN + 1);
    expect(watcher.state.phase).to.equal('warning');
    release();
    expect(watcher.isPresenter(owner)).to.equal(false);
    clock.advance(MIN);
    expect(timeouts()).to.equal(1);
  });

  it('has one presenter at a time: the first registered', () => {
    const { watcher } = setup();
    const a = {};
    const b = {};
    const releaseA = watcher.present(a);
    watcher.present(b);
    expect(watcher.isPresenter(a)).to.equal(true);
    expect(watcher.isPresenter(b)).to.equal(false);
    releaseA();
    expect(watcher.isPresenter(b)).to.equal(true);
  });

  it('decides by the clock, not by when a timer fires (background tabs, sleep)', () => {
    const { clock, watcher, target, timeouts } = setup();
    watcher.start();
    // The browser held our timers back; the tab becomes visible 20 minutes later.
    (clock as unknown as { time: number }).time += 20 * MIN;
    target.dispatchEvent(new Event('visibilitychange'));
    expect(timeouts()).to.equal(1);
  });

  it('follows the configured idle minutes, also when they change while running', () => {
    const clock = new FakeClock();
    const target = document;
    let timeouts = 0;
    configure({ idleMinutes: 2 });
    const watcher = new IdleWatcher({ clock, target, onTimeout: () => timeouts++ });
    watcher.start();
    clock.advance(MIN);
    expect(watcher.state).to.deep.include({ phase: 'warning', secondsLeft: 60 });
    configure({ idleMinutes: 5 });
    expect(watcher.state.phase).to.equal('active');
    clock.advance(4 * MIN - 1);
    expect(timeouts).to.equal(0);
    clock.advance(1);
    expect(timeouts).to.equal(1);
  });

  it('warns after half the idle time when that is under two minutes', () => {
    const { clock, watcher } = setup(MIN);
    watcher.start();
    clock.advance(30_000);
    expect(watcher.state).to.deep.include({ phase: 'warning', secondsLeft: 30 });
  });

  it('stops listening and timing when stopped; stay() and stop() are no-ops when off', () => {
    const { clock, watcher, activity, states, timeouts } = setup();
    watcher.stay();
    watcher.stop();
    expect(states).to.deep.equal([]);
    watcher.start();
    watcher.stop();
    expect(clock.pending).to.equal(0);
    activity();
    clock.advance(60 * MIN);
    expect(timeouts()).to.equal(0);
    expect(states.map((s) => s.phase)).to.deep.equal(['active', 'off']);
  });

  it('hears activity from other tabs of the site', async () => {
    const { watcher, timeouts } = setup();
    // Cross-tab messages are real time: use the system clock and a tiny idle time.
    const real = new IdleWatcher({ timeoutMs: () => 4_000, onTimeout: () => undefined });
    real.start();
    expect(real.state.phase).to.equal('active');
    const other = new BroadcastChannel('ebok-idle');
    const internals = real as unknown as { lastActivity: number };
    internals.lastActivity = 0;
    other.postMessage({ type: 'activity' });
    await until(() => internals.lastActivity > 0, 'activity from another tab');
    other.close();
    real.stop();
    expect(timeouts()).to.equal(0);
    watcher.stop();
  });
});
