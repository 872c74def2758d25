/**
 * Comparison levels of one record pair: the hot path. Each comparison is an ordered list of
 * conditions and the first that holds decides the level, as in Splink (linkage.md §1.2); level 0 is
 * "null" (a value missing on either side), which adds no evidence.
 *
 * Written as plain functions over typed arrays with no allocation, so that a million pairs a second
 * fit on one core. Equal dictionary ids short-circuit before any string metric runs.
 */

import { isOneDigitEdit } from './dates.ts';
import { KIND, type CompiledComparison, type JwCache } from './features.ts';
import { damerauLevenshteinCodes, jaroWinklerCodes } from './string-metrics.ts';

const CACHE_BITS = 18;
const LEVEL_BITS = 16;

/**
 * Jaro-Winkler of two dictionary values through a direct-mapped cache (one per comparison and
 * thread, never shared: a torn write between threads could return another pair's value).
 */
function cacheOf(cc: CompiledComparison): JwCache {
  let cache = cc.jwCache;
  if (cache === null) {
    cache = {
      keys: new Int32Array(2 << CACHE_BITS).fill(-1), values: new Float64Array(1 << CACHE_BITS),
      levelKeys: new Int32Array(2 << LEVEL_BITS).fill(-1), levels: new Uint8Array(1 << LEVEL_BITS),
    };
    cc.jwCache = cache;
  }
  return cache;
}

function jw(cc: CompiledComparison, x: number, y: number): number {
  const cache = cacheOf(cc);
  const a = x < y ? x : y;
  const b = x < y ? y : x;
  const slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (32 - CACHE_BITS);
  const keys = cache.keys;
  if (keys[slot * 2] === a && keys[slot * 2 + 1] === b) return cache.values[slot];
  const o = cc.offsets;
  const value = jaroWinklerCodes(cc.codes, o[a], o[a + 1], o[b], o[b + 1]);
  keys[slot * 2] = a;
  keys[slot * 2 + 1] = b;
  cache.values[slot] = value;
  return value;
}

// Each level function reads record i's slots at rec[A + k] and record j's at rec[B + k], the slot
// order being features.ts's slotArrays.

function exactLevel(cc: CompiledComparison, A: number, B: number): number {
  const x = cc.rec[A];
  const y = cc.rec[B];
  if (x < 0 || y < 0) return 0;
  return x === y ? 1 : 2;
}

function jaroWinklerLevel(cc: CompiledComparison, A: number, B: number): number {
  const R = cc.rec;
  const x = R[A];
  const y = R[B];
  if (x < 0 || y < 0) return 0;
  if (x === y) return 1;
  const t = cc.thresholds;
  if (cc.b.length === 0) {
    const sim = jw(cc, x, y);
    for (let k = 0; k < t.length; k++) if (sim >= t[k]) return 2 + k;
    return 2 + t.length;
  }
  // With a swap column (FEBRL swaps given name and surname): both crossed values equal → swapped.
  const xs = R[A + 1];
  const ys = R[B + 1];
  const crossed = xs >= 0 && ys >= 0;
  if (crossed && x === ys && xs === y) return 2;
  const sim = jw(cc, x, y);
  for (let k = 0; k < t.length; k++) if (sim >= t[k]) return 3 + k;
  if (crossed) {
    // Swapped with a typo on one side: one cross exact and the other loosely similar, or both close.
    const s1 = x === ys ? 1 : jw(cc, x, ys);
    const s2 = xs === y ? 1 : jw(cc, xs, y);
    const low = t[t.length - 1];
    if ((s1 === 1 && s2 >= low) || (s2 === 1 && s1 >= low) || (s1 >= t[0] && s2 >= t[0])) return 3 + t.length;
  }
  return 4 + t.length;
}

