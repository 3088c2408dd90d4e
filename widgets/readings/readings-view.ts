/** Templates of <ebok-readings>, rendered from data alone (every state); no fetching here. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ApiError } from '../core/api/errors';
import type { Meter, MeterList, MeterReading, MeterRegister, MeteringPoint, ReadingConfirmation, ReadingReceipt, Unit } from '../core/api/types';
import { daysBetween } from '../core/calendar';
import { checkboxField, fileField, formAlert, selectField, submitButton, textField } from '../core/forms/field';
import { formatDay, formatNumber } from '../core/format';
import type { Translate } from '../core/i18n/keys';
import type { Lang } from '../core/i18n/languages';
import { errorMessage, icon, renderError, renderSignedOut, renderWidgetShell } from '../core/ui';
import { acceptAttribute, formatBytes, typeList, type Attachment } from '../shared/attachments';
import {
  averageDailyUse,
  currentMeterReadings,
  meterDisplay,
  typedValue,
  useBetween,
  useIntervals,
  valueOf,
  windowState,
  type ReadingProblem,
  type UseInterval,
} from './readings-rules';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; value: T };

/** Why a field is refused: the reading rules' codes and the photo's. */
export type FieldProblem = ReadingProblem | 'unsupported_type' | 'file_too_large';

export type SubmitStatus =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'sent'; receipt: ReadingReceipt };

export interface ReadingFormState {
  /** What the customer typed, per register id. */
  raw: Record<string, string>;
  date: string;
  photo?: Attachment;
  confirm: ReadingConfirmation[];
  /** Errors shown at the fields, keyed `values.<register>`, `date`, `photo`. */
  errors: Partial<Record<string, FieldProblem>>;
  /** Registers whose lower value can be a roll-over (the roll-over confirmation is offered). */
  rollover: string[];
  status: SubmitStatus;
}

export interface ReadingsData {
  points: MeteringPoint[];
  point: string;
  meters: Loadable<MeterList>;
  meter?: string;
  history: Loadable<MeterReading[]>;
  form: ReadingFormState;
  /** The whole history instead of the newest rows. */
  allHistory?: boolean;
  /** A view_only account: the readings are shown, the form is not (issue #19). */
  readOnly?: boolean;
  /** The Warsaw day the rules use (default: today). */
  today?: string;
}

/** Every state of the widget; set `preview` to render one without fetching (gallery, tests). */
export type ReadingsState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | ({ status: 'ready' } & ReadingsData);

type T = Translate<'readings'>;

export interface ReadingsViewContext {
  t: T;
  lang: Lang;
  today: () => string;
  /** The session is not known yet: reserve the signed-out size. */
  pending: boolean;
  landmark: (name: string, main?: boolean) => string;
  onRetry: () => void;
  onRetryMeters: () => void;
  onRetryHistory: () => void;
  onPoint: (id: string) => void;
  onMeter: (id: string) => void;
  onValue: (register: string, value: string) => void;
  onDate: (value: string) => void;
  onPhoto: (file: File | undefined) => void;
  onConfirm: (kind: ReadingConfirmation, checked: boolean) => void;
  onSubmit: (e: Event) => void;
  onAnother: () => void;
  onAllHistory: () => void;
}

/** Rows of the history shown before "show all". */
export const HISTORY_ROWS = 8;
/** Intervals in the chart (the newest). */
export const CHART_BARS = 12;

const NBSP = '\u00a0';

export function unitLabel(t: T, unit: Unit): string {
  return t(`units.${unit}`);
}

/** "Strefa dzienna", "1.8.0 — pobór": the register as its display names it. */
export function registerLabel(t: T, register: MeterRegister): string {
  const name = t(`register.${register.kind}`);
  return register.kind === 'import' || register.kind === 'export' ? `${register.code ?? register.id} — ${name}` : name;
}

