import { expect } from '@open-wc/testing';
import FakeTimers from '@sinonjs/fake-timers';
import { resetFaults, setFaults } from '../../mocks/faults';
import { getMockStats } from '../../mocks/state';
import { listMeters } from '../core/api/endpoints';
import type { Meter } from '../core/api/types';
import { configure } from '../core/config';
import { html, LANGS, renderWidget, setupMockApi, shadowText, signInAs, timeoutFor, until } from '../test-utils/index';
import type { EbokReadings, ReadingCreatedDetail } from './ebok-readings';
import pl from './i18n/pl.json';
import ru from './i18n/ru.json';
import uk from './i18n/uk.json';
import './ebok-readings';

const BUNDLES = { pl, uk, ru } as const;

function $<E extends Element = HTMLElement>(el: EbokReadings, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`No ${selector} in <ebok-readings>`);
  return found;
}
const has = (el: EbokReadings, selector: string) => el.shadowRoot!.querySelector(selector) !== null;

async function render(template = html`<ebok-readings></ebok-readings>`): Promise<EbokReadings> {
  const el = await renderWidget<EbokReadings>(template);
  await until(() => has(el, 'form') || has(el, '.window.closed') || has(el, '[part="read-only"]') || has(el, '[data-kind]'), 'the form', 8000);
  return el;
}

