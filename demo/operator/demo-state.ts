/**
 * The demo's mock server state across page loads (the trip to the gateway, a reload), as a real
 * server and its HttpOnly cookie would keep it. Demo pages only: sessionStorage of this tab,
 * never read by the widgets, gone when the tab closes.
 */
import { demoSnapshot, restoreDemoSnapshot, settlePayment, type DemoSnapshot } from '../../mocks/state';

export const DEMO_STATE_KEY = 'ebok-demo-mock-state';

/** Restores the mock's state, keeps it on every page hide, and finishes a "slow" gateway answer. */
export function keepDemoState(): void {
  const raw = sessionStorage.getItem(DEMO_STATE_KEY);
  let later: DemoSnapshot['settleLater'];
  if (raw) {
    try {
      const snapshot = JSON.parse(raw) as DemoSnapshot;
      restoreDemoSnapshot(snapshot);
      later = snapshot.settleLater;
    } catch {
      sessionStorage.removeItem(DEMO_STATE_KEY);
    }
  }
  if (later) {
    const { id } = later;
    setTimeout(() => {
      settlePayment(id, 'completed', { method: 'blik', posted: false });
      later = undefined;
    }, Math.max(0, later.at - Date.now()));
  }
  addEventListener('pagehide', () => sessionStorage.setItem(DEMO_STATE_KEY, JSON.stringify(demoSnapshot(later ? { settleLater: later } : {}))));
}
