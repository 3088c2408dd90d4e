/**
 * Two widgets of one kind on a page (issue 12): every landmark keeps a name of its own. The
 * operator names them with `label`; by default the second one of a kind is numbered.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { widgetById, type WidgetId } from '../../demo/gallery/catalog';
import type { EbokElement } from './base-element';
import { setupMockApi, timeoutFor, until } from '../test-utils';
import '../invoices/ebok-invoices';
import '../usage/ebok-usage';
import '../contact/ebok-contact';

/** Role and name of every named landmark inside the widgets' shadow roots. */
function landmarks(root: ParentNode): string[] {
  const out: string[] = [];
  for (const host of root.querySelectorAll<EbokElement>('ebok-invoices, ebok-usage, ebok-contact')) {
    for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('section[aria-label], nav[aria-label], [role="region"][aria-label]')) {
      out.push(`${el.getAttribute('role') ?? el.localName}: ${el.getAttribute('aria-label')}`);
    }
  }
  return out;
}

function sample(widget: WidgetId, id: string): { state: unknown; props: Record<string, unknown> } {
  const s = widgetById(widget)!.samples().find((x) => x.id === id)!;
  return { state: s.state, props: s.props ?? {} };
}

async function page(labels: [string, string] | undefined): Promise<HTMLElement> {
  const invoices = sample('invoices', 'list');
  const usage = sample('usage', 'electricity');
  const contact = sample('contact', 'signedIn');
  // As an operator would name them: "Faktury — dom", "Faktury — firma", …
  const label = (kind: string, i: 0 | 1) => (labels ? `${kind} — ${labels[i]}` : '');
  const el = await fixture<HTMLElement>(html`<div>
    <ebok-invoices .preview=${invoices.state} label=${label('Faktury', 0)}></ebok-invoices>
    <ebok-invoices .preview=${invoices.state} label=${label('Faktury', 1)}></ebok-invoices>
    <ebok-usage .preview=${usage.state} .today=${usage.props.today} label=${label('Zużycie', 0)}></ebok-usage>
    <ebok-usage .preview=${usage.state} .today=${usage.props.today} label=${label('Zużycie', 1)}></ebok-usage>
    <ebok-contact .preview=${contact.state} label=${label('Kontakt', 0)}></ebok-contact>
    <ebok-contact .preview=${contact.state} label=${label('Kontakt', 1)}></ebok-contact>
  </div>`);
  const widgets = [...el.querySelectorAll<EbokElement>('ebok-invoices, ebok-usage, ebok-contact')];
  await Promise.all(widgets.map((w) => w.translationsReady));
  // The usage table is shown only on request: open it, so its region is counted too.
  for (const u of el.querySelectorAll('ebok-usage')) u.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')?.click();
  await Promise.all(widgets.map((w) => w.updateComplete));
  await until(() => landmarks(el).length >= 10, 'the landmarks');
  return el;
}

describe('landmarks with two widgets of one kind on a page', function () {
  // Six widgets and axe over all of them: more than the default 10 s on a shared machine.
  this.timeout(timeoutFor(30_000));
  beforeEach(setupMockApi);

  it('are unique by default: the second of a kind is numbered', async () => {
    const el = await page(undefined);
    const names = landmarks(el);
    expect(names).to.include('section: Faktury');
    expect(names).to.include('section: Faktury (2)');
    expect(names).to.include('nav: Strony listy faktur (2)');
    expect(new Set(names).size, names.join('\n')).to.equal(names.length);
    await expect(el).to.be.accessible();
  });

  it('take the name the operator gives in `label`', async () => {
    const el = await page(['dom', 'firma']);
    const names = landmarks(el);
    for (const name of ['Faktury — dom', 'Faktury — firma', 'Zużycie — dom', 'Kontakt — firma']) expect(names).to.include(`section: ${name}`);
    // Inner landmarks carry the label after their own name.
    expect(names).to.include('nav: Strony listy faktur — Faktury — firma');
    expect(new Set(names).size, names.join('\n')).to.equal(names.length);
  });

  it('renumber when one of them is removed', async () => {
    const el = await page(undefined);
    el.querySelector('ebok-invoices')!.remove();
    const rest = el.querySelector<EbokElement>('ebok-invoices')!;
    await rest.updateComplete;
    expect(landmarks(el)).to.include('section: Faktury');
    expect(landmarks(el)).not.to.include('section: Faktury (2)');
  });
});