async function type(el: EbokReadings, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function submit(el: EbokReadings): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

async function attach(el: EbokReadings, file: File): Promise<void> {
  const input = $<HTMLInputElement>(el, '#photo');
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const errorAt = (el: EbokReadings, id: string) => el.shadowRoot!.querySelector(`#${id}-error`)?.textContent?.trim() ?? '';
const recorded = () => getMockStats().readingsCreated;
const posts = (meter: string) => getMockStats().requests[`POST /meters/${meter}/readings`] ?? 0;
const receipt = (el: EbokReadings) => has(el, '#receipt');

/** Jan's house meter (G12) as the API has it, to type values relative to its last reading. */
async function janMeter(point = 'mp-1001-1'): Promise<Meter> {
  return (await listMeters(point)).meters[0]!;
}
const lastOf = (meter: Meter, register: string) => Number(meter.lastReading!.values.find((v) => v.register === register)!.value);
/** A decimal with a comma, as a Polish customer types it. */
const comma = (n: number) => n.toFixed(1).replace('.', ',');

describe('<ebok-readings>', function () {
  this.timeout(timeoutFor(30_000));
  beforeEach(setupMockApi);
  afterEach(resetFaults);

  it('signed out: asks to sign in and fetches nothing', async () => {
    const el = await render();
    await until(() => has(el, '[data-kind="signed-out"]'), 'the signed-out state');
    expect(getMockStats().requests['GET /meters']).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it("shows the point's meter, its last reading, the history and the chart", async () => {
    await signInAs('jan');
    const meter = await janMeter();
    const el = await render();
    await until(() => has(el, 'table tbody tr'), 'the history');
    const text = shadowText(el);
    expect(text).to.contain('Licznik nr 93512877');
    expect(text).to.contain('Strefa dzienna');
    expect(text).to.contain('Strefa nocna');
    expect($<HTMLSelectElement>(el, '#point').options).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('.bar').length).to.be.greaterThan(0);
    expect($(el, 'tbody tr th').textContent).to.not.equal('');
    expect(meter.registers.map((r) => r.id)).to.deep.equal(['day', 'night']);
    await expect(el).to.be.accessible();
  });

  it('records a reading, shows what was recorded and puts it at the top of the history', async () => {
    await signInAs('jan');
    const meter = await janMeter();
    const el = await render();
    await until(() => has(el, 'table tbody tr'), 'the history');
    const created: ReadingCreatedDetail[] = [];
    el.addEventListener('ebok-reading-created', (e) => created.push(e.detail));
    const day = lastOf(meter, 'day') + 12.3;
    await type(el, 'reg-day', comma(day));
    await type(el, 'reg-night', ` ${comma(lastOf(meter, 'night') + 4)} `);
    // The value comes back in the meter's format: every digit of the display.
    expect($(el, '#reg-day-echo').textContent).to.contain(`Na liczniku: ${comma(day).padStart(8, '0')}`);
    await submit(el);
    await until(() => receipt(el), 'the receipt');
    expect(recorded()).to.equal(1);
    expect(shadowText(el)).to.contain('Odczyt zapisany');
    expect(shadowText(el)).to.contain('Uwzględnimy go w najbliższej fakturze.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('receipt');
    expect($(el, 'tbody tr').textContent).to.contain('samoodczyt');
    expect(created).to.have.length(1);
    expect(created[0]!.receipt.reading.values[0]).to.deep.equal({ register: 'day', value: day.toFixed(1) });
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part="another"]').click();
    await until(() => has(el, 'form'), 'the form again');
    expect($<HTMLInputElement>(el, '#reg-day').value).to.equal('');
  });

  for (const lang of LANGS) {
    it(`bad input in ${lang}: a message at each field, focus on the first, nothing sent`, async () => {
      await signInAs('jan');
      const el = await render(html`<ebok-readings lang=${lang}></ebok-readings>`);
      const e = BUNDLES[lang].errors;
      const cases: [string, string][] = [
        ['abc', e.invalid_format],
        ['-5', e.invalid_format],
        ['12,3,4', e.invalid_format],
        ['1 23', e.invalid_format],
      ];
      for (const [value, message] of cases) {
        await type(el, 'reg-day', value);
        await type(el, 'reg-night', '');
        await submit(el);
        await until(() => errorAt(el, 'reg-day') !== '', `an error for ${value}`);
        expect(errorAt(el, 'reg-day'), value).to.equal(message.replace('{{digits}}', ''));
        expect(errorAt(el, 'reg-night')).to.equal(e.required);
        expect($(el, '#reg-day').getAttribute('aria-invalid')).to.equal('true');
        expect(el.shadowRoot!.activeElement?.id).to.equal('reg-day');
      }
      await type(el, 'reg-day', '1234567');
      await type(el, 'reg-night', '12,34');
      await submit(el);
      await until(() => errorAt(el, 'reg-night') !== '', 'the digit errors');
      expect(errorAt(el, 'reg-day')).to.contain(lang === 'pl' ? '6 cyfr' : '6 цифр');
      expect(errorAt(el, 'reg-night')).to.contain(lang === 'pl' ? '1 cyfra' : '1 цифра');
      expect(posts('m-1001-1')).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('a day in the future is refused at the date', async () => {
    await signInAs('jan');
    const meter = await janMeter();
    const el = await render();
    await type(el, 'reg-day', comma(lastOf(meter, 'day') + 1));
    await type(el, 'reg-night', comma(lastOf(meter, 'night') + 1));
    await type(el, 'reading-date', '2999-01-01');
    await submit(el);
    await until(() => errorAt(el, 'reading-date') !== '', 'the date error');
    expect(errorAt(el, 'reading-date')).to.equal(pl.errors.in_future);
    expect(posts('m-1001-1')).to.equal(0);
  });

  it('far lower than the last: refused until a replacement is confirmed; then sent to verification', async () => {
    await signInAs('jan');
    const el = await render();
    await type(el, 'reg-day', '10');
    await type(el, 'reg-night', '5');
    await submit(el);
    await until(() => has(el, '#confirm-replacement'), 'the confirmation');
    expect(errorAt(el, 'reg-day')).to.contain('To mniej niż ostatni odczyt');
    // Far lower is no roll-over: only the replacement is offered.
    expect(has(el, '#confirm-rollover')).to.equal(false);
    expect(posts('m-1001-1')).to.equal(0);
    $<HTMLInputElement>(el, '#confirm-replacement').click();
    await el.updateComplete;
    await submit(el);
    await until(() => receipt(el), 'the receipt');
    expect(shadowText(el)).to.contain('Sprawdzimy go przed wystawieniem faktury.');
    expect(recorded()).to.equal(1);
  });

  it('past all nines: a roll-over is offered and, confirmed, recorded', async () => {
    // The mock's newest reading closes the last whole month, so the days since it run from 2 to about 31
    // with the date. Going past all nines is 130 kWh or more, which against Jan's ~2.2 kWh a day
    // is plausible only ~4 weeks after the last reading; nearer, the widget rightly asks to
    // confirm that too (the far-higher test below). Unpinned, this test failed from the 2nd to
    // about the 25th of every month (first seen on 2 December). Pinned to 1 December: the last
    // reading is 31 October. Only Date is faked: timers and frames run as usual.
    const clock = FakeTimers.install({ now: Date.parse('2026-12-01T10:00:00Z'), toFake: ['Date'] });
    try {
      await signInAs('jan');
      const el = await render(html`<ebok-readings point="mp-1001-2"></ebok-readings>`);
      await type(el, 'reg-total', '00 040');
      await submit(el);
      await until(() => has(el, '#confirm-rollover'), 'the roll-over confirmation');
      $<HTMLInputElement>(el, '#confirm-rollover').click();
      await el.updateComplete;
      await submit(el);
      await until(() => receipt(el), 'the receipt');
      expect(recorded()).to.equal(1);
    } finally {
      clock.uninstall();
    }
  });

  it('far higher than usual: a warning the customer can confirm', async () => {
    await signInAs('jan');
    const meter = await janMeter();
    const el = await render();
    await type(el, 'reg-day', comma(lastOf(meter, 'day') + 9000));
    await type(el, 'reg-night', comma(lastOf(meter, 'night') + 1));
    await submit(el);
    await until(() => has(el, '#confirm-implausible'), 'the warning');
    expect(errorAt(el, 'reg-day')).to.match(/^To dużo więcej niż zwykle: [\d\s,]+kWh na dobę, zwykle [\d\s,]+kWh\./);
    $<HTMLInputElement>(el, '#confirm-implausible').click();
    await el.updateComplete;
    await submit(el);
    await until(() => receipt(el), 'the receipt');
    expect(recorded()).to.equal(1);
  });

  it('water takes whole m³ only', async () => {
    await signInAs('jan');
    const el = await render(html`<ebok-readings point="mp-1001-3" lang="ru"></ebok-readings>`);
    await type(el, 'reg-total', '999,5');
    await submit(el);
    await until(() => errorAt(el, 'reg-total') !== '', 'the error');
    expect(errorAt(el, 'reg-total')).to.equal('Введите целые м³: только чёрные цифры, без красных.');
  });

  it('the photo: an oversized or non-image file is refused at the field; a good one goes with the reading', async () => {
    await signInAs('jan');
    const meter = await janMeter();
    const el = await render(html`<ebok-readings lang="uk"></ebok-readings>`);
    await attach(el, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'licznik.jpg', { type: 'image/jpeg' }));
    expect(errorAt(el, 'photo')).to.equal('Фото більше ніж 5 МБ.');
    await attach(el, new File(['%PDF'], 'licznik.pdf', { type: 'application/pdf' }));
    expect(errorAt(el, 'photo')).to.equal('Додайте фото у форматі JPG або PNG.');
    await type(el, 'reg-day', comma(lastOf(meter, 'day') + 1));
    await type(el, 'reg-night', comma(lastOf(meter, 'night') + 1));
    await attach(el, new File([new Uint8Array(2000)], 'licznik.jpg', { type: 'image/jpeg' }));
    expect(errorAt(el, 'photo')).to.equal('');
    expect(shadowText(el)).to.contain('licznik.jpg');
    await submit(el);
    await until(() => receipt(el), 'the receipt');
    expect(recorded()).to.equal(1);
  });

  describe('exactly one reading', () => {
    async function filled(): Promise<EbokReadings> {
      await signInAs('jan');
      const meter = await janMeter();
      const el = await render();
      await type(el, 'reg-day', comma(lastOf(meter, 'day') + 2));
      await type(el, 'reg-night', comma(lastOf(meter, 'night') + 1));
      return el;
    }

    it('a double click sends one request', async () => {
      const el = await filled();
      const button = $<HTMLButtonElement>(el, 'button[type="submit"]');
      button.click();
      button.click();
      await el.updateComplete;
      button.click();
      await until(() => receipt(el), 'the receipt');
      expect(posts('m-1001-1')).to.equal(1);
      expect(recorded()).to.equal(1);
    });

    it('dropped connection (the answer is lost) → retry: one reading', async () => {
      const el = await filled();
      // Only the request that hangs gets 300 ms: loading the form took longer than that in
      // WebKit on a loaded machine, and the test then found no form.
      configure({ timeoutMs: 300 });
      setFaults({ hang: true, path: '/meters/m-1001-1/readings' });
      await submit(el);
      await until(() => has(el, '.form-alert'), 'the failure');
      expect($(el, '.form-alert').getAttribute('role')).to.equal('alert');
      // The hung request reaches the server after all and is recorded; its answer never came.
      resetFaults();
      await until(() => recorded() === 1, 'the late reading');
      configure({ timeoutMs: 10_000 });
      await submit(el);
      await until(() => receipt(el), 'the receipt');
      expect(recorded()).to.equal(1);
      expect(posts('m-1001-1')).to.equal(2);
    });

    it('offline → retry: keeps the values and records one reading', async () => {
      const el = await filled();
      const typed = $<HTMLInputElement>(el, '#reg-day').value;
      setFaults({ offline: true, path: '/meters/m-1001-1/readings' });
      await submit(el);
      await until(() => has(el, '.form-alert'), 'the failure');
      expect(shadowText(el)).to.contain('Brak połączenia z internetem');
      expect($<HTMLInputElement>(el, '#reg-day').value).to.equal(typed);
      await expect(el).to.be.accessible();
      resetFaults();
      await submit(el);
      await until(() => receipt(el), 'the receipt');
      expect(recorded()).to.equal(1);
    });
  });

  it('outside the reading window: says when the next one opens and offers no form', async () => {
    await signInAs('olena');
    const el = await render(html`<ebok-readings lang="uk"></ebok-readings>`);
    await until(() => has(el, '.window.closed'), 'the window note');
    expect($(el, '.window.closed').textContent).to.match(/Наступний період: з \d+ [а-яіїєґ]+ \d{4}/);
    expect(has(el, 'form')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('another point: the point attribute picks it, the select changes it and says so in ebok-point-change', async () => {
    await signInAs('jan');
    const el = await render(html`<ebok-readings point="mp-1001-3"></ebok-readings>`);
    await until(() => shadowText(el).includes('WM-2019-00871'), 'the water meter');
    const changes: string[] = [];
    el.addEventListener('ebok-point-change', (e) => changes.push(e.detail.point));
    const select = $<HTMLSelectElement>(el, '#point');
    select.value = 'mp-1001-2';
    select.dispatchEvent(new Event('change'));
    await until(() => shadowText(el).includes('40233518'), 'the allotment meter');
    expect(changes).to.deep.equal(['mp-1001-2']);
  });

  it('a view-only account sees the readings but no form', async () => {
    await signInAs('viewer');
    const el = await render();
    await until(() => has(el, '[part="read-only"]') && has(el, 'table tbody tr'), 'the read-only history');
    expect(has(el, 'form')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a point without a meter (a SIM card) says so', async () => {
    await signInAs('ivan');
    const el = await render();
    await until(() => has(el, '[data-kind="empty"]'), 'the empty state');
    expect(shadowText(el)).to.contain(pl.noMeters);
  });

  it('a failed history can be retried', async () => {
    await signInAs('jan');
    setFaults({ http500: true, path: '/readings' });
    const el = await render();
    await until(() => has(el, '.history [data-kind="error"]'), 'the history error');
    resetFaults();
    $<HTMLButtonElement>(el, '.history [part="retry"]').click();
    await until(() => has(el, 'table tbody tr'), 'the history');
  });
});
