import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { checkboxField, countdownNote, describedBy, focusFirstInvalid, formAlert, passwordField, radioChoice, selectField, submitButton, textField, textareaField } from './field';
import { formStyles } from './form-styles';

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

  it('a password field: never bound, toggled by its button, described by its rules and error', async () => {
    let toggles = 0;
    const seen: string[] = [];
    const tpl = (visible: boolean, error?: string) =>
      passwordField({
        id: 'pw',
        label: 'Hasło',
        autocomplete: 'new-password',
        visible,
        showLabel: 'Pokaż hasło',
        hideLabel: 'Ukryj hasło',
        describedBy: ['pw-rules'],
        error,
        extra: html`<p id="pw-rules">Co najmniej 10 znaków</p>`,
        onInput: (v) => seen.push(v),
        onToggle: () => toggles++,
      });
    const el = await mount(tpl(false, 'Za krótkie'));
    const input = el.querySelector('input')!;
    expect(input.type).to.equal('password');
    expect(input.autocomplete).to.equal('new-password');
    expect(input.getAttribute('autocapitalize')).to.equal('none');
    expect(input.getAttribute('aria-describedby')).to.equal('pw-rules pw-error');
    input.value = 'tajne-haslo';
    input.dispatchEvent(new Event('input'));
    expect(seen).to.deep.equal(['tajne-haslo']);
    const toggle = el.querySelector<HTMLButtonElement>('[part="password-toggle"]')!;
    toggle.click();
    expect(toggles).to.equal(1);
    await expect(el).to.be.accessible();
    render(tpl(true), el);
    // Shown as text, and what was typed is still there: the value lives only in the input.
    expect(input.type).to.equal('text');
    expect(input.value).to.equal('tajne-haslo');
    expect(toggle.textContent!.trim()).to.equal('Ukryj hasło');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('a radio choice: one group with a legend, the current value checked; one option is no choice', async () => {
    let chosen = '';
    const options = [
      { value: 'email', label: 'Adres e-mail' },
      { value: 'customerNumber', label: 'Numer klienta' },
    ] as const;
    const el = await mount(radioChoice({ name: 'kind', legend: 'Zaloguj się za pomocą', options, value: 'email', part: 'identifier-choice', onChange: (v) => (chosen = v) }));
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(el.querySelector('legend')!.textContent).to.equal('Zaloguj się za pomocą');
    expect(el.querySelector('fieldset')!.getAttribute('part')).to.equal('identifier-choice');
    expect(radios.map((r) => r.checked)).to.deep.equal([true, false]);
    radios[1]!.click();
    expect(chosen).to.equal('customerNumber');
    await expect(el).to.be.accessible();
    render(radioChoice({ name: 'kind', legend: 'x', options: options.slice(0, 1), value: 'email', onChange: () => {} }), el);
    expect(el.querySelector('fieldset')).to.equal(null);
  });

  it('a waiting button (Retry-After) is inert without a spinner and names its countdown', async () => {
    let clicks = 0;
    let submits = 0;
    const el = await mount(
      html`${submitButton({ label: 'Wyślij', waiting: true, describedBy: ['wait'], onClick: () => clicks++ })}${countdownNote('Spróbuj za 42 s', 'wait')}${countdownNote(undefined)}`,
    );
    (el as HTMLFormElement).addEventListener('submit', (e) => (e.preventDefault(), submits++));
    const button = el.querySelector('button')!;
    button.click();
    expect(clicks + submits).to.equal(0);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.getAttribute('aria-describedby')).to.equal('wait');
    expect(button.querySelector('.spinner')).to.equal(null);
    expect(el.querySelectorAll('[part="countdown"]').length).to.equal(1);
    expect(el.querySelector('#wait')!.textContent).to.contain('42');
    expect(el.querySelector('#wait')!.closest('[role="alert"]')).to.equal(null);
  });

  it('frames an invalid control in the error colour (the shared control rule must not win)', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [formStyles.styleSheet!];
    render(html`${textField({ id: 'a', label: 'A', value: '' })}${textField({ id: 'b', label: 'B', value: '', error: 'Błąd' })}`, root);
    host.style.setProperty('--_error', 'rgb(200, 0, 0)');
    const [ok, bad] = [...root.querySelectorAll('input')].map((i) => getComputedStyle(i));
    expect(bad!.borderTopColor).to.equal('rgb(200, 0, 0)');
    expect(bad!.borderTopWidth).to.equal('2px');
    expect(ok!.borderTopColor).to.not.equal('rgb(200, 0, 0)');
  });

  it('joins describedBy ids and leaves no empty attribute', () => {
    expect(describedBy('a', false, undefined, 'b')).to.equal('a b');
    expect(typeof describedBy(false, null)).to.not.equal('string');
  });
});
