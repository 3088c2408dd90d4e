import { defineTranslations } from './i18n';

export const commonTranslations = defineTranslations('common', {
  pl: () => import('./pl.json'),
  uk: () => import('./uk.json'),
  ru: () => import('./ru.json'),
});
