/** The five languages of the pact. Every catalogue covers every key (see catalogues/). */
export const LOCALES = ['en', 'es', 'fr', 'ht', 'pt'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Each language is named in itself, so that a person who cannot read the current language can still
 * find their own in the switcher.
 */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ht: 'Kreyòl ayisyen',
  pt: 'Português',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
