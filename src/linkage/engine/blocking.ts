/**
 * Blocking: candidate pairs are the union of several rules, each an equality on a few keys
 * (linkage.md §1.2 and §5.4). As in Splink, a pair found by a rule is skipped by every later rule
 * that also finds it (`AND NOT (earlier rules)`), so each pair is scored once and carries the rule
 * that found it; here the check is an equality of precomputed key ids, not a Set of pair keys.
 * Oversized blocks are skipped and reported, as linkage.md §5.4 advises.
 *
 * Key expressions: a column or person field, optionally wrapped in a function:
 *   surname, phonetic(surname), year(birth_date), date(birth_date), date_unordered(birth_date),
 *   prefix(surname, 3), initial(given1), identifier(document_number), phone(phone),
 *   canonical(given1), maybe(family2) (a missing value is a key too); person fields: given1, given2, given_any, family1, family2, family_any;
 *   "a|b" takes the values of both columns (a key for each), e.g. phonetic(given_name|surname).
 */

import { canonicalGivenNames } from './nicknames.ts';
import { foldCompact, foldText, normaliseIdentifier, normalisePhone } from './normalise.ts';
import { parseDate } from './dates.ts';
import { phoneticKey } from './phonetic.ts';
import type { PersonColumns } from './features.ts';
import { keyColumn, keyFunction } from './settings.ts';
import { PairIds, sharedInt32 } from './shared.ts';
import { readColumn, type RecordTable } from './table.ts';

/** Keys per record per rule: a rule on family_any × canonical(given1) may give several. */
export const KEY_SLOTS = 4;

export interface BlockingRuleIndex {
  expressions: string[];
  /** KEY_SLOTS key ids per record, -1 for none (or for a key whose block was too big). */
  keys: Int32Array;
  /** Block b holds members[blockStart[b] .. blockStart[b+1]). */
  blockStart: Int32Array;
  members: Int32Array;
  blockCount: number;
  /** True when some record has more than one key (then pairs need the first-shared-key check). */
  multi: boolean;
  cappedBlocks: number;
  cappedRecords: number;
}

const PERSON_FIELDS = new Set(['given1', 'given2', 'given_any', 'family1', 'family2', 'family_any']);

function keyTransform(fn: string, arg: number): (v: string) => string[] {
  switch (fn) {
    case '':
      return (v) => [foldText(v)];
    case 'phonetic':
      return (v) => [phoneticKey(v)];
    case 'year':
      return (v) => {
        const d = parseDate(v);
        return d ? [String(d.year)] : [];
      };
    case 'date':
      return (v) => {
        const d = parseDate(v);
        return d && d.valid ? [String(d.digits)] : [];
      };
    case 'date_unordered':
      // The same key for 1990-03-07 and 1990-07-03: catches day and month swapped.
      return (v) => {
        const d = parseDate(v);
        if (!d || !d.valid) return [];
        return [`${d.year}-${Math.min(d.month, d.day)}-${Math.max(d.month, d.day)}`];
      };
    case 'prefix':
      return (v) => [foldCompact(v).slice(0, arg || 3)];
    case 'initial':
      return (v) => [foldCompact(v).slice(0, 1)];
    case 'identifier':
      return (v) => [normaliseIdentifier(v)];
    case 'phone':
      return (v) => [normalisePhone(v)];
    case 'maybe':
      // Handled in evaluateExpression: a missing value becomes a key of its own.
      return (v) => [foldText(v)];
    case 'canonical':
      return (v) => canonicalGivenNames(foldText(v));
    default:
      throw new Error(`unknown key function "${fn}"`);
  }
}

/** Key values of one expression, as dictionary ids: KEY_SLOTS per record, -1 for none. */
type ExpressionIds = Int32Array;

/** A column (or single-valued person field) as ids into its distinct values. */
interface ColumnIds {
  ids: Int32Array;
  values: string[];
}

