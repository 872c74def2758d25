/**
 * Per-record features, computed once before any pair is scored (linkage.md §5.1: "dictionary-encode
 * strings to ints"): every comparison gets integer ids into a dictionary of distinct values, whose
 * characters sit in one shared code array, plus parsed dates and phonetic and nickname ids. The
 * scoring loop then touches only typed arrays, shared with the worker threads without a copy.
 */

import { parseDate, dayNumber } from './dates.ts';
import { canonicalGivenNames } from './nicknames.ts';
import { parseFullName, parseName } from './names.ts';
import { foldText, normaliseIdentifier, normalisePhone } from './normalise.ts';
import { phoneticKey } from './phonetic.ts';
import type { ComparisonSettings, LinkageSettings } from './settings.ts';
import { Dictionary, memoise, sharedFloat64, sharedInt16, sharedInt32, sharedUint8 } from './shared.ts';
import { readColumn, type RecordTable } from './table.ts';

export const KIND = {
  exact: 0,
  jaro_winkler: 1,
  damerau_levenshtein: 2,
  date: 3,
  given_names: 4,
  family_names: 5,
} as const;

/** Level 0 is always "null: no evidence"; level 1 is always the exact match that TF adjusts. */
export const NULL_LEVEL = 0;
export const EXACT_LEVEL = 1;

/**
 * One comparison, compiled. Every instance has every field (unused ones are empty) so that V8 sees
 * one object shape in the scoring loop.
 */
export interface CompiledComparison {
  name: string;
  kind: number;
  levelCount: number;
  labels: string[];
  /** Columns (or person fields) the comparison reads; EM skips it in sessions blocked on them. */
  columns: string[];
  thresholds: Float64Array;
  a: Int32Array;
  b: Int32Array;
  c: Int32Array;
  d: Int32Array;
  e: Int32Array;
  f: Int32Array;
  canon: Int32Array;
  codes: Uint16Array;
  offsets: Int32Array;
  year: Int16Array;
  month: Uint8Array;
  day: Uint8Array;
  days: Int32Array;
  valid: Uint8Array;
  /** Id per record of the value whose frequency adjusts the exact level; empty without TF. */
  tf: Int32Array;
  /** Relative frequency of each TF value among non-null records. */
  tfFrequency: Float64Array;
  /**
   * Jaro-Winkler results per pair of value ids, made lazily by each thread (levels.ts); common
   * names meet over and over in candidate pairs.
   */
  jwCache: JwCache | null;
  /**
   * All comparisons' per-record ids packed record by record (see packRecords): the scoring loop
   * reads a pair's features from two short runs of memory instead of ~50 scattered arrays, which
   * at a million records is the difference between cache hits and misses.
   */
  rec: Int32Array;
  /** Ints per record in `rec`, this comparison's first slot, and the slot of its TF id. */
  width: number;
  base: number;
  tfSlot: number;
}

export interface JwCache {
  keys: Int32Array;
  values: Float64Array;
  /**
   * Levels of name comparisons per (ordered) pair of value ids: a given-names or family-names
   * level depends only on the two names, and common names meet in block after block.
   */
  levelKeys: Int32Array;
  levels: Uint8Array;
}

export interface PersonColumns {
  given: string[][];
  family1: string[];
  family2: string[];
  /** The settings columns they came from, so EM knows which comparisons a rule touches. */
  columns: string[];
}

export interface PreparedData {
  n: number;
  /** 0/1 per record: which input it came from (all 0 when deduplicating). */
  source: Uint8Array;
  isLink: boolean;
  comparisons: CompiledComparison[];
}

const EMPTY_I32 = new Int32Array(0);
const EMPTY_F64 = new Float64Array(0);

function blank(name: string, kind: number, labels: string[], columns: string[]): CompiledComparison {
  return {
    name, kind, levelCount: labels.length, labels, columns,
    thresholds: EMPTY_F64, a: EMPTY_I32, b: EMPTY_I32, c: EMPTY_I32, d: EMPTY_I32, e: EMPTY_I32,
    f: EMPTY_I32, canon: EMPTY_I32, codes: new Uint16Array(0), offsets: EMPTY_I32,
    year: new Int16Array(0), month: new Uint8Array(0), day: new Uint8Array(0), days: EMPTY_I32,
    valid: new Uint8Array(0), tf: EMPTY_I32, tfFrequency: EMPTY_F64, jwCache: null,
    rec: EMPTY_I32, width: 0, base: 0, tfSlot: 0,
  };
}

