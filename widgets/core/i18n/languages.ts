export const LANGUAGES = ['pl', 'uk', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'pl';

/** "uk-UA" → "uk", "RU" → "ru", "ua" (a common mistake) → "uk"; anything else → undefined. */
export function normalizeLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  const lang = primary === 'ua' ? 'uk' : primary;
  return (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Lang) : undefined;
}
