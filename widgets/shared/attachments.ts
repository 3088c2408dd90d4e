/**
 * Attachment limits (types, sizes, count) and how they are named to the customer: one rule for the
 * contact form's attachments and the photo of a meter reading. Pure, no DOM; outside core, so
 * only the widgets that take files load it.
 */
import type { AttachmentRules } from '../core/api/types';
import { LOCALES } from '../core/format';
import type { Lang } from '../core/i18n/languages';

/** What the form knows about an attached file (a File satisfies it). */
export interface Attachment {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

export type RejectReason = 'unsupported_type' | 'file_too_large' | 'total_too_large' | 'too_many_files' | 'duplicate';

export interface RejectedFile {
  name: string;
  size: number;
  reason: RejectReason;
}

/** Add `picked` files to `current` within the rules; every file that does not fit says why. */
export function addFiles<F extends Attachment>(
  current: readonly F[],
  picked: readonly F[],
  rules: AttachmentRules,
): { files: F[]; rejected: RejectedFile[] } {
  const files = [...current];
  const rejected: RejectedFile[] = [];
  let total = files.reduce((sum, f) => sum + f.size, 0);
  for (const file of picked) {
    const reject = (reason: RejectReason) => rejected.push({ name: file.name, size: file.size, reason });
    if (files.some((f) => f.name === file.name && f.size === file.size && f.type === file.type)) reject('duplicate');
    else if (!rules.allowedTypes.includes(file.type)) reject('unsupported_type');
    else if (file.size > rules.maxFileBytes) reject('file_too_large');
    else if (files.length >= rules.maxFiles) reject('too_many_files');
    else if (total + file.size > rules.maxTotalBytes) reject('total_too_large');
    else {
      files.push(file);
      total += file.size;
    }
  }
  return { files, rejected };
}

/** The limit a rejection refers to, in bytes or files. */
export function limitFor(reason: RejectReason, rules: AttachmentRules): number {
  switch (reason) {
    case 'file_too_large':
      return rules.maxFileBytes;
    case 'total_too_large':
      return rules.maxTotalBytes;
    case 'too_many_files':
      return rules.maxFiles;
    default:
      return 0;
  }
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'image/heic': 'HEIC',
  'text/plain': 'TXT',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

/** "application/pdf" → "PDF": the names customers know from file extensions. */
export function typeName(mime: string): string {
  return TYPE_NAMES[mime] ?? (mime.split('/')[1] ?? mime).replace(/^x-/, '').toUpperCase();
}

/** "PDF, JPG, PNG" in the active language's list style. */
export function typeList(types: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'short', type: 'disjunction' }).format(types.map(typeName));
}

/** The `accept` attribute of the file input: MIME types plus their usual extensions. */
export function acceptAttribute(types: readonly string[]): string {
  const ext: Record<string, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg,.jpeg', 'image/png': '.png' };
  return types.flatMap((t) => (ext[t] ? [t, ext[t]] : [t])).join(',');
}

/** Bytes in binary units with the active language's unit names: 5242880 → "5 MB" / "5 МБ". */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = [
    ['byte', 1],
    ['kilobyte', 1024],
    ['megabyte', 1024 ** 2],
    ['gigabyte', 1024 ** 3],
  ] as const;
  let chosen: (typeof units)[number] = units[0];
  for (const u of units) if (bytes >= u[1]) chosen = u;
  const value = bytes / chosen[1];
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'unit',
    unit: chosen[0],
    unitDisplay: 'short',
    maximumFractionDigits: chosen[0] === 'byte' || value >= 10 ? 0 : 1,
  }).format(value);
}

/**
 * Time allowed for the upload: the ordinary request timeout (the server's answer) plus what the
 * files need on a slow mobile uplink (32 kB/s), so a 10 MB message is not cut off at one minute.
 */
export function uploadTimeoutMs(bytes: number, baseTimeoutMs: number): number {
  return baseTimeoutMs + Math.ceil(bytes / 32_000) * 1000;
}
