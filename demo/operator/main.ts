/**
 * The fake operator site (demo/operator.html): the real loader and widgets, talking to the msw
 * mock API in a service worker registered relative to the page, so a static copy works from any
 * sub-path. The persona buttons are a shortcut for designers; the login widget works as well.
 *
 * `?api=http://localhost:8787/api` talks to `npm run api` instead (the same mocks over real HTTP,
 * with an HttpOnly cookie): a reload or a return from the payment gateway keeps the session, as
 * in production.
 */
import { signInAs, startMocks } from '../../mocks/browser';
import { setGatewayPage } from '../../mocks/state';
import { keepDemoState } from './demo-state';
import { personaByKey, type PersonaKey } from '../../mocks/data/personas';
import { startLoader } from '../../shell/loader';
import { WIDGETS } from '../../shell/widgets';
import { getSession, login } from '../../widgets/core/api/endpoints';
import { getSessionStore } from '../../widgets/core/session';
import { VERSION } from '../../widgets/core/version';

const PERSONAS: { key: PersonaKey; what: string }[] = [
  { key: 'jan', what: 'prąd, zaległość (saldo czerwone)' },
  { key: 'anna', what: 'nadpłata (saldo niebieskie)' },
  { key: 'piotr', what: 'nadchodząca płatność' },
  { key: 'olena', what: 'woda, logowanie z kodem SMS' },
  { key: 'ivan', what: 'internet mobilny' },
  { key: 'archiwum', what: '10 000 faktur, odczyty co 15 minut' },
  { key: 'zablokowany', what: 'konto zablokowane (zaloguj się formularzem)' },
];

const realApi = new URLSearchParams(location.search).get('api');
const api = realApi && /^https?:\/\//.test(realApi) ? realApi : new URL('./api', location.href).pathname;
if (api !== realApi) {
  await startMocks({ base: api, serviceWorkerUrl: new URL('./mockServiceWorker.js', location.href).pathname });
  // "Zapłać" goes to the demo's gateway page, and the session survives the trip and a reload.
  setGatewayPage(new URL('./gateway.html', location.href).href);
  keepDemoState();
}

const params = new URLSearchParams(location.search);
const select = document.querySelector<HTMLSelectElement>('#lang')!;
const initial = params.get('lang');
const lang = initial === 'uk' || initial === 'ru' ? initial : 'pl';
document.documentElement.lang = lang;
select.value = lang;

// The idle timeout an operator sets with data-idle-minutes, chosen here (and kept in the URL,
// ?idle=1) so a designer can see the warning and the idle logout without waiting ten minutes.
const idleSelect = document.querySelector<HTMLSelectElement>('#idle')!;
const idleOptions = [...idleSelect.options].map((o) => o.value);
const idleMinutes = Number(idleOptions.includes(params.get('idle') ?? '') ? params.get('idle') : '10');
idleSelect.value = String(idleMinutes);

const ebok = startLoader(VERSION, WIDGETS, () => import('../../widgets/core/i18n/i18n'), { api, lang, idleMinutes });

const keepInUrl = (name: string, value: string, fallback: string) => {
  const url = new URL(location.href);
  if (value === fallback) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(null, '', url);
};

select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  ebok.setLanguage(select.value);
  keepInUrl('lang', select.value, 'pl');
});

idleSelect.addEventListener('change', () => {
  // The loader's configuration object is what the widgets read; the event makes a running idle
  // timer take the new value at once.
  ebok.config.idleMinutes = Number(idleSelect.value);
  document.dispatchEvent(new CustomEvent('ebok-config-change'));
  keepInUrl('idle', idleSelect.value, '10');
});

// The skip link lands on the widgets: the sign-in form when signed out, else the balance tile.
// A link to #konto alone scrolls but leaves focus on the link in some browsers (Safari).
document.querySelector<HTMLAnchorElement>('.op-skip')!.addEventListener('click', (event) => {
  event.preventDefault();
  const signedIn = getSessionStore().state.status === 'authenticated';
  const target = signedIn ? document.querySelector<HTMLElement>('#saldo')! : document.querySelector('ebok-login')!;
  focusWidget(target);
});

/** Focus the first focusable element inside a widget (its shadow root), else the section itself. */
function focusWidget(target: Element): void {
  const root = target.shadowRoot ?? target.querySelector('ebok-balance')?.shadowRoot;
  const first = root?.querySelector<HTMLElement>('input, button, a[href], select, textarea, [tabindex]:not([tabindex="-1"])');
  if (first) {
    first.focus();
    first.scrollIntoView({ block: 'center' });
    return;
  }
  const section = target.closest<HTMLElement>('section') ?? (target as HTMLElement);
  section.tabIndex = -1;
  section.focus();
}

const list = document.querySelector('#personas')!;
const status = document.querySelector('#persona-status')!;
for (const { key, what } of PERSONAS) {
  const persona = personaByKey(key);
  const li = document.createElement('li');
  const email = document.createElement('code');
  email.textContent = persona.customer.email;
  const note = document.createElement('span');
  note.textContent = ` — ${what}`;
  li.append(email, note);
  if (!persona.alwaysLocked) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'op-button';
    button.textContent = `Zaloguj jako ${persona.customer.name.split(' ')[0]}`;
    button.dataset.persona = key;
    button.addEventListener('click', () => void quickSignIn(key));
    li.append(document.createElement('br'), button);
  }
  list.append(li);
}

/** Starts a session in the mock for a persona (skipping the SMS step) and tells every widget. */
async function quickSignIn(key: PersonaKey): Promise<void> {
  const store = getSessionStore();
  await store.end('user');
  if (api === realApi) {
    // Over HTTP the cookie can only come from a real sign-in.
    const persona = personaByKey(key);
    const answer = await login({ identifier: persona.customer.email, identifierType: 'email', password: persona.password });
    if (answer.status !== 'authenticated') {
      status.textContent = 'Ta osoba loguje się z kodem SMS: użyj formularza logowania.';
      return;
    }
  } else {
    signInAs(key);
  }
  const session = await getSession();
  if (!session) throw new Error(`the mock did not sign in ${key}`);
  store.signedIn(session);
  status.textContent = `Zalogowano: ${session.customer.name}`;
}

// For screenshots and checks: every widget defined and showing its first state.
// Only the tags on this page: the loader loads nothing else, so another tag is never defined here.
const tags = Object.keys(WIDGETS).filter((t) => document.querySelector(t));
await Promise.all(tags.map((t) => customElements.whenDefined(t)));
await Promise.all(
  tags.flatMap((t) => [...document.querySelectorAll(t)].map((el) => (el as HTMLElement & { translationsReady?: Promise<void> }).translationsReady)),
);
document.documentElement.dataset.operatorReady = 'true';
