import { describe, expect, it } from 'vitest';
import { en, type Catalogue } from './catalogues/en.ts';
import { es } from './catalogues/es.ts';
import { fr } from './catalogues/fr.ts';
import { ht } from './catalogues/ht.ts';
import { pt } from './catalogues/pt.ts';
import { formatCalendarDate, formatNumber, formatRegionName } from './format.ts';

const TRANSLATIONS: Record<string, Catalogue> = { es, fr, ht, pt };

/** Strings that are rightly the same as in English: names, acronyms and words the languages share. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  es: ['roles.supervisor', 'roles.auditor', 'cases.case.no', 'cases.documentTypes.visa'],
  fr: ['account.sessionsTitle', 'audit.action', 'cases.case.programme', 'cases.documentTypes.visa', 'labor.compliance.description', 'labor.compliance.kinds.inspection', 'labor.compliance.occurredOn', 'labor.compliance.source', 'labor.floors.programme', 'labor.floors.source', 'labor.floors.version', 'labor.form.programme', 'labor.rounds.programme', 'programmes.name', 'programmes.nav', 'programmes.programme', 'programmes.title'],
  ht: [],
  pt: ['roles.supervisor', 'roles.auditor'],
};

function flatten(catalogue: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else for (const [k, v] of flatten(value as object, `${prefix}${key}.`)) entries.set(k, v);
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
}

const english = flatten(en);

describe.each(Object.entries(TRANSLATIONS))('the %s catalogue', (locale, catalogue) => {
  const translated = flatten(catalogue);

  it('has exactly the keys of the English one', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps every placeholder and leaves nothing empty', () => {
    for (const [key, text] of translated) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it('translates every string', () => {
    const same = [...translated].filter(([key, text]) => text === english.get(key)).map(([key]) => key);
    expect(same.sort()).toEqual([...SAME_AS_ENGLISH[locale]].sort());
  });
});

describe('formatting per language', () => {
  it('writes dates with the month in the language, Haitian Creole included', () => {
    expect(formatCalendarDate('2024-01-15', 'en')).toBe('January 15, 2024');
    expect(formatCalendarDate('2024-01-15', 'es')).toBe('15 de enero de 2024');
    expect(formatCalendarDate('2024-07-01', 'ht')).toBe('1 jiyè 2024');
    expect(formatCalendarDate('2024-03-31', 'pt')).toBe('31 de março de 2024');
  });

  it('never moves a calendar date to the day before', () => {
    expect(formatCalendarDate('2024-12-31', 'fr')).toBe('31 décembre 2024');
  });

  it('groups digits as each language does', () => {
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatNumber(12345.5, 'pt')).toBe('12.345,5');
  });

  it('names countries in the language, with Creole names for the Americas, else the fallback', () => {
    expect(formatRegionName('US', 'es', 'United States')).toBe('Estados Unidos');
    expect(formatRegionName('US', 'ht', 'United States')).toBe('Etazini');
    expect(formatRegionName('AA', 'fr', 'Unknown')).toBe('Unknown');
  });
});
