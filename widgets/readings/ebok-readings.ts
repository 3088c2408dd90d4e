import { type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { idempotencyKey } from '../core/api/client';
import { listMeteringPoints, listMeterReadings, listMeters, submitMeterReading } from '../core/api/endpoints';
import { ApiError, toApiError } from '../core/api/errors';
import type { MeterList, MeterReading, MeteringPoint, ReadingConfirmation, ReadingReceipt, ReadingSubmission } from '../core/api/types';
import { defineWidget, EbokElement } from '../core/base-element';
import { warsawDay } from '../core/calendar';
import { getConfig } from '../core/config';
import { FocusAfterUpdate } from '../core/controllers/focus';
import { formStyles } from '../core/forms/form-styles';
import { defineTranslations } from '../core/i18n/i18n';
import { Resource, type ResourceState } from '../core/resource';
import { uploadTimeoutMs } from '../shared/attachments';
import { checkReading, photoProblem } from './readings-rules';
import { readingsStyles } from './readings-styles';
import { renderReadings, type FieldProblem, type Loadable, type ReadingFormState, type ReadingsState } from './readings-view';

declare module 'i18next' {
  interface ResourceNamespaceMap {
    readings: typeof import('./i18n/pl.json');
  }
}

export type { ReadingsState };

export interface ReadingCreatedDetail {
  meter: string;
  receipt: ReadingReceipt;
}

declare module '../core/events' {
  interface EbokEventMap {
    'ebok-reading-created': CustomEvent<ReadingCreatedDetail>;
  }
}

/** Media read from a meter display; a SIM card's point has none. */
const METERED = new Set(['electricity', 'gas', 'water', 'heat']);

function toLoadable<T>(s: ResourceState<T>): Loadable<T> {
  if (s.status === 'ready') return { status: 'ready', value: s.value };
  if (s.status === 'error') return { status: 'error', error: s.error };
  return { status: 'loading' };
}

function emptyForm(today: string): ReadingFormState {
  return { raw: {}, date: today, confirm: [], errors: {}, rollover: [], status: { kind: 'idle' } };
}

/**
 * Meter readings ("Odczyty liczników"): the meters of the selected metering point with their last
 * reading, a self-reading form (one field per register, as the display labels it), and the history
 * as a table and a small chart of the use between readings (estimates marked). Every check the form
 * makes is the API's too; a double click or a retry records one reading (one Idempotency-Key per
 * reading, reused until it is recorded).
 *
 * @summary Meter readings: history, consumption between readings and submitting a self-reading.
 *
 * @attr point - Metering point id to show first (the same ids as `<ebok-usage point>`); default: the first point with a meter.
 * @attr lang - Overrides the inherited language ("pl", "uk", "ru").
 * @prop {ReadingsState | undefined} preview - Render exactly this state and fetch nothing (design previews such as the gallery).
 *
 * @fires ebok-point-change - The customer chose another metering point. Detail: `{ point }` (pass it to `<ebok-usage point>`).
 * @fires ebok-reading-created - A reading was recorded. Detail: `{ meter, receipt }`.
 *
 * @csspart base - The widget's frame.
 * @csspart title - The heading.
 * @csspart point - The point selector (or the name of the only point).
 * @csspart meter - The meter with its last reading.
 * @csspart window - When readings are accepted.
 * @csspart form - The self-reading form.
 * @csspart echo - The typed value as the meter shows it.
 * @csspart confirm - Confirmations (replacement, roll-over, unusual use).
 * @csspart submit - "Wyślij odczyt".
 * @csspart receipt - What was recorded.
 * @csspart another - "Podaj kolejny odczyt".
 * @csspart history - The history block.
 * @csspart chart - The chart of use between readings.
 * @csspart table - The history table.
 * @csspart all-history - "Pokaż wszystkie".
 * @csspart empty - No points / no meter.
 * @csspart retry - "Try again" after a failed load.
 */
export class EbokReadings extends EbokElement<'readings'> {
  static override translations = defineTranslations('readings', {
    pl: () => import('./i18n/pl.json'),
    uk: () => import('./i18n/uk.json'),
    ru: () => import('./i18n/ru.json'),
  });

  static override styles = [...EbokElement.styles, formStyles, readingsStyles];

  /** Metering point id to show. */
  @property() point: string | undefined;
  @property({ attribute: false }) preview?: ReadingsState;

  @state() private meterId: string | undefined;
  @state() private form: ReadingFormState = emptyForm(warsawDay());
  @state() private allHistory = false;
  private photo: File | undefined;
  /** The reading being sent: its key is reused for every retry of the same body. */
  private intent: { key: string; body: string } | undefined;
  private readonly focusNext = new FocusAfterUpdate(this);

  private readonly points = new Resource<MeteringPoint[], [string]>(this, {
    args: () => (this.preview || !this.customer ? null : [this.customer.id]),
    load: (_a, signal) => listMeteringPoints({ signal }).then((r) => r.points),
  });

  private readonly meters = new Resource<MeterList, [string, string]>(this, {
    args: () => {
      const point = this.currentPoint;
      return this.preview || !this.customer || !point ? null : [this.customer.id, point];
    },
    load: ([, point], signal) => listMeters(point, { signal }),
  });

  private readonly history = new Resource<MeterReading[], [string, string]>(this, {
    args: () => {
      const meter = this.currentMeter;
      return this.preview || !this.customer || !meter ? null : [this.customer.id, meter];
    },
    load: ([, meter], signal) => listMeterReadings(meter, { signal }).then((r) => r.readings),
  });

  private get currentPoint(): string | undefined {
    const points = this.points.value;
    if (!points || points.length === 0) return undefined;
    if (this.point && points.some((p) => p.id === this.point)) return this.point;
    return (points.find((p) => METERED.has(p.medium)) ?? points[0])!.id;
  }

  private get currentMeter(): string | undefined {
    const list = this.meters.value?.meters;
    if (!list || list.length === 0) return undefined;
    return (list.find((m) => m.id === this.meterId) ?? list[0])!.id;
  }

  protected override sessionChanged(): void {
    // Nothing the previous customer typed stays on screen.
    this.resetForm();
    this.allHistory = false;
  }

  private resetForm(): void {
    this.form = emptyForm(warsawDay());
    this.photo = undefined;
    this.intent = undefined;
  }

  private get state(): ReadingsState {
    if (this.preview) return this.preview;
    if (this.session.status === 'anonymous') return { status: 'signed-out' };
    const p = this.points.state;
    if (p.status === 'error') return { status: 'error', error: p.error };
    if (p.status !== 'ready') return { status: 'loading' };
    const meter = this.currentMeter;
    return {
      status: 'ready',
      points: p.value,
      point: this.currentPoint ?? '',
      meters: toLoadable(this.meters.state),
      ...(meter ? { meter } : {}),
      history: toLoadable(this.history.state),
      form: this.form,
      allHistory: this.allHistory,
    };
  }

  override render(): TemplateResult {
    const preview = !!this.preview;
    const noop = () => undefined;
    return renderReadings(this.i18n.ready ? this.state : { status: 'loading' }, {
      t: (k, o) => this.t(k, o),
      lang: this.language,
      today: warsawDay,
      pending: this.i18n.ready && !preview && this.session.status === 'unknown',
      landmark: (name, main) => this.landmark(name, main),
      onRetry: preview ? noop : () => this.points.retry(),
      onRetryMeters: preview ? noop : () => this.meters.retry(),
      onRetryHistory: preview ? noop : () => this.history.retry(),
      onPoint: (id) => this.choosePoint(id),
      onMeter: (id) => {
        this.meterId = id;
        this.resetForm();
      },
      onValue: (register, value) => this.edit({ raw: { ...this.form.raw, [register]: value } }, `values.${register}`),
      onDate: (value) => this.edit({ date: value }, 'date'),
      onPhoto: (file) => this.pickPhoto(file),
      onConfirm: (kind, checked) => this.confirm(kind, checked),
      onSubmit: (e) => {
        e.preventDefault();
        if (!preview) void this.submit();
      },
      onAnother: () => {
        this.resetForm();
        this.focusNext.request('form input');
      },
      onAllHistory: () => (this.allHistory = true),
    });
  }

  private choosePoint(id: string): void {
    if (id === this.currentPoint) return;
    this.point = id;
    this.meterId = undefined;
    this.allHistory = false;
    this.resetForm();
    this.emit('ebok-point-change', { point: id });
  }

  /** A change clears that field's error (the next submit checks again) and any earlier failure. */
  private edit(change: Partial<ReadingFormState>, field: string): void {
    const errors = { ...this.form.errors };
    delete errors[field];
    const status = this.form.status.kind === 'failed' ? { kind: 'idle' as const } : this.form.status;
    this.form = { ...this.form, ...change, errors, status };
  }

  private pickPhoto(file: File | undefined): void {
    const rules = this.meters.value?.photo;
    const problem = file && rules ? photoProblem(file, rules) : undefined;
    this.photo = problem ? undefined : file;
    const errors = { ...this.form.errors };
    if (problem === 'unsupported_type' || problem === 'file_too_large') errors.photo = problem;
    else delete errors.photo;
    this.form = { ...this.form, photo: this.photo ? { name: this.photo.name, size: this.photo.size, type: this.photo.type } : undefined, errors };
  }

  private confirm(kind: ReadingConfirmation, checked: boolean): void {
    const confirm = checked ? [...new Set([...this.form.confirm, kind])] : this.form.confirm.filter((c) => c !== kind);
    this.form = { ...this.form, confirm };
  }

  private async submit(): Promise<void> {
    const list = this.meters.value;
    const meter = list?.meters.find((m) => m.id === this.currentMeter);
    // One request at a time: a double click or Enter held down sends nothing more.
    if (!list || !meter || this.form.status.kind === 'sending') return;
    const history = this.history.value ?? (meter.lastReading ? [meter.lastReading] : []);
    const today = warsawDay();
    const verdict = checkReading(meter, history, { date: this.form.date, raw: this.form.raw, confirm: this.form.confirm }, today);
    const errors: Partial<Record<string, FieldProblem>> = { ...verdict.fields };
    if (this.form.errors.photo) errors.photo = this.form.errors.photo;
    if (Object.keys(errors).length > 0) {
      this.form = { ...this.form, errors, rollover: verdict.rollover, status: { kind: 'idle' } };
      this.focusNext.request('[aria-invalid="true"]');
      return;
    }
    const reading: ReadingSubmission = { date: this.form.date, values: verdict.values, ...(this.form.confirm.length ? { confirm: this.form.confirm } : {}) };
    const photo = this.photo;
    const body = JSON.stringify([meter.id, reading, photo ? [photo.name, photo.size, photo.type] : null]);
    if (this.intent?.body !== body) this.intent = { key: idempotencyKey(), body };
    const { key } = this.intent;
    const form = new FormData();
    form.set('reading', JSON.stringify(reading));
    if (photo) form.set('photo', photo);

    this.form = { ...this.form, errors: {}, rollover: verdict.rollover, status: { kind: 'sending' } };
    const sent = this.form;
    try {
      const receipt = await submitMeterReading(meter.id, form, key, { lang: this.language, timeoutMs: uploadTimeoutMs(photo?.size ?? 0, getConfig().timeoutMs) });
      if (this.form !== sent) return;
      if (!receipt || typeof receipt !== 'object' || !receipt.reading) throw new ApiError({ kind: 'malformed' });
      this.intent = undefined;
      this.photo = undefined;
      this.form = { ...emptyForm(today), status: { kind: 'sent', receipt } };
      const h = this.history.value;
      if (h) this.history.set([receipt.reading, ...h.filter((r) => r.id !== receipt.reading.id)]);
      this.emit('ebok-reading-created', { meter: meter.id, receipt });
      this.focusNext.request('#receipt');
    } catch (e) {
      if (this.form !== sent) return;
      const error = toApiError(e);
      const fields = error.kind === 'validation' ? error.fields : {};
      const mapped: Partial<Record<string, FieldProblem>> = {};
      for (const [k, code] of Object.entries(fields)) if (k.startsWith('values.') || k === 'date' || k === 'photo') mapped[k] = code as FieldProblem;
      if (Object.keys(mapped).length > 0) {
        this.form = { ...this.form, errors: mapped, status: { kind: 'idle' } };
        this.focusNext.request('[aria-invalid="true"]');
      } else {
        this.form = { ...this.form, status: { kind: 'failed', error } };
      }
    }
  }
}

await defineWidget('ebok-readings', EbokReadings);

declare global {
  interface HTMLElementTagNameMap {
    'ebok-readings': EbokReadings;
  }
}