/** Parse the person's name fields of every record once. */
export function parsePersonColumns(table: RecordTable, settings: LinkageSettings): PersonColumns | undefined {
  const p = settings.person;
  if (!p) return undefined;
  const n = table.rows.length;
  const given: string[][] = new Array(n);
  const family1: string[] = new Array(n);
  const family2: string[] = new Array(n);
  if (p.full) {
    const full = readColumn(table, p.full);
    for (let i = 0; i < n; i++) {
      const parsed = parseFullName(full[i]);
      given[i] = parsed.given;
      family1[i] = parsed.family1;
      family2[i] = parsed.family2;
    }
    return { given, family1, family2, columns: [p.full] };
  }
  const g = p.given ? readColumn(table, p.given) : undefined;
  const f1 = p.family1 ? readColumn(table, p.family1) : undefined;
  const f2 = p.family2 ? readColumn(table, p.family2) : undefined;
  const cache = new Map<string, string[]>();
  for (let i = 0; i < n; i++) {
    const parsed = parseName(g ? g[i] : '', f1 ? f1[i] : '', f2 ? f2[i] : '');
    // Share identical token arrays: a million registrations hold far fewer distinct given names.
    const key = parsed.given.join(' ');
    let tokens = cache.get(key);
    if (!tokens) {
      tokens = parsed.given;
      cache.set(key, tokens);
    }
    given[i] = tokens;
    family1[i] = parsed.family1;
    family2[i] = parsed.family2;
  }
  return { given, family1, family2, columns: [p.given, p.family1, p.family2].filter((c): c is string => !!c) };
}

function finishTf(cc: CompiledComparison, dict: Dictionary, ids: Int32Array, enabled: boolean): void {
  if (!enabled) return;
  let total = 0;
  for (const c of dict.counts) total += c;
  const freq = sharedFloat64(dict.values.length);
  for (let id = 0; id < dict.values.length; id++) freq[id] = total > 0 ? dict.counts[id] / total : 0;
  cc.tf = ids;
  cc.tfFrequency = freq;
}

function normaliserFor(c: ComparisonSettings): (s: string) => string {
  if (c.type === 'damerau_levenshtein') {
    if (c.normalise === 'phone') return normalisePhone;
    if (c.normalise === 'identifier') return normaliseIdentifier;
  }
  return foldText;
}

function compileString(c: ComparisonSettings & { column: string }, table: RecordTable): CompiledComparison {
  const values = readColumn(table, c.column);
  const normalise = normaliserFor(c);
  const dict = new Dictionary();
  const ids = sharedInt32(values.length);
  // One lookup per record: raw value → id of its normalised form.
  const idOfRaw = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    let id = idOfRaw.get(values[i]);
    if (id === undefined) {
      id = dict.intern(normalise(values[i]));
      idOfRaw.set(values[i], id);
    }
    if (id >= 0) dict.counts[id]++;
    ids[i] = id;
  }
  // The swap column shares the dictionary, so that ids compare across the two columns.
  const swap = c.type === 'jaro_winkler' && c.swap_column ? readColumn(table, c.swap_column) : undefined;
  const swapIds = swap ? sharedInt32(values.length) : EMPTY_I32;
  if (swap) for (let i = 0; i < values.length; i++) swapIds[i] = dict.intern(normalise(swap[i]));
  let labels: string[];
  let kind: number;
  let thresholds: number[] = [];
  if (c.type === 'jaro_winkler') {
    kind = KIND.jaro_winkler;
    thresholds = c.thresholds;
    labels = swap
      ? ['null', 'exact', `swapped with ${c.swap_column}`, ...thresholds.map((t) => `jaro_winkler >= ${t}`),
        `swapped with ${c.swap_column}, jaro_winkler >= ${thresholds[0]}`, 'else']
      : ['null', 'exact', ...thresholds.map((t) => `jaro_winkler >= ${t}`), 'else'];
  } else if (c.type === 'damerau_levenshtein') {
    kind = KIND.damerau_levenshtein;
    thresholds = c.thresholds;
    labels = ['null', 'exact', ...thresholds.map((t) => `damerau_levenshtein <= ${t}`), 'else'];
  } else {
    kind = KIND.exact;
    labels = ['null', 'exact', 'else'];
  }
  const cc = blank(c.name, kind, labels, swap ? [c.column, (c as { swap_column: string }).swap_column] : [c.column]);
  cc.a = ids;
  cc.b = swapIds;
  cc.thresholds = Float64Array.from(thresholds);
  const pool = dict.pool();
  cc.codes = pool.codes;
  cc.offsets = pool.offsets;
  finishTf(cc, dict, ids, 'term_frequency' in c && c.term_frequency === true);
  return cc;
}

