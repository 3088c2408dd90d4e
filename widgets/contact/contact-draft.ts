/**
 * The contact draft in sessionStorage — the one piece of storage the suite allows (text fields
 * only, never attachments), so a failed submit, going offline or a reload in the same tab loses
 * nothing. It also carries the Idempotency-Key of a submission that may have reached the server,
 * so that retrying after a reload still creates exactly one ticket. Cleared after success and on
 * logout.
 */
import { EMPTY_VALUES, type Attachment, type ContactValues } from './contact-rules';

export const DRAFT_PREFIX = 'ebok-contact-draft:';
export const DEFAULT_DRAFT_ID = 'default';

/** A submission that was started and may have reached the server. */
export interface PendingSubmission {
  /** The Idempotency-Key used for every attempt of this one intent. */
  key: string;
  /** The attachments it was sent with (names and sizes only), to ask for them again after a reload. */
  files: Attachment[];
}

export interface Draft {
  v: 1;
  /** The customer who wrote it, or null when written signed out. */
  owner: string | null;
  values: ContactValues;
  pending?: PendingSubmission;
}

export function draftStorageKey(id: string | null | undefined): string {
  const clean = (id ?? '').trim();
  return DRAFT_PREFIX + (clean || DEFAULT_DRAFT_ID);
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Blocked storage (sandboxed iframe, strict privacy settings): the form still works.
    return undefined;
  }
}

/** Worth keeping: something the customer wrote, or a submission in flight. */
export function hasContent(draft: Pick<Draft, 'values' | 'pending'>): boolean {
  const v = draft.values;
  return Boolean(draft.pending || v.topicId || v.subject.trim() || v.message.trim() || v.name.trim());
}

export function readDraft(key: string): Draft | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    return parseDraft(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/** Validates what came out of storage: anything unexpected is dropped rather than trusted. */
export function parseDraft(data: unknown): Draft | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Partial<Draft>;
  if (d.v !== 1 || !d.values || typeof d.values !== 'object') return undefined;
  const values = { ...EMPTY_VALUES };
  for (const k of Object.keys(values) as (keyof ContactValues)[]) {
    const v = (d.values as unknown as Record<string, unknown>)[k];
    if (typeof v === 'string') values[k] = v;
  }
  const owner = typeof d.owner === 'string' ? d.owner : null;
  const p = d.pending;
  const pending =
    p && typeof p === 'object' && typeof p.key === 'string' && p.key
      ? {
          key: p.key,
          files: Array.isArray(p.files)
            ? p.files
                .filter((f) => f && typeof f.name === 'string' && typeof f.size === 'number')
                .map((f) => ({ name: f.name, size: f.size, type: typeof f.type === 'string' ? f.type : '' }))
            : [],
        }
      : undefined;
  return pending ? { v: 1, owner, values, pending } : { v: 1, owner, values };
}

/** Saves the draft, or removes it when there is nothing worth keeping. False when storage failed. */
export function writeDraft(key: string, draft: Draft): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (hasContent(draft)) s.setItem(key, JSON.stringify(draft));
    else s.removeItem(key);
    return true;
  } catch {
    // Quota exceeded: keep working; the form still holds the text.
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}

/** Runs `fn` once `ms` after the last call; `flush()` runs a pending call at once. */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fn: (() => void) | undefined;

  constructor(private readonly ms: number) {}

  schedule(fn: () => void): void {
    this.fn = fn;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.ms);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const fn = this.fn;
    this.fn = undefined;
    fn?.();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.fn = undefined;
  }

  get pending(): boolean {
    return this.fn !== undefined;
  }
}
