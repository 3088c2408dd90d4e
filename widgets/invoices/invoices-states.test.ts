/**
 * Every state the gallery shows, in each language, checked with axe; plurals in every language;
 * the card layout at 320 px. Rendered from `preview` data alone (no network for the invoices).
 */
import { expect } from '@open-wc/testing';
import { LANGS, html, renderWidget, setupMockApi, shadowText, until } from '../test-utils/index';
import { EbokInvoices, type InvoicesState } from './ebok-invoices';
import { sampleInvoices } from './invoices-samples';
import { invoicesStates } from './invoices-states';
import pl from './i18n/pl.json';
import uk from './i18n/uk.json';
import ru from './i18n/ru.json';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
/** The gallery's states (invoices-states.ts): one list for the gallery and this test. */
const STATES = Object.fromEntries(Object.entries(invoicesStates()).map(([id, s]) => [id, s.state]));

beforeEach(async () => {
  await setupMockApi();
});

async function show(lang: string, state: InvoicesState, width = 900): Promise<EbokInvoices> {
  const el = await renderWidget<EbokInvoices>(
    html`<div style="width: ${width}px"><ebok-invoices lang=${lang} .preview=${state}></ebok-invoices></div>`,
  ).then((wrapper) => wrapper.querySelector('ebok-invoices')! as EbokInvoices);
  await el.translationsReady;
  return el;
}