function damerauLevel(cc: CompiledComparison, A: number, B: number): number {
  const x = cc.rec[A];
  const y = cc.rec[B];
  if (x < 0 || y < 0) return 0;
  if (x === y) return 1;
  const t = cc.thresholds;
  const o = cc.offsets;
  const lenDiff = Math.abs(o[x + 1] - o[x] - (o[y + 1] - o[y]));
  // The distance is at least the length difference: skip the matrix when no band can hold.
  if (lenDiff > t[t.length - 1]) return 2 + t.length;
  const dist = damerauLevenshteinCodes(cc.codes, o[x], o[x + 1], o[y], o[y + 1], t[t.length - 1]);
  for (let k = 0; k < t.length; k++) if (dist <= t[k]) return 2 + k;
  return 2 + t.length;
}

/** Levels: see DATE_LABELS in features.ts. Slots: digits, day number, year, month, day, valid. */
function dateLevel(cc: CompiledComparison, A: number, B: number): number {
  const R = cc.rec;
  const ya = R[A + 2];
  const yb = R[B + 2];
  if (ya === 0 || yb === 0) return 0;
  const ma = R[A + 3];
  const mb = R[B + 3];
  const da = R[A + 4];
  const db = R[B + 4];
  if (R[A + 5] === 1 && R[B + 5] === 1) {
    const janA = ma === 1 && da === 1;
    const janB = mb === 1 && db === 1;
    const diff = R[A + 1] - R[B + 1];
    if (diff === 0) return janA ? 2 : 1;
    // 1 January is often written for an unknown day: then only the year is evidence.
    if ((janA || janB) && ya === yb) return 3;
    if (da === mb && ma === db && ya === yb) return 4;
    if (isOneDigitEdit(R[A], R[B])) return 5;
    if (diff <= 31 && diff >= -31) return 6;
    return diff <= 366 && diff >= -366 ? 7 : 8;
  }
  const xa = R[A];
  const xb = R[B];
  if (xa >= 0 && xb >= 0) {
    // Both have eight digits but at least one is not a real date (a typo such as month 13).
    if (xa === xb) return 1;
    if (isOneDigitEdit(xa, xb)) return 5;
    return 8;
  }
  // At least one side is partial (year only, or year and month): agree on what both know.
  if (ya === yb) return ma === 0 || mb === 0 || ma === mb ? 3 : 7;
  return ya - yb <= 1 && yb - ya <= 1 ? 7 : 8;
}

/** Slots: full id, tokens 1-3, phonetic 1-2, then 4 canonical (nickname) ids. */
function givenLevel(cc: CompiledComparison, A: number, B: number): number {
  const R = cc.rec;
  const t1 = R[A + 1];
  const u1 = R[B + 1];
  if (t1 < 0 || u1 < 0) return 0;
  const x = R[A];
  const y = R[B];
  if (x === y) return 1;
  if (t1 === u1) return 2;
  // Every slot is a function of the full given names (features.ts compileGiven): cache by them.
  const cache = cacheOf(cc);
  const slot = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) >>> (32 - LEVEL_BITS);
  const keys = cache.levelKeys;
  if (keys[slot * 2] === x && keys[slot * 2 + 1] === y) return cache.levels[slot];
  const level = givenLevelOfNames(cc, R, A, B, t1, u1);
  keys[slot * 2] = x;
  keys[slot * 2 + 1] = y;
  cache.levels[slot] = level;
  return level;
}

function givenLevelOfNames(cc: CompiledComparison, R: Int32Array, A: number, B: number, t1: number, u1: number): number {
  const t2 = R[A + 2];
  const t3 = R[A + 3];
  const u2 = R[B + 2];
  const u3 = R[B + 3];
  if ((t2 >= 0 && (t2 === u1 || t2 === u2 || t2 === u3)) || (t3 >= 0 && (t3 === u1 || t3 === u2 || t3 === u3)) ||
    (u2 >= 0 && u2 === t1) || (u3 >= 0 && u3 === t1)) return 3;
  const c0 = R[B + 6];
  const c1 = R[B + 7];
  const c2 = R[B + 8];
  const c3 = R[B + 9];
  for (let p = 6; p < 10; p++) {
    const x = R[A + p];
    if (x < 0) continue;
    if (x === c0 || x === c1 || x === c2 || x === c3) return 4;
  }
  const sim = jw(cc, t1, u1);
  if (sim >= cc.thresholds[0]) return 5;
  if (sim >= cc.thresholds[1]) return 6;
  const ea = R[A + 4];
  const eb = R[B + 4];
  const fa = R[A + 5];
  const fb = R[B + 5];
  if (ea === eb || (fa >= 0 && fa === eb) || (fb >= 0 && ea === fb)) return 7;
  if (sim >= cc.thresholds[2]) return 8;
  if (cc.codes[cc.offsets[t1]] === cc.codes[cc.offsets[u1]]) return 9;
  return 10;
}

