/**
 * The demo's payment gateway (demo/gateway.html): the mock API sends "Zapłać" here instead of an
 * unreachable address. The tester picks what the gateway answers; the page tells the mock
 * (settlePayment, as a gateway's asynchronous notify would) and returns to the operator page with
 * `?ebok-payment=<id>`, as a real gateway returns to `returnUrl`. The mock's state travels in
 * sessionStorage (demo/operator/main.ts), standing in for the server and the session cookie.
 */
import { restoreDemoSnapshot, demoSnapshot, settlePayment, type DemoSnapshot } from '../../mocks/state';
import { RETURN_PARAM } from '../../widgets/core/payment-rules';
import { formatMoney } from '../../widgets/core/format';
import { DEMO_STATE_KEY } from '../operator/demo-state';

const params = new URLSearchParams(location.search);
const id = params.get('payment') ?? '';
const back = params.get('return');
const raw = sessionStorage.getItem(DEMO_STATE_KEY);
const snapshot = raw ? (JSON.parse(raw) as DemoSnapshot) : undefined;
if (snapshot) restoreDemoSnapshot(snapshot);
const stored = snapshot?.payments.find(([, s]) => s.result.id === id)?.[1].result;

document.querySelector('#gw-id')!.textContent = id;
if (stored) {
  document.querySelector('#gw-amount')!.textContent = formatMoney(stored.amount, 'pl');
  document.querySelector('#gw-docs')!.textContent = `Za: ${stored.documents.map((d) => d.number).join(', ')}`;
} else {
  document.querySelector<HTMLElement>('#gw-error')!.hidden = false;
}

document.querySelector<HTMLFormElement>('#gw-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const outcome = new FormData(event.target as HTMLFormElement).get('outcome');
  let settleLater: DemoSnapshot['settleLater'];
  if (outcome === 'completed') settlePayment(id, 'completed', { method: 'blik' });
  else if (outcome === 'posting') settlePayment(id, 'completed', { method: 'blik', posted: false });
  else if (outcome === 'failed') settlePayment(id, 'failed', { method: 'card', failureReason: 'declined' });
  else if (outcome === 'insufficient_funds') settlePayment(id, 'failed', { method: 'fast_transfer', failureReason: 'insufficient_funds' });
  else if (outcome === 'cancelled' || outcome === 'expired') settlePayment(id, outcome);
  else if (outcome === 'slow') settleLater = { id, at: Date.now() + 20_000 };
  sessionStorage.setItem(DEMO_STATE_KEY, JSON.stringify(demoSnapshot(settleLater ? { settleLater } : {})));
  // Only back to this site (the mock checked returnUrl against its allow-list already).
  const target = back && new URL(back, location.href).origin === location.origin ? new URL(back) : new URL('./operator.html', location.href);
  target.searchParams.set(RETURN_PARAM, id);
  location.assign(target.href);
});
