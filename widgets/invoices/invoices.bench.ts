/**
 * Benchmark of <ebok-invoices> in the browser (run by `npm run bench`): first render, sort and
 * filter for 100, 10,000 and 100,000 synthetic invoices. Data only — the invoices are given through
 * `preview`, so nothing goes over the network. Each figure includes style and layout (forced by
 * reading the table's size), i.e. the time until the rows are in the DOM and laid out.
 */
import './ebok-invoices';
import type { EbokInvoices } from './ebok-invoices';
import { sampleInvoices } from './invoices-samples';

const SIZES = [100, 10_000, 100_000] as const;

type Row = { scenario: string; [metric: string]: string | number };

async function settled(el: EbokInvoices): Promise<number> {
  await el.updateComplete;
  const rows = el.shadowRoot!.querySelectorAll('tbody tr');
  if (rows.length === 0) throw new Error('no rows rendered');
  // Force style and layout so the figure covers what the customer waits for.
  el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
  return rows.length;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Every node of the widget's shadow tree (elements, text, Lit's comment markers), as AG Grid is counted. */
function domNodes(el: EbokInvoices): number {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

async function measure(count: number): Promise<Row> {
  const invoices = sampleInvoices(count);
  const host = document.createElement('div');
  host.style.width = '1024px';
  document.body.append(host);
  const el = document.createElement('ebok-invoices');
  el.lang = 'pl';
  host.append(el);
  try {
    // Strings first: loading translations is not what is measured.
    el.preview = { status: 'ready', invoices: [] };
    await el.translationsReady;

    let t = performance.now();
    el.preview = { status: 'ready', invoices };
    await settled(el);
    const render = performance.now() - t;
    // One page of 20 rows as the customer first sees it.
    const nodes = domNodes(el);

    t = performance.now();
    el.sort = '-amount';
    await settled(el);
    const sort = performance.now() - t;

    // Status and period together: the "unpaid in one year" view customers use most.
    const year = invoices[Math.floor(count / 2)]!.issueDate.slice(0, 4);
    t = performance.now();
    el.statuses = ['paid'];
    el.from = `${year}-01-01`;
    el.to = `${year}-12-31`;
    const domRows = await settled(el);
    const filter = performance.now() - t;

    return {
      scenario: `${count.toLocaleString('en-US')} invoices`,
      'first render (ms)': round(render),
      'sort (ms)': round(sort),
      'filter (ms)': round(filter),
      'DOM rows': domRows,
      'DOM nodes (page of 20)': nodes,
    };
  } finally {
    host.remove();
  }
}

export default async function bench(): Promise<Row[]> {
  const results: Row[] = [];
  for (const size of SIZES) results.push(await measure(size));
  return results;
}
