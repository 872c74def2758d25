/**
 * A registry person as the linkage engine reads it (the columns of settings/registry.settings.json),
 * and the blocking keys of one record as strings, so that PostgreSQL can index them and a new
 * registration finds its candidates with a few indexed look-ups (linkage.md §5.5, incremental mode).
 *
 * The key functions repeat the engine's (engine/blocking.ts keyTransform) over the engine's own
 * primitives: the engine encodes keys as ids of one in-memory run, which cannot be stored.
 */
import { readFileSync } from 'node:fs';
import { canonicalGivenNames } from './engine/nicknames.ts';
import { parseDate } from './engine/dates.ts';
import { parseName } from './engine/names.ts';
import { foldCompact, foldText, normaliseIdentifier, normalisePhone } from './engine/normalise.ts';
import { phoneticKey } from './engine/phonetic.ts';
import { keyColumn, keyFunction, parseSettings, type LinkageSettings } from './engine/settings.ts';

export const REGISTRY_HEADER = [
  'id', 'given_names', 'family_name_1', 'family_name_2', 'sex', 'birth_date', 'nationality',
  'document_number', 'phone', 'place',
] as const;

export interface RegistryPerson {
  id: string;
  given_names: string;
  family_name_1: string | null;
  family_name_2: string | null;
  sex: string | null;
  birth_date: string | null;
  nationalities: string[];
  document_number: string | null;
  phone: string | null;
  current_subdivision: string | null;
}

/**
 * One row in REGISTRY_HEADER's order. `place` stays empty: the registry records where a person is
 * now, not where they come from, and the same person registered in two offices is by definition
 * in two places (a null adds no evidence; a disagreement would count against the pair).
 */
export function toEngineRow(p: RegistryPerson): string[] {
  return [
    p.id, p.given_names, p.family_name_1 ?? '', p.family_name_2 ?? '', p.sex ?? '', p.birth_date ?? '',
    p.nationalities[0] ?? '', p.document_number ?? '', p.phone ?? '', '',
  ];
}

let cachedSettings: LinkageSettings | undefined;

/** The shipped registry settings, read once. */
export function registrySettings(): LinkageSettings {
  cachedSettings ??= parseSettings(JSON.parse(readFileSync(new URL('../../settings/registry.settings.json', import.meta.url), 'utf8')));
  return cachedSettings;
}

const MAX_KEYS_PER_RULE = 16;

function transform(fn: string, arg: number, v: string): string[] {
  switch (fn) {
    case '':
    case 'maybe':
      return [foldText(v)];
    case 'phonetic':
      return [phoneticKey(v)];
    case 'year': {
      const d = parseDate(v);
      return d ? [String(d.year)] : [];
    }
    case 'date': {
      const d = parseDate(v);
      return d && d.valid ? [String(d.digits)] : [];
    }
    case 'date_unordered': {
      const d = parseDate(v);
      return d && d.valid ? [`${d.year}-${Math.min(d.month, d.day)}-${Math.max(d.month, d.day)}`] : [];
    }
    case 'prefix':
      return [foldCompact(v).slice(0, arg || 3)];
    case 'initial':
      return [foldCompact(v).slice(0, 1)];
    case 'identifier':
      return [normaliseIdentifier(v)];
    case 'phone':
      return [normalisePhone(v)];
    case 'canonical':
      return canonicalGivenNames(foldText(v));
    default:
      throw new Error(`unknown key function "${fn}"`);
  }
}

/**
 * The blocking keys of one record, per rule: every combination of its expressions' values.
 * @example blockingKeys(registrySettings(), row).filter((k) => k.rule === 2)
 */
export function blockingKeys(settings: LinkageSettings, row: readonly string[]): Array<{ rule: number; key: string }> {
  const header = REGISTRY_HEADER as readonly string[];
  const col = (c: string) => row[header.indexOf(c)] ?? '';
  const name = parseName(col('given_names'), col('family_name_1'), col('family_name_2'));
  const field = (f: string): string[] => {
    switch (f) {
      case 'given1': return [name.given[0] ?? ''];
      case 'given2': return [name.given[1] ?? ''];
      case 'given_any': return name.given.slice(0, 2);
      case 'family1': return [name.family1];
      case 'family2': return [name.family2];
      case 'family_any': return [name.family1, name.family2];
      default: return [col(f)];
    }
  };
  const out: Array<{ rule: number; key: string }> = [];
  settings.blocking_rules.forEach((rule, r) => {
    let combos: string[] = [''];
    for (const expression of rule) {
      const { fn, arg } = keyFunction(expression);
      const values = keyColumn(expression).split('|').flatMap(field);
      const keys = new Set<string>();
      for (const v of values) {
        if (v === '') {
          if (fn === 'maybe') keys.add('\u2205');
          continue;
        }
        for (const k of transform(fn, arg, v)) if (k !== '') keys.add(k);
      }
      combos = combos.flatMap((c) => [...keys].map((k) => (c === '' ? k : `${c}\u001f${k}`)));
      if (combos.length === 0) return;
    }
    for (const key of new Set(combos.slice(0, MAX_KEYS_PER_RULE))) out.push({ rule: r, key });
  });
  return out;
}