function encodeColumn(values: ArrayLike<string>): ColumnIds {
  const index = new Map<string, number>();
  const distinct: string[] = [];
  const ids = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let id = index.get(v);
    if (id === undefined) {
      id = distinct.length;
      index.set(v, id);
      distinct.push(v);
    }
    ids[i] = id;
  }
  return { ids, values: distinct };
}

/**
 * Evaluations of key expressions, shared by all the rules of a run: several rules reuse
 * year(birth_date) or family_any, and a million records make every evaluation count. Columns are
 * encoded once as ids of distinct values, so a key function runs once per distinct value.
 */
export class KeyCache {
  private readonly cache = new Map<string, ExpressionIds>();
  private readonly columns = new Map<string, ColumnIds>();
  constructor(
    readonly table: RecordTable,
    readonly person: PersonColumns | undefined,
  ) {}

  get(expression: string): ExpressionIds {
    let ids = this.cache.get(expression);
    if (!ids) {
      ids = evaluateExpression(expression, this);
      this.cache.set(expression, ids);
    }
    return ids;
  }

  /** Ids of a raw column or of a person field (given1, given2, family1, family2). */
  column(name: string): ColumnIds {
    let col = this.columns.get(name);
    if (!col) {
      if (PERSON_FIELDS.has(name)) {
        const p = this.person;
        if (!p) throw new Error(`key "${name}" needs a "person" section in the settings`);
        const n = p.family1.length;
        const values = new Array<string>(n);
        for (let i = 0; i < n; i++) {
          values[i] = name === 'given1' ? (p.given[i][0] ?? '') : name === 'given2' ? (p.given[i][1] ?? '')
            : name === 'family1' ? p.family1[i] : p.family2[i];
        }
        col = encodeColumn(values);
      } else col = encodeColumn(readColumn(this.table, name));
      this.columns.set(name, col);
    }
    return col;
  }
}

/** Single-valued fields that a multi-valued person field is made of. */
const PERSON_PARTS: Record<string, string[]> = {
  given_any: ['given1', 'given2'],
  family_any: ['family1', 'family2'],
};

function evaluateExpression(expression: string, keyCache: KeyCache): ExpressionIds {
  const column = keyColumn(expression);
  const { fn, arg } = keyFunction(expression);
  const transform = keyTransform(fn, arg);
  const dictionary = new Map<string, number>();
  // maybe(x): "no value" is a key too, so two records both lacking x still meet.
  const missing = fn === 'maybe' ? ['\u2205'] : [];
  const keyIds = (v: string): number[] =>
    (v === '' ? missing : transform(v))
      .filter((k) => k !== '')
      .map((k) => {
        let id = dictionary.get(k);
        if (id === undefined) {
          id = dictionary.size;
          dictionary.set(k, id);
        }
        return id;
      });
  // "given_name|surname": a key for each column's value, so swapped values still meet; the person
  // fields given_any and family_any are the same over their two parts.
  const sources = column.split('|').flatMap((c) => PERSON_PARTS[c] ?? [c]);
  const encoded = sources.map((c) => {
    const col = keyCache.column(c);
    return { ids: col.ids, keys: col.values.map(keyIds) };
  });
  const n = keyCache.table.rows.length;
  // Shared memory: the worker threads build rule indexes from these (parallel.ts buildRuleIndexes).
  const ids = sharedInt32(n * KEY_SLOTS, -1);
  for (let i = 0; i < n; i++) {
    const base = i * KEY_SLOTS;
    let slot = 0;
    for (let e = 0; e < encoded.length; e++) {
      const keys = encoded[e].keys[encoded[e].ids[i]];
      for (let k = 0; k < keys.length && slot < KEY_SLOTS; k++) {
        const v = keys[k];
        let seen = false;
        for (let s2 = 0; s2 < slot; s2++) if (ids[base + s2] === v) seen = true;
        if (!seen) ids[base + slot++] = v;
      }
    }
  }
  return ids;
}

/** Columns a rule reads (person fields map to the person columns). */
export function ruleColumns(rule: string[], person: PersonColumns | undefined): string[] {
  return rule.flatMap((e) =>
    keyColumn(e)
      .split('|')
      .flatMap((c) => (PERSON_FIELDS.has(c) ? (person?.columns ?? []) : [c])),
  );
}

