import { memo } from 'react';
import { ISO_3166_1_ALPHA2 } from '../../../../src/platform/iso3166.ts';
import { formatRegionName, useFormat } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';

const sortedByLocale = new Map<Locale, { code: string; name: string }[]>();

/** Every country, named and sorted in the reader's language (computed once per language). */
function countriesIn(locale: Locale): { code: string; name: string }[] {
  let countries = sortedByLocale.get(locale);
  if (!countries) {
    const collator = new Intl.Collator(locale === 'ht' ? 'fr' : locale);
    countries = [...ISO_3166_1_ALPHA2]
      .map((code) => ({ code, name: formatRegionName(code, locale, code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    sortedByLocale.set(locale, countries);
  }
  return countries;
}

/**
 * The `<option>`s of a country picker, with a first empty choice labelled `emptyLabel`. Memoised: a
 * household form holds a dozen pickers of some 250 countries, which need not re-render on every key.
 */
export const CountryOptions = memo(function CountryOptions({ emptyLabel }: { emptyLabel: string }) {
  const { locale } = useFormat();
  return (
    <>
      <option value="">{emptyLabel}</option>
      {countriesIn(locale).map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </>
  );
});
