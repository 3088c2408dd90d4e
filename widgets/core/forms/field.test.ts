import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { checkboxField, describedBy, focusFirstInvalid, formAlert, selectField, submitButton, textField, textareaField } from './field';

async function mount(template: unknown): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<form novalidate></form>`);
  render(template, el);
  return el;
}

describe('forms/field', () => {
  it('ties a text field to its label, hint and error, and marks it invalid only with an error', async () => {
    const el = await mount(textField({ id: 'email', label: 'E-mail', value: 'x', hint: 'Na ten adres wyślemy kod', error: 'Wpisz poprawny adres' }));
    const input = el.querySelector('input')!;
    expect(el.querySelector('label')!.htmlFor).to.equal('email');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    expect(el.querySelector('#email-error')!.textContent).to.contain('Wpisz poprawny adres');
    await expect(el).to.be.accessible();

    render(textField({ id: 'email', label: 'E-mail', value: 'x' }), el);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    expect(el.querySelector('.field-error')).to.equal(null);
  });

  it('reports typed values and blur, and keeps what the customer typed (live)', async () => {
    const seen: string[] = [];
    let blurred = 0;
    const tpl = () => textField({ id: 'phone', label: 'Telefon', value: '', optional: '(opcjonalnie)', onInput: (v) => seen.push(v), onBlur: () => blurred++ });
    const el = await mount(tpl());
    const input = el.querySelector('input')!;
    input.value = '601 234 567';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    expect(seen).to.deep.equal(['601 234 567']);
    expect(blurred).to.equal(1);
    expect(el.querySelector('label')!.textContent).to.contain('(opcjonalnie)');
    // Re-rendering with the model's empty value resets the control: the model is the truth.
    render(tpl(), el);
    expect(input.value).to.equal('');
  });

  it('renders read-only fields as read-only but focusable', async () => {
    const el = await mount(textField({ id: 'name', label: 'Imię i nazwisko', value: 'Jan Kowalski', readonly: true }));
    const input = el.querySelector('input')!;
    expect(input.readOnly).to.equal(true);
    input.focus();
    expect(document.activeElement).to.equal(input);
  });

  it('renders a select with a placeholder and the chosen option', async () => {
    let chosen = '';
    const el = await mount(
      selectField({ id: 'kind', label: 'Rodzaj', value: 'b', placeholder: 'Wybierz…', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], onChange: (v) => (chosen = v), error: 'Wybierz rodzaj' }),
    );
    const select = el.querySelector('select')!;
    expect(select.value).to.equal('b');
    expect(select.options.length).to.equal(3);
    select.value = 'a';
    select.dispatchEvent(new Event('change'));
    expect(chosen).to.equal('a');
    expect(select.getAttribute('aria-describedby')).to.equal('kind-error');
    await expect(el).to.be.accessible();
  });

  it('renders a textarea and a checkbox with their errors', async () => {
    let checked = false;
    const el = await mount(html`${textareaField({ id: 'body', label: 'Treść', value: 'a', describedBy: ['body-counter'] })}
      <p id="body-counter">1/2000</p>
      ${checkboxField({ id: 'terms', label: 'Akceptuję regulamin', checked: false, error: 'Zaakceptuj regulamin', onChange: (c) => (checked = c) })}`);
    expect(el.querySelector('textarea')!.getAttribute('aria-describedby')).to.equal('body-counter');
    const box = el.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.getAttribute('aria-describedby')).to.equal('terms-error');
    box.click();
    expect(checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps a busy submit button focusable and ignores its clicks', async () => {
    let submits = 0;
    let clicks = 0;
    const el = await mount(submitButton({ label: 'Zapisz', busy: true, busyLabel: 'Zapisywanie…', onClick: () => clicks++ }));
    (el as HTMLFormElement).addEventListener('submit', (e) => (e.preventDefault(), submits++));
    const button = el.querySelector('button')!;
    button.focus();
    button.click();
    expect(document.activeElement).to.equal(button);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Zapisywanie…');
    expect(submits + clicks).to.equal(0);

    render(submitButton({ label: 'Zapisz', onClick: () => clicks++ }), el);
    button.click();
    expect(clicks).to.equal(1);
    expect(submits).to.equal(1);
  });

  it('announces form messages by tone and focuses the first invalid field', async () => {
    const el = await mount(html`${formAlert('Nie udało się zapisać')}${formAlert('Zapisano', 'success')}${formAlert(undefined)}
      ${textField({ id: 'a', label: 'A', value: '' })}${textField({ id: 'b', label: 'B', value: '', error: 'Błąd' })}`);
    const alerts = [...el.querySelectorAll('.form-alert')];
    expect(alerts.map((a) => a.getAttribute('role'))).to.deep.equal(['alert', 'status']);
    expect(focusFirstInvalid(el)).to.equal(true);
    expect(document.activeElement!.id).to.equal('b');
    expect(focusFirstInvalid(document.createElement('div'))).to.equal(false);
  });

  it('joins describedBy ids and leaves no empty attribute', () => {
    expect(describedBy('a', false, undefined, 'b')).to.equal('a b');
    expect(typeof describedBy(false, null)).to.not.equal('string');
  });
});
