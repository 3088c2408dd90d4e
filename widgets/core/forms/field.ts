/**
 * Form building blocks shared by the form widgets (account, register, readings, messages…).
 *
 * Why here and not in each widget: every form in the suite must say the same things the same way to
 * a screen reader — a visible <label for>, the hint and the error tied to the control with
 * aria-describedby, aria-invalid only when there is an error, the error text next to the field with
 * an icon (not colour alone), a submit button that stays focusable while busy (aria-disabled, so
 * focus is not lost to <body> mid-request). Widgets pass translated strings; nothing here knows a
 * namespace.
 *
 * Not core: vite.config.ts `chunkOf` keeps widgets/core/forms/ out of the core chunk, so the
 * widgets that show no form (balance, usage) don't pay for it; the form widgets share one chunk.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { icon } from '../ui';

/** A space-separated id list for aria-describedby; `nothing` when empty so no empty attribute is left. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/** The error under a field: `${id}-error`, so the control's aria-describedby can name it. */
export function fieldError(id: string, message: string | undefined): TemplateResult | typeof nothing {
  return message
    ? html`<p class="field-error" id="${id}-error" part="field-error">${icon('alert')}<span>${message}</span></p>`
    : nothing;
}

export interface FieldLabel {
  id: string;
  label: string;
  /** The word for "optional" in the customer's language, when the field may stay empty. */
  optional?: string;
}

export function fieldLabel({ id, label, optional }: FieldLabel): TemplateResult {
  return html`<label for=${id} class="label"
    >${label}${optional ? html` <span class="muted optional">${optional}</span>` : nothing}</label
  >`;
}

export interface TextFieldOptions extends FieldLabel {
  value: string;
  /** Translated error text; when set the control is aria-invalid and describes itself with it. */
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'datetime-local' | 'number' | 'search';
  autocomplete?: string;
  inputmode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'email' | 'search';
  /** Read-only values look read-only (styles) and stay focusable and readable. */
  readonly?: boolean;
  disabled?: boolean;
  maxlength?: number;
  max?: string;
  min?: string;
  spellcheck?: boolean;
  /** Ids of further describing elements (a counter, a rule list). */
  describedBy?: string[];
  /** The form field's name when it is not the id (password managers pair `username` with the password). */
  name?: string;
  /** The input's `part`, for widgets that document one (e.g. `input`). */
  part?: string;
  /** aria-invalid without an error of its own: the form's alert says why (a wrong SMS code). */
  invalid?: boolean;
  onInput?: (value: string) => void;
  onBlur?: () => void;
}

/** Label, input, hint and error of one text field, wired for screen readers. */
export function textField(o: TextFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  return html`<div class="field" data-field=${o.id}>
    ${fieldLabel(o)}
    <input
      id=${o.id}
      name=${o.name ?? o.id}
      part=${ifDefined(o.part)}
      type=${o.type ?? 'text'}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      maxlength=${ifDefined(o.maxlength)}
      min=${ifDefined(o.min)}
      max=${ifDefined(o.max)}
      spellcheck=${o.spellcheck ? 'true' : 'false'}
      ?readonly=${o.readonly}
      ?disabled=${o.disabled}
      aria-invalid=${o.error || o.invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(hintId, ...(o.describedBy ?? []), o.error && `${o.id}-error`)}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput?.((e.target as HTMLInputElement).value)}
      @blur=${() => o.onBlur?.()}
    />
    ${o.hint ? html`<p class="hint muted" id=${hintId}>${o.hint}</p>` : nothing}
    ${fieldError(o.id, o.error)}
  </div>`;
}

export interface PasswordFieldOptions extends FieldLabel {
  /** `current-password` to sign in, `new-password` to set one: password managers fill or offer accordingly. */
  autocomplete: 'current-password' | 'new-password';
  /** Shown as text (the toggle is pressed). */
  visible: boolean;
  showLabel: string;
  hideLabel: string;
  error?: string;
  hint?: string;
  /** Ids of further describing elements (the rule list, the strength meter). */
  describedBy?: string[];
  readonly?: boolean;
  part?: string;
  /** Below the error, inside the field (the rules as they are met). */
  extra?: TemplateResult;
  onInput?: (value: string) => void;
  onToggle: () => void;
}

/**
 * A password with its show/hide toggle (its words say what it will do, so no aria-pressed on top:
 * a screen reader would hear the state twice). The value is never bound: a password lives only in its
 * input (the widget reads it on submit and clears it). Never capitalised or spell-checked, even
 * while shown as text.
 */
