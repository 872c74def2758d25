import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './catalogues/en.ts';
import { es } from './catalogues/es.ts';
import { fr } from './catalogues/fr.ts';
import { ht } from './catalogues/ht.ts';
import { pt } from './catalogues/pt.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales.ts';

const STORAGE_KEY = 'puente.locale';

const resources = {
  en: { translation: en },
  es: { translation: es },
  fr: { translation: fr },
  ht: { translation: ht },
  pt: { translation: pt },
};

/** The language chosen earlier on this device, if any. */
export function findStoredLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    // Storage can be refused (private browsing, strict settings); the choice then lasts for the visit.
    return undefined;
  }
}

/** The language chosen on this device, else the browser's first supported language, else English. */
export function detectLocale(): Locale {
  const stored = findStoredLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

function applyDocumentLanguage(locale: string): void {
  // Screen readers pick their voice from <html lang>, so it must follow every change.
  document.documentElement.lang = locale;
}

export async function initI18n(locale: Locale): Promise<void> {
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false }, // React escapes what it renders.
    // A missing key is a bug: report it on the console, where the end-to-end tests look for it.
    saveMissing: true,
    missingKeyHandler: (languages, _namespace, key) => {
      console.warn(`i18n: missing key "${key}" (${languages.join(', ')})`);
    },
  });
}

/** Switches the language; `remember` keeps the choice on this device for the next visit. */
export async function changeLocale(locale: Locale, { remember }: { remember: boolean }): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // See findStoredLocale: without storage the choice lasts for the visit only.
    }
  }
  await i18next.changeLanguage(locale);
}