/** Levels: see FAMILY_LABELS in features.ts (linkage.md §4.2). Slots: f1, f2, pair, phonetic 1-2. */
function familyLevel(cc: CompiledComparison, A: number, B: number): number {
  const R = cc.rec;
  const x1 = R[A];
  const y1 = R[B];
  if (x1 < 0 || y1 < 0) return 0;
  // Every slot is a function of the two family names, whose pair has one id (slot 2): cache by it.
  const x = R[A + 2];
  const y = R[B + 2];
  // The same pair of names (the pair is one id only when the second name is there on both).
  if (x === y && R[A + 1] >= 0) return 1;
  const cache = cacheOf(cc);
  const slot = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) >>> (32 - LEVEL_BITS);
  const keys = cache.levelKeys;
  if (keys[slot * 2] === x && keys[slot * 2 + 1] === y) return cache.levels[slot];
  const level = familyLevelOfNames(cc, R, A, B, x1, y1);
  keys[slot * 2] = x;
  keys[slot * 2 + 1] = y;
  cache.levels[slot] = level;
  return level;
}

function familyLevelOfNames(cc: CompiledComparison, R: Int32Array, A: number, B: number, x1: number, y1: number): number {
  const x2 = R[A + 1];
  const y2 = R[B + 1];
  const both2 = x2 >= 0 && y2 >= 0;
  const t = cc.thresholds;
  if (x1 === y1) {
    if (x2 >= 0 && x2 === y2) return 1;
    if (!both2) return 3;
    return jw(cc, x2, y2) >= t[1] ? 4 : 5;
  }
  if (both2 && x1 === y2 && x2 === y1) return 2;
  const sim1 = jw(cc, x1, y1);
  // A typo in the first family name while the second agrees.
  if (both2 && x2 === y2 && sim1 >= t[1]) return 6;
  if ((x2 >= 0 && x2 === y1) || (y2 >= 0 && x1 === y2)) return 7;
  if (sim1 >= t[0]) {
    if (!both2 || x2 === y2 || jw(cc, x2, y2) >= t[0]) return 8;
  }
  const ea = R[A + 3];
  const eb = R[B + 3];
  const fa = R[A + 4];
  const fb = R[B + 4];
  if (ea === eb || (fa >= 0 && fa === eb) || (fb >= 0 && ea === fb)) return 9;
  // Looser: the first names fairly close, or a name in the other position close.
  if (sim1 >= t[1] || (y2 >= 0 && jw(cc, x1, y2) >= t[0]) || (x2 >= 0 && jw(cc, x2, y1) >= t[0])) return 10;
  return 11;
}

/**
 * The level of comparison `cc` for records i and j.
 * @example comparisonLevel(data.comparisons[0], 3, 17) // 1 = exact
 */
export function comparisonLevel(cc: CompiledComparison, i: number, j: number): number {
  const A = i * cc.width + cc.base;
  const B = j * cc.width + cc.base;
  switch (cc.kind) {
    case KIND.exact:
      return exactLevel(cc, A, B);
    case KIND.jaro_winkler:
      return jaroWinklerLevel(cc, A, B);
    case KIND.damerau_levenshtein:
      return damerauLevel(cc, A, B);
    case KIND.date:
      return dateLevel(cc, A, B);
    case KIND.given_names:
      return givenLevel(cc, A, B);
    default:
      return familyLevel(cc, A, B);
  }
}

/** The id whose frequency adjusts an exact match of comparison `cc` for record i. */
export function termFrequencyId(cc: CompiledComparison, i: number): number {
  return cc.rec[i * cc.width + cc.base + cc.tfSlot];
}
