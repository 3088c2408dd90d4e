// The shared core every widget imports from. Keep it small: it is one chunk shared by all widgets.
export { EbokElement } from './base-element';
export { defineElement } from './define';
export { emit, type EbokEventMap, type LogoutReason } from './events';
export { Resource, type ResourceState } from './resource';
export { getSessionStore, customerOf, sessionContext, type SessionState, type SessionStore } from './session';
export { getConfig, configure } from './config';
export { defineTranslations, setStrings, type Translations } from './i18n/i18n';
export { LANGUAGES, normalizeLang, type Lang } from './i18n/languages';
export { resolveLanguage } from './i18n/language';
export * from './format';
export * as api from './api/endpoints';
export { ApiError, type ApiErrorKind } from './api/errors';
export { idempotencyKey } from './api/client';
export type * from './api/types';
export { baseStyles, tokens } from './styles';
export { icon, renderError, renderPending, renderSignedOut, renderSkeleton, errorMessage } from './ui';
export { VERSION } from './version';