for (const lang of LANGS) {
  describe(`<ebok-invoices> states in ${lang}`, () => {
    for (const [name, state] of Object.entries(STATES)) {
      it(`${name} is accessible`, async () => {
        const el = await show(lang, state);
        const root = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(root.getAttribute('lang')).to.equal(lang);
        if (state.status !== 'loading') expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal({ pl, uk, ru }[lang]!.title);
        await expect(el).to.be.accessible();
      });
    }

    it('names every row control with its own invoice number and status (sentences translated once a page)', async () => {
      const dict = { pl, uk, ru }[lang]!;
      const el = await show(lang, STATES['list']!);
      const fill = (sentence: string, values: Record<string, string>) => sentence.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k]!);
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-id]')];
      expect(rows.length).to.equal(20);
      const statuses = new Set<string>();
      for (const row of rows) {
        const number = row.querySelector('.number')!.textContent!;
        const status = row.querySelector<HTMLElement>('td.status')!.dataset.status as keyof typeof dict.status;
        statuses.add(status);
        const more = row.querySelector('[data-act="more"]')!;
        expect(more.textContent).to.equal(dict.status[status]);
        expect(more.getAttribute('aria-label')).to.equal(fill(dict.more.show, { status: dict.status[status], number }));
        expect(row.querySelector('[data-act="pdf"]')!.getAttribute('aria-label')).to.equal(fill(dict.pdfLabel, { number }));
        const pick = row.querySelector('[data-act="pick"]');
        if (pick) expect(pick.getAttribute('aria-label')).to.equal(fill(dict.chooseRow, { number }));
      }
      // Different statuses on one page: each row's sentence is its own, not the first row's.
      expect(statuses.size).to.be.greaterThan(2);
    });

    it('row details: the payment with date, amount, method and status', async () => {
      const dict = { pl, uk, ru }[lang]!;
      const el = await show(lang, STATES['details-paid']!);
      // The details' template and styles are a chunk of their own, loaded on first use.
      await until(() => el.shadowRoot!.querySelector('.paid-by'), 'the row details');
      const paid = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.paid')];
      expect(paid.map((p) => p.dataset.status)).to.deep.equal(['completed', 'failed']);
      expect(plain(paid[0]!.textContent!)).to.contain(dict.more.method.blik);
      expect(plain(paid[0]!.textContent!)).to.contain(dict.more.status.completed);
      expect(el.shadowRoot!.querySelector('[aria-expanded="true"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    for (const name of ['details-posting', 'details-loading', 'details-error', 'details-none', 'open-not-found'] as const) {
      it(`row details: ${name} says so`, async () => {
        const dict = { pl, uk, ru }[lang]!;
        const text = {
          'details-posting': dict.more.status.posting,
          'details-loading': dict.more.loading,
          'details-error': dict.more.error,
          'details-none': dict.more.none,
          'open-not-found': 'FV/2024/03/000118',
        }[name];
        const el = await show(lang, STATES[name]!);
        await until(() => shadowText(el).includes(text), name);
        await expect(el).to.be.accessible();
      });
    }

    it('shows each status in words with an icon', async () => {
      const el = await show(lang, STATES.list!);
      const dict = { pl, uk, ru }[lang]!;
      const words = [...el.shadowRoot!.querySelectorAll('.status')].map((s) => s.textContent!.trim());
      for (const status of ['paid', 'overdue', 'partly_paid'] as const) expect(words).to.include(dict.status[status]);
      // The icon is a CSS mask (no SVG nodes per row), one shape per status.
      const icons = new Map<string, string>();
      for (const s of el.shadowRoot!.querySelectorAll<HTMLElement>('.status')) {
        const mask = getComputedStyle(s, '::before').maskImage;
        expect(mask).to.match(/^url\("data:image\/svg\+xml/);
        icons.set(s.dataset.status!, mask);
      }
      expect(new Set(icons.values()).size).to.equal(icons.size);
    });

    it('shows a rendered state exactly: empty, error, limit, payment messages', async () => {
      const dict = { pl, uk, ru }[lang]!;
      let el = await show(lang, STATES['empty']!);
      expect(shadowText(el)).to.contain(dict.empty.none);
      el = await show(lang, STATES['selected-over-limit']!);
      expect(el.shadowRoot!.querySelector('.limit-hint')).to.exist;
      el = await show(lang, STATES['payment-over-limit']!);
      await until(() => el.shadowRoot!.querySelector('.payment-message[role="alert"]'), 'over-limit message');
      el = await show(lang, STATES['older-failed']!);
      expect(shadowText(el)).to.contain(dict.moreError);
      el = await show(lang, STATES['older-loading']!);
      expect(el.shadowRoot!.querySelector('.progress')).to.exist;
    });
  });
}

describe('<ebok-invoices> plurals', () => {
  const cases: Record<string, Record<number, string>> = {
    pl: { 1: '1 faktura', 2: '2 faktury', 5: '5 faktur', 12: '12 faktur', 22: '22 faktury', 25: '25 faktur' },
    uk: { 1: '1 рахунок', 2: '2 рахунки', 5: '5 рахунків', 11: '11 рахунків', 21: '21 рахунок', 22: '22 рахунки' },
    ru: { 1: '1 счёт', 2: '2 счёта', 5: '5 счетов', 11: '11 счетов', 21: '21 счёт', 24: '24 счёта' },
  };
  for (const lang of LANGS) {
    it(`counts invoices in ${lang}`, async () => {
      for (const [n, text] of Object.entries(cases[lang]!)) {
        const el = await show(lang, { status: 'ready', invoices: sampleInvoices(Number(n)) });
        expect(plain(el.shadowRoot!.querySelector('#list-count')!.textContent!)).to.equal(text);
      }
    });
  }

  it('says how many invoices are chosen in each language', async () => {
    const many = sampleInvoices(45, { everyDays: 1 });
    const ids = many.slice(0, 5).map((i) => i.id);
    const expected: Record<string, RegExp[]> = {
      pl: [/^Wybrano 1 fakturę na kwotę/, /^Wybrano 2 faktury na kwotę/, /^Wybrano 5 faktur na kwotę/],
      uk: [/^Вибрано 1 рахунок на суму/, /^Вибрано 2 рахунки на суму/, /^Вибрано 5 рахунків на суму/],
      ru: [/^Выбран 1 счёт на сумму/, /^Выбрано 2 счёта на сумму/, /^Выбрано 5 счетов на сумму/],
    };
    for (const lang of LANGS) {
      for (const [k, count] of [1, 2, 5].entries()) {
        const el = await show(lang, { status: 'ready', invoices: many, selected: ids.slice(0, count) });
        expect(plain(el.shadowRoot!.querySelector('#selection-summary')!.textContent!)).to.match(expected[lang]![k]!);
      }
    }
  });
});

describe('<ebok-invoices> at 320 px', () => {
  for (const lang of LANGS) {
    it(`shows cards without horizontal overflow in ${lang}`, async () => {
      const el = await show(lang, STATES['selected']!, 320);
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const row = el.shadowRoot!.querySelector('tbody tr')!;
      expect(getComputedStyle(row).display).to.equal('grid');
      // Table semantics survive the card layout.
      expect(el.shadowRoot!.querySelector('table')!.getAttribute('role')).to.equal('table');
      // Touch targets of at least 44 px.
      for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('tbody button, tbody td.choose:not(:empty), .pager button')) {
        expect(b.getBoundingClientRect().height).to.be.at.least(44);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('never breaks a document number, even in a card at 320 px', async () => {
    const el = await show('uk', STATES['selected']!, 320);
    const cell = el.shadowRoot!.querySelector<HTMLElement>('tbody td.number')!;
    expect(cell.textContent).to.match(/^FV\/\d{4}\/\d{2}\/\d{6}$/);
    const range = document.createRange();
    range.selectNodeContents(cell);
    expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size).to.equal(1);
    expect(cell.scrollWidth).to.be.at.most(cell.clientWidth);
  });

  it('uses a table at 1280 px', async () => {
    const el = await show('pl', STATES.list!, 1280);
    expect(getComputedStyle(el.shadowRoot!.querySelector('tbody tr')!).display).to.equal('table-row');
  });
});
