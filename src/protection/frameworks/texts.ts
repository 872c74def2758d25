/** Text in the five languages of the pact. Every user-facing string of the frameworks is one of these. */
import type { Locale } from '../../platform/i18n.ts';

export type Texts = Record<Locale, string>;

export function textIn(texts: Texts, locale: Locale): string {
  return texts[locale] ?? texts.en;
}

/** Five-language text from one positional tuple: en, es, fr, ht, pt. */
export function t5(en: string, es: string, fr: string, ht: string, pt: string): Texts {
  return { en, es, fr, ht, pt };
}
