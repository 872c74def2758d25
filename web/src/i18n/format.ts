import { useTranslation } from 'react-i18next';
import { HT_FORMAT_LOCALE, HT_MONTHS, HT_REGION_NAMES } from './haitian-creole.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from './locales.ts';

function intlLocale(locale: Locale): string {
  return locale === 'ht' ? HT_FORMAT_LOCALE : locale;
}

/**
 * Formats a calendar date (`2024-03-15`, as the API sends dates without a time) in the reader's
 * language. It is read as UTC and shown in UTC, so no time zone can move it to the day before.
 */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' });
  if (locale !== 'ht') return format.format(date);
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'month' ? HT_MONTHS[date.getUTCMonth()] : part.value))
    .join('');
}

/** Formats an instant (an ISO timestamp) as date and time in the reader's language and time zone. */
export function formatDateTime(isoTimestamp: string, locale: Locale): string {
  const date = new Date(isoTimestamp);
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  if (locale !== 'ht') return format.format(date);
  // French joins date and time with " à "; a comma reads the same in Creole.
  return format
    .formatToParts(date)
    .map((part) => {
      if (part.type === 'month') return HT_MONTHS[date.getMonth()];
      if (part.type === 'literal' && part.value.includes('à')) return ', ';
      return part.value;
    })
    .join('');
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** The name of a country (ISO 3166-1 alpha-2) in the reader's language, or `fallback` if unknown. */
export function formatRegionName(code: string, locale: Locale, fallback: string): string {
  if (locale === 'ht' && HT_REGION_NAMES[code]) return HT_REGION_NAMES[code];
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'region', fallback: 'none' }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** The formatters bound to the current language; components re-render when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  return {
    locale,
    calendarDate: (isoDate: string) => formatCalendarDate(isoDate, locale),
    dateTime: (isoTimestamp: string) => formatDateTime(isoTimestamp, locale),
    number: (value: number) => formatNumber(value, locale),
    regionName: (code: string, fallback: string) => formatRegionName(code, locale, fallback),
  };
}