const DATE_LABELS = [
  'null', 'exact', 'exact on 1 January (placeholder)', 'partial date agrees (year only, month, 1 January)',
  'day and month swapped', 'one digit typo or transposition', 'within a month', 'within a year', 'else',
];

function compileDate(c: { name: string; column: string }, table: RecordTable): CompiledComparison {
  const values = readColumn(table, c.column);
  const n = values.length;
  const cc = blank(c.name, KIND.date, DATE_LABELS, [c.column]);
  cc.year = sharedInt16(n);
  cc.month = sharedUint8(n);
  cc.day = sharedUint8(n);
  cc.days = sharedInt32(n);
  cc.valid = sharedUint8(n);
  cc.a = sharedInt32(n, -1);
  const cache = new Map<string, ReturnType<typeof parseDate>>();
  for (let i = 0; i < n; i++) {
    let d = cache.get(values[i]);
    if (d === undefined && !cache.has(values[i])) {
      d = parseDate(values[i]);
      cache.set(values[i], d);
    }
    if (!d) continue;
    cc.year[i] = d.year;
    cc.month[i] = d.month;
    cc.day[i] = d.day;
    cc.a[i] = d.digits;
    if (d.valid) {
      cc.valid[i] = 1;
      cc.days[i] = dayNumber(d.year, d.month, d.day);
    }
  }
  return cc;
}

const GIVEN_LABELS = [
  'null', 'exact', 'first given name equal', 'a given name in common', 'nickname of the same name',
  'first given name jaro_winkler high', 'first given name jaro_winkler medium', 'sounds alike',
  'first given name jaro_winkler low', 'same initial', 'else',
];

function compileGiven(c: ComparisonSettings & { type: 'given_names' }, person: PersonColumns): CompiledComparison {
  const n = person.given.length;
  const cc = blank(c.name, KIND.given_names, GIVEN_LABELS, person.columns);
  const full = new Dictionary();
  const tokens = new Dictionary();
  const sounds = new Dictionary();
  const phon = memoise(phoneticKey);
  cc.a = sharedInt32(n, -1);
  cc.b = sharedInt32(n, -1);
  cc.c = sharedInt32(n, -1);
  cc.d = sharedInt32(n, -1);
  cc.e = sharedInt32(n, -1);
  cc.f = sharedInt32(n, -1);
  cc.canon = sharedInt32(n * 4, -1);
  const canonCache = new Map<string, number[]>();
  // parsePersonColumns shares one token array per distinct given name, so the ids of a distinct
  // name are worked out once and copied for every record that bears it.
  const done = new Map<string[], number>();
  for (let i = 0; i < n; i++) {
    const g = person.given[i];
    if (g.length === 0) continue;
    const first = done.get(g);
    if (first !== undefined) {
      cc.a[i] = cc.a[first];
      full.counts[cc.a[i]]++;
      cc.b[i] = cc.b[first];
      cc.c[i] = cc.c[first];
      cc.d[i] = cc.d[first];
      cc.e[i] = cc.e[first];
      cc.f[i] = cc.f[first];
      for (let k = 0; k < 4; k++) cc.canon[i * 4 + k] = cc.canon[first * 4 + k];
      continue;
    }
    done.set(g, i);
    cc.a[i] = full.add(g.join(' '));
    cc.b[i] = tokens.intern(g[0]);
    if (g.length > 1) cc.c[i] = tokens.intern(g[1]);
    if (g.length > 2) cc.d[i] = tokens.intern(g[2]);
    cc.e[i] = sounds.intern(phon(g[0]));
    if (g.length > 1) cc.f[i] = sounds.intern(phon(g[1]));
    for (let t = 0; t < 2 && t < g.length; t++) {
      let ids = canonCache.get(g[t]);
      if (!ids) {
        ids = canonicalGivenNames(g[t]).slice(0, 2).map((name) => tokens.intern(name));
        canonCache.set(g[t], ids);
      }
      for (let k = 0; k < ids.length; k++) cc.canon[i * 4 + t * 2 + k] = ids[k];
    }
  }
  cc.thresholds = Float64Array.from(c.thresholds);
  const pool = tokens.pool();
  cc.codes = pool.codes;
  cc.offsets = pool.offsets;
  finishTf(cc, full, cc.a, c.term_frequency);
  return cc;
}

const FAMILY_LABELS = [
  'null', 'both family names equal', 'family names swapped', 'first equal, second missing on one side',
  'first equal, second similar', 'first equal, second differs', 'second equal, first similar',
  'a family name in the other position', 'both similar', 'sounds alike', 'first fairly similar, or one close in the other position', 'else',
];