/** A register's value in the customer's number format with the register's fraction digits. */
export function formatReading(value: string | number, register: Pick<MeterRegister, 'fractionDigits'>, lang: Lang): string {
  const digits = register.fractionDigits;
  return formatNumber(Number(value), lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function formatUse(milli: number, register: Pick<MeterRegister, 'fractionDigits'>, lang: Lang): string {
  return formatReading(milli / 1000, register, lang);
}

const day = (d: string, lang: Lang) => formatDay(d, lang, { dateStyle: 'long' });

/** The view's one entry point. */
export function renderReadings(state: ReadingsState, ctx: ReadingsViewContext): TemplateResult {
  const { t } = ctx;
  return renderWidgetShell(ctx, {
    name: 'readings',
    state,
    title: t('title'),
    label: ctx.landmark(t('title'), true),
    body: {
      'signed-out': () => renderSignedOut(t('signedOut')),
      loading: () => renderSkeleton(t),
      error: ({ error }) => renderError(t, error, ctx.onRetry),
      ready: (ready) => renderReady(ready, ctx),
    },
  });
}

/** The blocks of a meter with its form and history, at their heights, so nothing moves on arrival. */
function renderSkeleton(t: T): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    <span class="visually-hidden" role="status">${t('common:states.loading')}</span>
    <span class="skeleton sk-meter"></span>
    <span class="skeleton sk-form"></span>
    <span class="skeleton sk-chart"></span>
  </div>`;
}

function renderReady(state: ReadingsData, ctx: ReadingsViewContext): TemplateResult {
  const { t } = ctx;
  if (state.points.length === 0) return html`<div class="state" data-kind="empty" part="empty"><p>${icon('info')} ${t('noPoints')}</p></div>`;
  return html`${renderPoint(state, ctx)} ${renderMeters(state, ctx)}`;
}

function renderPoint(state: ReadingsData, ctx: ReadingsViewContext): TemplateResult {
  const { t } = ctx;
  const option = (p: MeteringPoint) => t('point.option', { name: p.name, address: p.address });
  const single = state.points.length === 1 ? state.points[0] : undefined;
  if (single) {
    return html`<p class="point" part="point"><span class="muted">${t('point.label')}:</span> <strong>${single.name}</strong> <span>${single.address}</span></p>`;
  }
  return html`<div class="point" part="point">
    ${selectField({
      id: 'point',
      label: t('point.label'),
      value: state.point,
      options: state.points.map((p) => ({ value: p.id, label: option(p) })),
      onChange: ctx.onPoint,
    })}
  </div>`;
}

function renderMeters(state: ReadingsData, ctx: ReadingsViewContext): TemplateResult {
  const { t } = ctx;
  const m = state.meters;
  if (m.status === 'loading') return renderSkeleton(t);
  if (m.status === 'error') return renderError(t, m.error, ctx.onRetryMeters);
  const meters = m.value.meters;
  if (meters.length === 0) return html`<div class="state" data-kind="empty" part="empty"><p>${icon('info')} ${t('noMeters')}</p></div>`;
  const meter = meters.find((x) => x.id === state.meter) ?? meters[0]!;
  return html`${meters.length > 1
      ? selectField({
          id: 'meter',
          label: t('meter.label'),
          value: meter.id,
          options: meters.map((x) => ({ value: x.id, label: t('meter.number', { number: x.number }) })),
          onChange: ctx.onMeter,
        })
      : nothing}
    ${renderMeterCard(meter, state, ctx)} ${renderFormBlock(meter, m.value, state, ctx)} ${renderHistory(meter, state, ctx)}`;
}

function renderMeterCard(meter: Meter, state: ReadingsData, ctx: ReadingsViewContext): TemplateResult {
  const { t, lang } = ctx;
  const last = newestReading(meter, state);
  return html`<div class="meter" part="meter">
    <p class="meter-name">
      <strong>${t('meter.number', { number: meter.number })}</strong>${meter.tariff ? html`<span class="muted"> · ${t('meter.tariff', { tariff: meter.tariff })}</span>` : nothing}
    </p>
    ${last
      ? html`<p class="muted">${t('meter.last', { date: day(last.date, lang), source: t(`source.${last.source}`) })}</p>
          <dl class="last">
            ${meter.registers.map((r) => {
              const v = valueOf(last, r.id);
              return html`<div>
                <dt>${registerLabel(t, r)}</dt>
                <dd class="num">${v === undefined ? '—' : `${formatReading(v, r, lang)}${NBSP}${unitLabel(t, meter.unit)}`}</dd>
              </div>`;
            })}
          </dl>`
      : html`<p class="muted">${t('meter.none')}</p>`}
  </div>`;
}

/** The newest reading of the installed meter: from the history when it is loaded, else the meter's own. */
function newestReading(meter: Meter, state: ReadingsData): MeterReading | undefined {
  return state.history.status === 'ready' ? (currentMeterReadings(meter, state.history.value)[0] ?? meter.lastReading) : meter.lastReading;
}

function renderFormBlock(meter: Meter, list: MeterList, state: ReadingsData, ctx: ReadingsViewContext): TemplateResult {
  const { t, lang } = ctx;
  const today = state.today ?? ctx.today();
  const status = state.form.status;
  if (status.kind === 'sent') return renderReceipt(meter, status.receipt, ctx);
  const w = windowState(meter.window, today);
  const windowNote = meter.window
    ? w.open
      ? html`<p class="window" part="window">${icon('calendar')} <span>${t('window.open', { date: day(meter.window.closes, lang) })}</span></p>`
      : html`<p class="window closed" part="window" role="status">
          ${icon('calendar')}
          <span>${w.opens ? t('window.closed', { opens: day(w.opens, lang), closes: day(meter.window.closes, lang) }) : t('window.over')}</span>
        </p>`
    : nothing;
  return html`<section class="form-block" part="form" aria-labelledby="form-title">
    <h3 id="form-title">${t('form.title')}</h3>
    ${state.readOnly
      ? html`<p class="window" part="read-only">${icon('info')} <span>${t('common:errors.read_only')}</span></p>`
      : html`${windowNote} ${w.open ? renderForm(meter, list, state, ctx) : nothing}`}
  </section>`;
}

function problemText(problem: FieldProblem, register: MeterRegister | undefined, meter: Meter, state: ReadingsData, ctx: ReadingsViewContext): string {
  const { t, lang } = ctx;
  const unit = unitLabel(t, meter.unit);
  const history = state.history.status === 'ready' ? state.history.value : [];
  const last = newestReading(meter, state);
  switch (problem) {
    case 'too_many_integer_digits':
      return t('errors.too_many_integer_digits', { digits: t('digits', { count: register?.integerDigits ?? 0 }) });
    case 'too_many_fraction_digits':
      return register?.fractionDigits === 0 ? t('errors.whole', { unit }) : t('errors.too_many_fraction_digits', { digits: t('digits', { count: register?.fractionDigits ?? 0 }) });
    case 'lower_than_last': {
      const v = register && valueOf(last, register.id);
      return t('errors.lower_than_last', { last: v && register ? `${formatReading(v, register, lang)}${NBSP}${unit}` : '—' });
    }
    case 'implausible': {
      const v = register && valueOf(last, register.id);
      const typed = register && typedValue(state.form.raw[register.id] ?? '', register);
      const usual = register && averageDailyUse(meter, register, history);
      if (!register || !v || !typed || !last || usual === undefined) return t('errors.other');
      const days = Math.max(1, daysBetween(last.date, state.form.date || (state.today ?? ctx.today())));
      const perDay = useBetween(v, typed, register) / days;
      const f = (milli: number) => `${formatNumber(milli / 1000, lang, { maximumFractionDigits: 1 })}${NBSP}${unit}`;
      return t('errors.implausible', { perDay: f(perDay), usual: f(usual) });
    }
    case 'before_last_reading':
      return t('errors.before_last_reading', { date: last ? day(last.date, lang) : '—' });
    case 'invalid_format':
      return register ? t('errors.invalid_format') : t('errors.date_format');
    case 'unsupported_type':
      return t('errors.unsupported_type', { types: typeList(photoTypes(state), lang) });
    case 'file_too_large':
      return t('errors.file_too_large', { size: formatBytes(photoMax(state), lang) });
    default:
      return t(`errors.${problem}`);
  }
}

function photoTypes(state: ReadingsData): string[] {
  return state.meters.status === 'ready' ? state.meters.value.photo.allowedTypes : [];
}
function photoMax(state: ReadingsData): number {
  return state.meters.status === 'ready' ? state.meters.value.photo.maxFileBytes : 0;
}

function renderForm(meter: Meter, list: MeterList, state: ReadingsData, ctx: ReadingsViewContext): TemplateResult {
  const { t, lang } = ctx;
  const form = state.form;
  const today = state.today ?? ctx.today();
  const sending = form.status.kind === 'sending';
  const errorOf = (key: string, register?: MeterRegister) => {
    const p = form.errors[key];
    return p ? problemText(p, register, meter, state, ctx) : undefined;
  };
  const unit = unitLabel(t, meter.unit);
  const lower = meter.registers.some((r) => form.errors[`values.${r.id}`] === 'lower_than_last');
  const implausible = meter.registers.some((r) => form.errors[`values.${r.id}`] === 'implausible');
  const offers: ReadingConfirmation[] = [
    ...(lower || form.confirm.includes('replacement') ? (['replacement'] as const) : []),
    ...((lower && form.rollover.length > 0) || form.confirm.includes('rollover') ? (['rollover'] as const) : []),
    ...(implausible || form.confirm.includes('implausible') ? (['implausible'] as const) : []),
  ];
  const failed = form.status.kind === 'failed' ? form.status.error : undefined;
  return html`<form novalidate aria-busy=${sending ? 'true' : 'false'} @submit=${ctx.onSubmit}>
    ${meter.registers.map((r) => {
      const id = `reg-${r.id.replace(/[^a-z0-9]/gi, '-')}`;
      const raw = form.raw[r.id] ?? '';
      const shown = typedValue(raw, r);
      const hint =
        r.fractionDigits === 0
          ? t('form.hintWhole', { unit, integer: t('digits', { count: r.integerDigits }) })
          : t('form.hint', { integer: t('digits', { count: r.integerDigits }), fraction: t('digits', { count: r.fractionDigits }) });
      return html`<div class="register">
        ${textField({
          id,
          label: `${registerLabel(t, r)} [${unit}]`,
          value: raw,
          inputmode: 'decimal',
          autocomplete: 'off',
          hint,
          describedBy: [`${id}-echo`],
          ...(errorOf(`values.${r.id}`, r) ? { error: errorOf(`values.${r.id}`, r)! } : {}),
          onInput: (v) => ctx.onValue(r.id, v),
        })}
        <p class="echo num" id="${id}-echo" part="echo" aria-live="polite">${shown ? t('form.echo', { display: meterDisplay(shown, r) }) : nothing}</p>
      </div>`;
    })}
    ${textField({
      id: 'reading-date',
      label: t('form.date'),
      type: 'date',
      value: form.date,
      max: today,
      ...(errorOf('date') ? { error: errorOf('date')! } : {}),
      onInput: ctx.onDate,
    })}
    ${fileField({
      id: 'photo',
      label: t('form.photo'),
      accept: acceptAttribute(list.photo.allowedTypes),
      hint: t('form.photoHint', { types: typeList(list.photo.allowedTypes, lang), size: formatBytes(list.photo.maxFileBytes, lang) }),
      removeLabel: t('form.photoRemove', { name: form.photo?.name ?? '' }),
      ...(form.photo ? { chosen: form.photo.name } : {}),
      ...(errorOf('photo') ? { error: errorOf('photo')! } : {}),
      onPick: ctx.onPhoto,
      onRemove: () => ctx.onPhoto(undefined),
    })}
    ${offers.length > 0
      ? html`<fieldset class="confirm" part="confirm">
          <legend>${t('form.confirmTitle')}</legend>
          ${offers.map((kind) =>
            checkboxField({ id: `confirm-${kind}`, label: t(`form.${kind}`), checked: form.confirm.includes(kind), onChange: (c) => ctx.onConfirm(kind, c) }),
          )}
        </fieldset>`
      : nothing}
    ${failed ? formAlert(failed.kind === 'validation' ? t('errors.other') : `${t('common:states.errorTitle')}. ${errorMessage(t, failed)}`) : nothing}
    <div class="actions">${submitButton({ label: t('form.submit'), busy: sending, busyLabel: t('form.submit') })}</div>
  </form>`;
}

function renderReceipt(meter: Meter, receipt: ReadingReceipt, ctx: ReadingsViewContext): TemplateResult {
  const { t, lang } = ctx;
  return html`<section class="form-block receipt" part="receipt" id="receipt" tabindex="-1" role="status" aria-labelledby="receipt-title">
    <h3 id="receipt-title">${icon('check')} ${t('sent.title')}</h3>
    <p>${t('sent.date', { date: day(receipt.reading.date, lang) })}</p>
    <dl class="last">
      ${receipt.reading.values.map((v) => {
        const r = meter.registers.find((x) => x.id === v.register);
        return html`<div>
          <dt>${r ? registerLabel(t, r) : v.register}</dt>
          <dd class="num">${r ? formatReading(v.value, r, lang) : v.value}${NBSP}${unitLabel(t, meter.unit)}</dd>
        </div>`;
      })}
    </dl>
    <p>${t(`sent.${receipt.invoiceUse}`)}</p>
    <div class="actions">${submitButton({ type: 'button', secondary: true, part: 'another', label: t('sent.another'), onClick: ctx.onAnother })}</div>
  </section>`;
}

function renderHistory(meter: Meter, state: ReadingsData, ctx: ReadingsViewContext): TemplateResult {
  const { t } = ctx;
  const h = state.history;
  let content: TemplateResult;
  if (h.status === 'loading') content = html`<span class="skeleton sk-chart"></span>`;
  else if (h.status === 'error') content = renderError(t, h.error, ctx.onRetryHistory);
  else if (h.value.length === 0) content = html`<p class="muted">${t('history.empty')}</p>`;
  else content = html`${renderChart(meter, h.value, ctx)} ${renderTable(meter, h.value, state, ctx)}`;
  return html`<section class="history" part="history" aria-label=${ctx.landmark(t('history.title'))}>
    <h3>${t('history.title')}</h3>
    ${content}
  </section>`;
}

function renderChart(meter: Meter, history: readonly MeterReading[], ctx: ReadingsViewContext): TemplateResult | typeof nothing {
  const { t, lang } = ctx;
  const intervals = useIntervals(meter, history).slice(-CHART_BARS);
  if (intervals.length === 0) return nothing;
  const registers = meter.registers;
  const max = Math.max(1, ...intervals.flatMap((i) => registers.map((r) => i.use[r.id] ?? 0)));
  const n = intervals.length;
  const every = Math.ceil(n / 6);
  const pct = (v: number) => `${Math.round(v * 10_000) / 100}%`;
  // Every `every`-th interval from the newest is named (every other of those only where there is
  // room); a name carries the year when it is the first named one of its year.
  let year = '';
  const labels = intervals.map((iv, i) => {
    const k = (n - 1 - i) / every;
    if (!Number.isInteger(k)) return { text: '', minor: false };
    const withYear = iv.to.slice(0, 4) !== year;
    year = iv.to.slice(0, 4);
    return { text: tick(iv.to, withYear, lang), minor: k % 2 === 1 };
  });
  const bar = (iv: UseInterval, i: number, r: MeterRegister, k: number) => {
    const h = (iv.use[r.id] ?? 0) / max;
    const width = 0.7 / registers.length;
    return svg`<rect class="bar r${k} ${iv.estimated ? 'estimated' : ''}" x=${pct((i + 0.15 + k * width) / n)} width=${pct(width / n)} y=${pct(1 - h)} height=${pct(h)}></rect>`;
  };
  return html`<figure class="chart" part="chart">
    <figcaption>${t('chart.title', { unit: unitLabel(t, meter.unit) })} <span class="visually-hidden">${t('chart.note')}</span></figcaption>
    <svg class="bars" aria-hidden="true" focusable="false">${intervals.map((iv, i) => registers.map((r, k) => bar(iv, i, r, k)))}</svg>
    <ol class="ticks" aria-hidden="true">
      ${labels.map((l) => html`<li class=${l.minor ? 'minor' : ''}>${l.text}</li>`)}
    </ol>
    <ul class="legend" aria-hidden="true">
      ${registers.length > 1 ? registers.map((r, k) => html`<li><span class="swatch r${k}"></span>${registerLabel(t, r)}</li>`) : nothing}
      <li><span class="swatch ${registers.length > 1 ? 'real' : ''}"></span>${t('chart.real')}</li>
      <li><span class="swatch estimated"></span>${t('chart.estimated')}</li>
    </ul>
  </figure>`;
}

/** "paź", with the year where it starts (the first bar, a new year): "sty 26". */
function tick(d: string, withYear: boolean, lang: Lang): string {
  return formatDay(d, lang, withYear ? { month: 'short', year: '2-digit' } : { month: 'short' });
}

function renderTable(meter: Meter, history: readonly MeterReading[], state: ReadingsData, ctx: ReadingsViewContext): TemplateResult {
  const { t, lang } = ctx;
  const rows = state.allHistory ? history : history.slice(0, HISTORY_ROWS);
  const unit = unitLabel(t, meter.unit);
  const registerOf = (id: string) => meter.registers.find((r) => r.id === id);
  const useSince = (i: number, r: MeterRegister): string => {
    const a = history[i + 1];
    const b = history[i];
    if (!a || !b || a.meterNumber !== b.meterNumber) return '';
    const pa = valueOf(a, r.id);
    const pb = valueOf(b, r.id);
    return pa && pb ? `+${formatUse(useBetween(pa, pb, r), r, lang)}` : '';
  };
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${ctx.landmark(t('history.caption', { number: meter.number }))}>
      <table part="table">
        <caption class="visually-hidden">${t('history.caption', { number: meter.number })}</caption>
        <thead>
          <tr>
            <th scope="col">${t('history.date')}</th>
            ${meter.registers.map((r) => html`<th scope="col" class="num">${registerLabel(t, r)} [${unit}]</th>`)}
            <th scope="col">${t('history.source')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r, i) => html`<tr data-source=${r.source}>
              <th scope="row">${formatDay(r.date, lang)}</th>
              ${r.values.map((v) => {
                const reg = registerOf(v.register);
                const use = reg ? useSince(i, reg) : '';
                return html`<td class="num" data-label=${reg ? registerLabel(t, reg) : v.register}>
                  ${reg ? formatReading(v.value, reg, lang) : v.value}${use ? html`<span class="use">${t('history.use')}: ${use}</span>` : nothing}
                </td>`;
              })}
              <td class="source">
                ${r.source === 'estimated' ? html`<span class="tag estimated">${t(`source.${r.source}`)}</span>` : t(`source.${r.source}`)}
                ${r.event ? html`<span class="event">${t(`history.${r.event}`, { number: r.meterNumber })}</span>` : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${!state.allHistory && history.length > HISTORY_ROWS
      ? html`<button type="button" class="btn" part="all-history" @click=${ctx.onAllHistory}>${t('history.all', { count: history.length })}</button>`
      : nothing}`;
}
