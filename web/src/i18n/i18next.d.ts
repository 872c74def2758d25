import type { Catalogue } from './catalogues/en.ts';

// Types every t('…') call against the English catalogue, so a mistyped key fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