export function passwordField(o: PasswordFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  return html`<div class="field" data-field=${o.id}>
    ${fieldLabel(o)}
    <div class="password">
      <input
        id=${o.id}
        name=${o.id}
        part=${ifDefined(o.part)}
        type=${o.visible ? 'text' : 'password'}
        autocomplete=${o.autocomplete}
        autocapitalize="none"
        spellcheck="false"
        maxlength="256"
        ?readonly=${o.readonly}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${describedBy(hintId, ...(o.describedBy ?? []), o.error && `${o.id}-error`)}
        @input=${(e: Event) => o.onInput?.((e.target as HTMLInputElement).value)}
      />
      <button type="button" class="btn toggle" part="password-toggle" aria-controls=${o.id} @click=${o.onToggle}>
        ${o.visible ? o.hideLabel : o.showLabel}
      </button>
    </div>
    ${o.hint ? html`<p class="hint muted" id=${hintId}>${o.hint}</p>` : nothing}
    ${fieldError(o.id, o.error)} ${o.extra ?? nothing}
  </div>`;
}

export interface RadioChoiceOptions<V extends string> {
  /** The radios' name (one group per form). */
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V;
  part?: string;
  onChange: (value: V) => void;
}

/**
 * One of a few (which number to identify with): radios as large tiles, as many per row as fit
 * (a widget may set `--_choice-min`, default 11em). Fewer than two options: nothing to choose.
 */
export function radioChoice<V extends string>(o: RadioChoiceOptions<V>): TemplateResult | typeof nothing {
  if (o.options.length < 2) return nothing;
  return html`<fieldset class="choice" part=${o.part ?? 'choice'}>
    <legend>${o.legend}</legend>
    <div class="options">
      ${o.options.map(
        (opt) => html`<label class="option"
          ><input type="radio" name=${o.name} value=${opt.value} .checked=${live(opt.value === o.value)} @change=${() => o.onChange(opt.value)} /><span
            >${opt.label}</span
          ></label
        >`,
      )}
    </div>
  </fieldset>`;
}

/**
 * The time left before a request may go again (RetryCountdown's seconds, in words). Never inside
 * a role=alert: a ticking number would be read out every second.
 */
export function countdownNote(text: string | undefined, id?: string): TemplateResult | typeof nothing {
  return text ? html`<p class="muted countdown" part="countdown" id=${ifDefined(id)}>${icon('clock')}<span>${text}</span></p>` : nothing;
}

export interface SelectFieldOptions extends FieldLabel {
  value: string;
  options: readonly { value: string; label: string }[];
  /** First, empty option ("Wybierz…"); without it the first option is preselected. */
  placeholder?: string;
  error?: string;
  hint?: string;
  disabled?: boolean;
  onChange?: (value: string) => void;
}

export function selectField(o: SelectFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  return html`<div class="field" data-field=${o.id}>
    ${fieldLabel(o)}
    <select
      id=${o.id}
      name=${o.id}
      ?disabled=${o.disabled}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(hintId, o.error && `${o.id}-error`)}
      @change=${(e: Event) => o.onChange?.((e.target as HTMLSelectElement).value)}
    >
      ${o.placeholder !== undefined ? html`<option value="" .selected=${!o.value}>${o.placeholder}</option>` : nothing}
      ${o.options.map((opt) => html`<option value=${opt.value} .selected=${o.value === opt.value}>${opt.label}</option>`)}
    </select>
    ${o.hint ? html`<p class="hint muted" id=${hintId}>${o.hint}</p>` : nothing}
    ${fieldError(o.id, o.error)}
  </div>`;
}

export interface TextareaFieldOptions extends FieldLabel {
  value: string;
  error?: string;
  hint?: string;
  rows?: number;
  describedBy?: string[];
  onInput?: (value: string) => void;
  onBlur?: () => void;
}

export function textareaField(o: TextareaFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  return html`<div class="field" data-field=${o.id}>
    ${fieldLabel(o)}
    <textarea
      id=${o.id}
      name=${o.id}
      rows=${o.rows ?? 5}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(hintId, ...(o.describedBy ?? []), o.error && `${o.id}-error`)}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput?.((e.target as HTMLTextAreaElement).value)}
      @blur=${() => o.onBlur?.()}
    ></textarea>
    ${o.hint ? html`<p class="hint muted" id=${hintId}>${o.hint}</p>` : nothing}
    ${fieldError(o.id, o.error)}
  </div>`;
}

export interface CheckboxFieldOptions {
  id: string;
  /** The label as text, or a template when it holds a link (terms of service). */
  label: string | TemplateResult;
  checked: boolean;
  error?: string;
  hint?: string;
  disabled?: boolean;
  /** Ids of further describing elements (a consent's status line, why a choice is unavailable). */
  describedBy?: string[];
  onChange?: (checked: boolean) => void;
}