/**
 * Build the index of one rule: key ids per record and the records of each block.
 * @example buildRuleIndex(['family1', 'year(birth_date)'], table, person, 5000)
 */
export function buildRuleIndex(
  rule: string[],
  table: RecordTable,
  person: PersonColumns | undefined,
  maxBlockSize: number,
  cache: KeyCache = new KeyCache(table, person),
): BlockingRuleIndex {
  return buildRuleIndexFromKeys(rule, rule.map((e) => cache.get(e)), table.rows.length, maxBlockSize);
}

/**
 * Build the index of one rule from its expressions' key ids (KeyCache.get): what a worker thread
 * runs, the strings having been turned into ids in the main thread.
 */
export function buildRuleIndexFromKeys(rule: string[], parts: Int32Array[], n: number, maxBlockSize: number): BlockingRuleIndex {
  const keys = sharedInt32(n * KEY_SLOTS, -1);
  // Combine the parts' ids two at a time through a numeric hash: far cheaper than string keys.
  let current = parts[0];
  for (let p = 1; p < parts.length; p++) {
    const next = new Int32Array(n * KEY_SLOTS).fill(-1);
    const combined = new PairIds(n);
    const right = parts[p];
    for (let i = 0; i < n; i++) {
      let slot = 0;
      const base = i * KEY_SLOTS;
      for (let s = 0; s < KEY_SLOTS && slot < KEY_SLOTS; s++) {
        const a = current[base + s];
        if (a < 0) continue;
        for (let t = 0; t < KEY_SLOTS && slot < KEY_SLOTS; t++) {
          const b = right[base + t];
          if (b < 0) continue;
          next[base + slot++] = combined.id(a, b);
        }
      }
    }
    current = next;
  }
  let blockCount = 0;
  for (let x = 0; x < current.length; x++) if (current[x] >= blockCount) blockCount = current[x] + 1;
  const counts = new Int32Array(blockCount);
  for (let i = 0; i < n; i++) {
    const base = i * KEY_SLOTS;
    let slot = 0;
    for (let s = 0; s < KEY_SLOTS; s++) {
      const id = current[base + s];
      if (id < 0) continue;
      let seen = false;
      for (let q = 0; q < slot; q++) if (keys[base + q] === id) seen = true;
      if (seen) continue;
      keys[base + slot++] = id;
      counts[id]++;
    }
  }
  let cappedBlocks = 0;
  let cappedRecords = 0;
  const capped = new Uint8Array(counts.length);
  const maxBlock = maxBlockSize;
  for (let b = 0; b < counts.length; b++) {
    if (counts[b] > maxBlock) {
      capped[b] = 1;
      cappedBlocks++;
      cappedRecords += counts[b];
      counts[b] = 0;
    }
  }
  const blockStart = sharedInt32(counts.length + 1);
  for (let b = 0; b < counts.length; b++) blockStart[b + 1] = blockStart[b] + (counts[b] < 2 ? 0 : counts[b]);
  const fill = new Int32Array(counts.length);
  const members = sharedInt32(blockStart[counts.length]);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < KEY_SLOTS; s++) {
      const at = i * KEY_SLOTS + s;
      const b = keys[at];
      if (b < 0) continue;
      if (capped[b] === 1) {
        keys[at] = -1;
        continue;
      }
      if (counts[b] < 2) continue;
      members[blockStart[b] + fill[b]++] = i;
    }
  }
  // Close the holes capped keys left, so that key scans can stop at the first -1.
  let multi = false;
  for (let i = 0; i < n; i++) {
    const base = i * KEY_SLOTS;
    let w = 0;
    for (let s = 0; s < KEY_SLOTS; s++) {
      const k = keys[base + s];
      if (k >= 0) keys[base + w++] = k;
    }
    for (let s = w; s < KEY_SLOTS; s++) keys[base + s] = -1;
    if (w > 1) multi = true;
  }
  return { expressions: rule, keys, blockStart, members, blockCount: counts.length, multi, cappedBlocks, cappedRecords };
}