function compileFamily(c: ComparisonSettings & { type: 'family_names' }, person: PersonColumns): CompiledComparison {
  const n = person.family1.length;
  const cc = blank(c.name, KIND.family_names, FAMILY_LABELS, person.columns);
  const names = new Dictionary();
  const combos = new Dictionary();
  const sounds = new Dictionary();
  const phon = memoise(phoneticKey);
  cc.a = sharedInt32(n, -1);
  cc.b = sharedInt32(n, -1);
  cc.c = sharedInt32(n, -1);
  cc.e = sharedInt32(n, -1);
  cc.f = sharedInt32(n, -1);
  const done = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const f1 = person.family1[i];
    const f2 = person.family2[i];
    if (f1 === '') continue;
    const pair = f2 === '' ? f1 : `${f1}|${f2}`;
    const first = done.get(pair);
    if (first !== undefined) {
      // The same pair of family names seen before: copy its ids (one lookup instead of five).
      cc.a[i] = cc.a[first];
      cc.b[i] = cc.b[first];
      cc.c[i] = cc.c[first];
      combos.counts[cc.c[i]]++;
      cc.e[i] = cc.e[first];
      cc.f[i] = cc.f[first];
      continue;
    }
    done.set(pair, i);
    cc.a[i] = names.intern(f1);
    cc.b[i] = names.intern(f2);
    // TF on the pair "S1|S2" so that two García Hernández agree for less than two rare names.
    cc.c[i] = combos.add(pair);
    cc.e[i] = sounds.intern(phon(f1));
    cc.f[i] = sounds.intern(phon(f2));
  }
  // The second band (0.8) only applies when the other family name agrees.
  cc.thresholds = Float64Array.from([c.threshold, 0.8]);
  const pool = names.pool();
  cc.codes = pool.codes;
  cc.offsets = pool.offsets;
  finishTf(cc, combos, cc.c, c.term_frequency);
  return cc;
}

/**
 * Compile every comparison of the settings over the table.
 * @example const data = prepareData(table, settings); // then block, train and score
 */
export function prepareData(table: RecordTable, settings: LinkageSettings, person?: PersonColumns): PreparedData {
  const n = table.rows.length;
  const p = person ?? parsePersonColumns(table, settings);
  const comparisons = settings.comparisons.map((c) => {
    switch (c.type) {
      case 'date':
        return compileDate(c, table);
      case 'given_names':
        return compileGiven(c, p!);
      case 'family_names':
        return compileFamily(c, p!);
      default:
        return compileString(c, table);
    }
  });
  packRecords(comparisons, n);
  const source = sharedUint8(n);
  if (table.source.length === n) source.set(table.source);
  const isLink = table.source.length === n && table.source.some((s) => s !== 0);
  return { n, source, isLink, comparisons };
}

/** The per-record arrays of a comparison, in slot order (levels.ts reads them by slot). */
function slotArrays(cc: CompiledComparison): Array<ArrayLike<number>> {
  switch (cc.kind) {
    case KIND.date:
      return [cc.a, cc.days, cc.year, cc.month, cc.day, cc.valid];
    case KIND.given_names:
      return [cc.a, cc.b, cc.c, cc.d, cc.e, cc.f];
    case KIND.family_names:
      return [cc.a, cc.b, cc.c, cc.e, cc.f];
    default:
      return cc.b.length > 0 ? [cc.a, cc.b] : [cc.a];
  }
}

/** Pack every comparison's per-record ids into one record-major shared array. */
function packRecords(comparisons: CompiledComparison[], n: number): void {
  let width = 0;
  const layout = comparisons.map((cc) => {
    const arrays = slotArrays(cc);
    const base = width;
    width += arrays.length + (cc.kind === KIND.given_names ? 4 : 0);
    return { arrays, base };
  });
  const rec = sharedInt32(n * width);
  comparisons.forEach((cc, c) => {
    const { arrays, base } = layout[c];
    for (let i = 0; i < n; i++) {
      const row = i * width + base;
      for (let k = 0; k < arrays.length; k++) rec[row + k] = arrays[k][i];
      if (cc.kind === KIND.given_names) for (let k = 0; k < 4; k++) rec[row + 6 + k] = cc.canon[i * 4 + k];
    }
    cc.rec = rec;
    cc.width = width;
    cc.base = base;
    cc.tfSlot = cc.kind === KIND.family_names ? 2 : 0;
  });
}