export function checkboxField(o: CheckboxFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  return html`<div class="field check" data-field=${o.id}>
    <input
      type="checkbox"
      id=${o.id}
      name=${o.id}
      .checked=${live(o.checked)}
      ?disabled=${o.disabled}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(hintId, ...(o.describedBy ?? []), o.error && `${o.id}-error`)}
      @change=${(e: Event) => o.onChange?.((e.target as HTMLInputElement).checked)}
    />
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint muted" id=${hintId}>${o.hint}</p>` : nothing}
    ${fieldError(o.id, o.error)}
  </div>`;
}

export interface SubmitOptions {
  label: string;
  /** While busy the button says so and ignores clicks, but keeps focus (aria-disabled, not disabled). */
  busy?: boolean;
  busyLabel?: string;
  part?: string;
  /** 'button' for actions that are not the form's submit (then give onClick). */
  type?: 'submit' | 'button';
  secondary?: boolean;
  /**
   * Waiting for Retry-After: dimmed and inert like busy, but without a spinner (nothing is being
   * done; the countdown beside it says how long).
   */
  waiting?: boolean;
  /** Ids of describing elements (the countdown). */
  describedBy?: string[];
  onClick?: (e: Event) => void;
}

export function submitButton(o: SubmitOptions): TemplateResult {
  const click = (e: Event) => {
    if (o.busy || o.waiting) {
      // A second click while the first request runs must not create a second anything.
      e.preventDefault();
      return;
    }
    o.onClick?.(e);
  };
  return html`<button
    type=${o.type ?? 'submit'}
    class="btn ${o.secondary ? '' : 'btn-primary'}"
    part=${o.part ?? 'submit'}
    aria-disabled=${o.busy || o.waiting ? 'true' : 'false'}
    aria-describedby=${describedBy(...(o.describedBy ?? []))}
    @click=${click}
  >
    ${o.busy ? html`<span class="spinner" aria-hidden="true"></span>${o.busyLabel ?? o.label}` : o.label}
  </button>`;
}

/**
 * A form-level message (the save failed, the section was changed elsewhere): role=alert so it is
 * announced once when it appears; `tone` picks the colour (never the only cue: there is an icon).
 */
export function formAlert(
  message: string | undefined,
  tone: 'error' | 'info' | 'success' = 'error',
  action?: TemplateResult,
  /** Another icon than the tone's (a lock for a locked account). */
  glyphName?: Parameters<typeof icon>[0],
): TemplateResult | typeof nothing {
  if (!message) return nothing;
  const glyph = icon(glyphName ?? (tone === 'error' ? 'alert' : 'check'));
  return html`<div class="form-alert" data-tone=${tone} role=${tone === 'error' ? 'alert' : 'status'} part="form-alert">
    ${glyph}<p>${message}</p>${action ?? nothing}
  </div>`;
}

/**
 * After a rejected submit, focus the first invalid control (WCAG 3.3.1: the customer lands where
 * the problem is). Call after the update that rendered the errors (e.g. in updated() or after
 * `await this.updateComplete`).
 */
export function focusFirstInvalid(root: ParentNode): boolean {
  const target = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  target?.focus();
  return !!target;
}

export interface FileFieldOptions extends FieldLabel {
  /** MIME types and extensions for the picker (`accept`). */
  accept: string;
  /** The chosen file's name, shown with a remove button. */
  chosen?: string;
  removeLabel: string;
  error?: string;
  hint?: string;
  onPick?: (file: File | undefined) => void;
  onRemove?: () => void;
}

/**
 * One optional file (a photo): a native file input with its label, hint and error, and once a
 * file is chosen its name and a remove button. The input is emptied after each pick so that
 * choosing the same file again after removing it still reports it.
 */
export function fileField(o: FileFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  return html`<div class="field file" data-field=${o.id}>
    ${fieldLabel(o)}
    <input
      type="file"
      id=${o.id}
      name=${o.id}
      accept=${o.accept}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(hintId, o.error && `${o.id}-error`)}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        o.onPick?.(input.files?.[0]);
        input.value = '';
      }}
    />
    ${o.hint ? html`<p class="hint muted" id=${hintId}>${o.hint}</p>` : nothing}
    ${o.chosen
      ? html`<p class="file-chosen">
          <span class="file-name">${o.chosen}</span>
          <button type="button" class="btn" part="file-remove" @click=${() => o.onRemove?.()}>${o.removeLabel}</button>
        </p>`
      : nothing}
    ${fieldError(o.id, o.error)}
  </div>`;
}
