/**
 * The list fits whatever box the operator gives it: 320 → 1,280 px of the widget's own width, in
 * pl/uk/ru, in the test page's font and in `system-ui`, with nothing inside reaching past the box,
 * numbers, days and amounts never broken inside, and compact cards on a phone.
 */
import { expect } from '@open-wc/testing';
import type { Invoice } from '../core/api/types';
import { html, LANGS, renderWidget } from '../test-utils/index';
import type { EbokInvoices, InvoicesState } from './ebok-invoices';
import './ebok-invoices';
import { sampleInvoices } from './invoices-samples';

const WIDTHS = [320, 480, 640, 720, 800, 960, 1024, 1280] as const;
const FONTS = ['', 'system-ui'] as const;

// Long amounts and every status, with the pay bar active (two chosen) and the limit hint shown.
const invoices: Invoice[] = sampleInvoices(40).map((inv, i) =>
  i === 1 ? { ...inv, amount: { minor: 123_456_789, currency: 'PLN' }, remaining: { minor: 123_456_789, currency: 'PLN' } } : inv,
);
const STATE: InvoicesState = {
  status: 'ready',
  invoices,
  limit: { minor: 430_000, currency: 'PLN' },
  selected: [invoices[0]!.id, invoices[1]!.id],
};

/** Elements of the shadow tree that reach outside the widget's border box, as readable strings. */
function outside(el: EbokInvoices): string[] {
  const box = el.getBoundingClientRect();
  const out: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    // Clipped to 1 px (screen-reader text, the cards' header row): nothing of it is painted.
    if (node.closest('.visually-hidden')) continue;
    const thead = node.closest('thead');
    if (thead && getComputedStyle(thead).position === 'absolute') continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
      out.push(`${node.tagName.toLowerCase()}.${node.className || node.getAttribute('part') || ''} ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
    }
    // A box that scrolls sideways inside is as bad as one that sticks out.
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible' && node.tagName !== 'SELECT') {
      out.push(`${node.tagName.toLowerCase()}.${node.className} scrolls ${node.scrollWidth} > ${node.clientWidth}`);
    }
  }
  return out;
}

/** Lines a cell's text takes (a token broken inside takes two). */
function lines(cell: Element): number {
  const range = document.createRange();
  range.selectNodeContents(cell);
  const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
  return tops.size;
}

/**
 * Values that run past their own cell, as readable strings: overflow is visible (a date or an
 * amount is never broken), so a value too wide for its column paints over the next one.
 */
function spilled(row: Element): string[] {
  const out: string[] = [];
  for (const cls of ['number', 'issue', 'due', 'amount', 'rest']) {
    const cell = row.querySelector<HTMLElement>(`.${cls}`)!;
    if (cls === 'number' && getComputedStyle(cell).textOverflow === 'ellipsis') continue;
    const range = document.createRange();
    range.selectNodeContents(cell);
    const text = range.getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    const style = getComputedStyle(cell);
    const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    if (text.left < left - 0.5 || text.right > right + 0.5) {
      out.push(`.${cls} "${cell.textContent}" ${Math.round(text.left - left)}…${Math.round(text.right - left)} in ${Math.round(right - left)}`);
    }
  }
  return out;
}

async function render(width: number, lang: string, font: string): Promise<EbokInvoices> {
  const el = await renderWidget<EbokInvoices>(html`<ebok-invoices lang=${lang} .preview=${STATE}></ebok-invoices>`);
  el.style.width = `${width}px`;
  el.style.fontFamily = font;
  await el.updateComplete;
  return el;
}

describe('<ebok-invoices> layout at widget widths 320–1,280 px', () => {
  for (const font of FONTS) {
    for (const lang of LANGS) {
      it(`nothing outside the box, tokens whole (${lang}${font ? `, ${font}` : ''})`, async () => {
        for (const width of WIDTHS) {
          const el = await render(width, lang, font);
          const where = `${lang} ${width}px ${font}`;
          expect(el.getBoundingClientRect().width, where).to.equal(width);
          expect(outside(el), where).to.deep.equal([]);
          expect(el.scrollWidth, where).to.be.at.most(el.clientWidth);
          // Row 2 holds the longest amounts (1 234 567,89 zł).
          for (const tr of [...el.shadowRoot!.querySelectorAll('tbody tr')].slice(0, 3)) {
            expect(spilled(tr), `${where} row ${tr.querySelector('.number')!.textContent}`).to.deep.equal([]);
          }
          const row = el.shadowRoot!.querySelector('tbody tr')!;
          for (const cls of ['number', 'issue', 'due', 'amount', 'rest']) {
            const cell = row.querySelector(`.${cls}`)!;
            // In cards a label (::before) sits above the value: count the value's own lines.
            expect(lines(cell), `${where} .${cls} "${cell.textContent}"`).to.equal(1);
          }
          el.remove();
        }
      });
    }
  }

  it('is a table from 960 px of content width and cards below, two a line from 560 px', async () => {
    const display = async (width: number) => {
      const el = await render(width, 'pl', '');
      const tr = el.shadowRoot!.querySelectorAll('tbody tr');
      const result = {
        table: getComputedStyle(el.shadowRoot!.querySelector('table')!).display,
        perLine: new Set([...tr].slice(0, 4).map((r) => Math.round(r.getBoundingClientRect().top))).size === 2 ? 2 : 1,
      };
      el.remove();
      return result;
    };
    expect(await display(1280)).to.deep.include({ table: 'table' });
    expect(await display(1024)).to.deep.include({ table: 'table' });
    expect(await display(960)).to.deep.equal({ table: 'block', perLine: 2 });
    expect(await display(800)).to.deep.equal({ table: 'block', perLine: 2 });
    expect(await display(320)).to.deep.equal({ table: 'block', perLine: 1 });
  });

  it('at 320 px an invoice card is compact', async () => {
    for (const lang of LANGS) {
      const el = await render(320, lang, '');
      for (const tr of el.shadowRoot!.querySelectorAll('tbody tr')) {
        expect(tr.getBoundingClientRect().height, lang).to.be.at.most(180);
      }
      el.remove();
    }
  });

  it('dates in the list are numeric in every language', async () => {
    for (const lang of LANGS) {
      const el = await render(1280, lang, '');
      const issue = el.shadowRoot!.querySelector('tbody tr .issue')!.textContent!;
      expect(issue, lang).to.match(/^\d{2}\.\d{2}\.\d{4}$/);
      el.remove();
    }
  });
});

describe('<ebok-invoices> under a theme that uppercases the pay button', () => {
  it('leaves the amount as it is written ("ZAPŁAĆ 599,61 zł", not "ZŁ")', async () => {
    const theme = document.createElement('style');
    theme.textContent = 'ebok-invoices::part(pay-button) { text-transform: uppercase; }';
    document.head.append(theme);
    try {
      const el = await render(800, 'pl', '');
      const button = el.shadowRoot!.querySelector<HTMLElement>('[part="pay-button"]')!;
      expect(getComputedStyle(button).textTransform).to.equal('uppercase');
      const money = button.querySelector<HTMLElement>('.money')!;
      expect(money.textContent).to.match(/zł$/);
      expect(getComputedStyle(money).textTransform).to.equal('none');
      expect(button.textContent!.trim().startsWith('Zapłać')).to.equal(true);
    } finally {
      theme.remove();
    }
  });
});
