/**
 * The contact draft in sessionStorage — the one piece of storage the suite allows (text fields
 * only, never attachments), so a failed submit, going offline or a reload in the same tab loses
 * nothing. It also carries the Idempotency-Key of a submission that may have reached the server,
 * so that retrying after a reload still creates exactly one ticket. Cleared after success and on
 * logout. Storage, debounce and flushing are core's DraftController (core/controllers/draft.ts);
 * this file says what a contact draft is.
 */
import { readStored, removeStored, writeStored } from '../core/controllers/draft';
import { EMPTY_VALUES, type Attachment, type ContactValues } from './contact-rules';

export const DRAFT_PREFIX = 'ebok-contact-draft:';
/** The reply being written to a ticket (contact-thread.ts), one per contact form. */
export const REPLY_DRAFT_PREFIX = 'ebok-contact-reply:';
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

/** Worth keeping: something the customer wrote, or a submission in flight. */
export function hasContent(draft: Pick<Draft, 'values' | 'pending'>): boolean {
  const v = draft.values;
  return Boolean(draft.pending || v.topicId || v.subject.trim() || v.message.trim() || v.name.trim());
}

export function readDraft(key: string): Draft | undefined {
  return readStored(key, parseDraft);
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
  return writeStored(key, draft, hasContent(draft));
}

export const clearDraft = removeStored;