/**
 * The smallest key id that records i and j share under a rule, or -1. A pair is generated only in
 * that block, so two records sharing two keys are still scored once.
 */
export function firstSharedKey(keys: Int32Array, i: number, j: number): number {
  let best = -1;
  const bi = i * KEY_SLOTS;
  const bj = j * KEY_SLOTS;
  for (let s = 0; s < KEY_SLOTS; s++) {
    const k = keys[bi + s];
    if (k < 0) break;
    for (let t = 0; t < KEY_SLOTS; t++) {
      const q = keys[bj + t];
      if (q < 0) break;
      if (q === k && (best < 0 || k < best)) best = k;
    }
  }
  return best;
}

/** Whether records i and j share a key under a rule (fast path for single-key rules). */
export function sharesKey(rule: BlockingRuleIndex, i: number, j: number): boolean {
  if (!rule.multi) {
    const k = rule.keys[i * KEY_SLOTS];
    return k >= 0 && k === rule.keys[j * KEY_SLOTS];
  }
  return firstSharedKey(rule.keys, i, j) >= 0;
}

/** Whether any rule of the union keeps the pair (for measuring blocking recall). */
export function isPairBlocked(rules: BlockingRuleIndex[], i: number, j: number): boolean {
  for (const r of rules) if (sharesKey(r, i, j)) return true;
  return false;
}

/**
 * Visit every pair a rule generates in blocks [from, to), skipping pairs of one source when
 * linking and pairs an earlier rule (index < ruleIndex) already generated.
 * Returns the number of pairs visited.
 */
export function forEachBlockPair(
  rules: BlockingRuleIndex[],
  ruleIndex: number,
  from: number,
  to: number,
  source: Uint8Array,
  isLink: boolean,
  visit: (i: number, j: number) => void,
): number {
  const rule = rules[ruleIndex];
  const { blockStart, members, multi, keys } = rule;
  let visited = 0;
  for (let b = from; b < to; b++) {
    const s = blockStart[b];
    const e = blockStart[b + 1];
    for (let p = s; p < e - 1; p++) {
      const i = members[p];
      for (let q = p + 1; q < e; q++) {
        const j = members[q];
        if (isLink && source[i] === source[j]) continue;
        if (multi && firstSharedKey(keys, i, j) !== b) continue;
        let earlier = false;
        for (let r = 0; r < ruleIndex; r++) {
          if (sharesKey(rules[r], i, j)) {
            earlier = true;
            break;
          }
        }
        if (earlier) continue;
        visit(i, j);
        visited++;
      }
    }
  }
  return visited;
}

/** Upper bound of the pairs in blocks [from, to) of a rule, for splitting work. */
export function countBlockPairs(rule: BlockingRuleIndex, from: number, to: number): number {
  let total = 0;
  for (let b = from; b < to; b++) {
    const size = rule.blockStart[b + 1] - rule.blockStart[b];
    total += (size * (size - 1)) / 2;
  }
  return total;
}

/**
 * Every rule's keys of a record side by side (record-major), so that checking whether an earlier
 * rule already produced a pair reads two short runs of memory instead of two cache misses per rule.
 */
export interface UnionKeys {
  rules: number;
  /** rules * KEY_SLOTS ids per record. */
  keys: Int32Array;
  /** 1 when the rule has records with several keys. */
  multi: Uint8Array;
}

export function interleaveKeys(rules: BlockingRuleIndex[], n: number): UnionKeys {
  const stride = rules.length * KEY_SLOTS;
  const keys = sharedInt32(n * stride, -1);
  rules.forEach((rule, r) => {
    for (let i = 0; i < n; i++) {
      for (let s = 0; s < KEY_SLOTS; s++) keys[i * stride + r * KEY_SLOTS + s] = rule.keys[i * KEY_SLOTS + s];
    }
  });
  return { rules: rules.length, keys, multi: Uint8Array.from(rules.map((r) => (r.multi ? 1 : 0))) };
}
