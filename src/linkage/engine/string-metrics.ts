/**
 * String similarity with Splink's semantics.
 *
 * Splink's default backend is DuckDB, whose `jaro_winkler_similarity` is rapidfuzz's: the match
 * window is floor(max(|a|,|b|) / 2) - 1, transpositions are counted as an integer half of the
 * out-of-order matches, the Winkler boost uses a common prefix of at most 4 characters with weight
 * 0.1 and is applied only when the Jaro similarity is strictly above 0.7. Copying this exactly
 * keeps Splink's thresholds (0.92 / 0.88 / 0.70) meaningful here (linkage.md §5.2, DuckDB test
 * vectors: DWAYNE/DUANE 0.84, CRATE/TRACE 0.7333).
 *
 * The hot-path variants read characters straight from a shared code array (a dictionary of
 * distinct values, see features.ts) so scoring never builds strings; scratch buffers are reused.
 */

const MAX_LEN = 256;
const flagsA = new Uint8Array(MAX_LEN);
const flagsB = new Uint8Array(MAX_LEN);

/** Jaro similarity of codes[a0..a1) and codes[b0..b1). */
export function jaroCodes(codes: Uint16Array, a0: number, a1: number, b0: number, b1: number): number {
  let lenA = a1 - a0;
  let lenB = b1 - b0;
  if (lenA === 0 || lenB === 0) return lenA === lenB ? 1 : 0;
  // Very long values are cut: names and identifiers never reach this length.
  if (lenA > MAX_LEN) lenA = MAX_LEN;
  if (lenB > MAX_LEN) lenB = MAX_LEN;
  const maxLen = lenA > lenB ? lenA : lenB;
  const half = maxLen >> 1;
  const window = half > 0 ? half - 1 : 0;
  // Plain loops: for names a few characters long, fill()'s call costs more than the clearing.
  for (let i = 0; i < lenA; i++) flagsA[i] = 0;
  for (let j = 0; j < lenB; j++) flagsB[j] = 0;
  let common = 0;
  for (let i = 0; i < lenA; i++) {
    const c = codes[a0 + i];
    const lo = i > window ? i - window : 0;
    const hi = i + window + 1 < lenB ? i + window + 1 : lenB;
    for (let j = lo; j < hi; j++) {
      if (flagsB[j] === 0 && codes[b0 + j] === c) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        common++;
        break;
      }
    }
  }
  if (common === 0) return 0;
  let outOfOrder = 0;
  let k = 0;
  for (let i = 0; i < lenA; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (codes[a0 + i] !== codes[b0 + k]) outOfOrder++;
    k++;
  }
  // Integer division, as rapidfuzz/DuckDB do (linkage.md §5.2).
  const transpositions = outOfOrder >> 1;
  return (common / lenA + common / lenB + (common - transpositions) / common) / 3;
}

/** Jaro-Winkler similarity of two slices of one code array (DuckDB semantics). */
export function jaroWinklerCodes(codes: Uint16Array, a0: number, a1: number, b0: number, b1: number): number {
  const sim = jaroCodes(codes, a0, a1, b0, b1);
  if (sim <= 0.7) return sim;
  const minLen = Math.min(a1 - a0, b1 - b0, 4);
  let prefix = 0;
  while (prefix < minLen && codes[a0 + prefix] === codes[b0 + prefix]) prefix++;
  const boosted = sim + prefix * 0.1 * (1 - sim);
  return boosted > 1 ? 1 : boosted;
}

const rowPrev2 = new Int32Array(MAX_LEN + 2);
const rowPrev = new Int32Array(MAX_LEN + 2);
const rowCur = new Int32Array(MAX_LEN + 2);
const bag = new Int32Array(128);

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form (adjacent transpositions, no
 * edits of a transposed pair). For the thresholds used in linkage (1 and 2) it agrees with the
 * unrestricted distance DuckDB computes except on contrived inputs such as "ca"/"abc".
 */
export function damerauLevenshteinCodes(
  codes: Uint16Array,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  limit = Infinity,
): number {
  const lenA = Math.min(a1 - a0, MAX_LEN);
  const lenB = Math.min(b1 - b0, MAX_LEN);
  const lenDiff = lenA > lenB ? lenA - lenB : lenB - lenA;
  if (lenDiff > limit) return limit + 1;
  if (limit < 4 && lenA <= MAX_LEN && lenB <= MAX_LEN) {
    // Bag distance (characters one side has that the other lacks) is a lower bound of the edit
    // distance, transpositions included, and costs a counting pass: unrelated document numbers and
    // phones are rejected without the matrix.
    for (let i = 0; i < lenA; i++) bag[codes[a0 + i] & 127]++;
    let missing = 0;
    for (let j = 0; j < lenB; j++) {
      const c = codes[b0 + j] & 127;
      if (bag[c] > 0) bag[c]--;
      else missing++;
    }
    for (let i = 0; i < lenA; i++) bag[codes[a0 + i] & 127] = 0;
    if (missing > limit) return limit + 1;
  }
  if (lenA === 0) return lenB;
  if (lenB === 0) return lenA;
  // With a limit, only cells within `limit` of the diagonal can stay under it (Ukkonen's band);
  // the others are treated as "over the limit".
  const band = limit < MAX_LEN ? limit : MAX_LEN;
  const over = band + 1;
  let p2 = rowPrev2;
  let p1 = rowPrev;
  let cur = rowCur;
  for (let j = 0; j <= lenB; j++) p1[j] = j;
  for (let i = 1; i <= lenA; i++) {
    const from = i - band > 1 ? i - band : 1;
    const to = i + band < lenB ? i + band : lenB;
    cur[from - 1] = from === 1 ? i : over;
    let rowMin = from === 1 ? i : over;
    const ca = codes[a0 + i - 1];
    for (let j = from; j <= to; j++) {
      const cb = codes[b0 + j - 1];
      let best = p1[j - 1] + (ca === cb ? 0 : 1);
      const del = p1[j] + 1;
      if (del < best) best = del;
      const ins = cur[j - 1] + 1;
      if (ins < best) best = ins;
      if (i > 1 && j > 1 && ca === codes[b0 + j - 2] && codes[a0 + i - 2] === cb) {
        const tr = p2[j - 2] + 1;
        if (tr < best) best = tr;
      }
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (to < lenB) cur[to + 1] = over;
    // Distances never shrink down the rows: once a whole row exceeds the limit, stop (the
    // comparison levels only ask "≤ 1?" and "≤ 2?").
    if (rowMin > limit) return limit + 1;
    const t = p2;
    p2 = p1;
    p1 = cur;
    cur = t;
  }
  const d = p1[lenB];
  return d > limit ? limit + 1 : d;
}

function toCodes(a: string, b: string): Uint16Array {
  const codes = new Uint16Array(a.length + b.length);
  for (let i = 0; i < a.length; i++) codes[i] = a.charCodeAt(i);
  for (let i = 0; i < b.length; i++) codes[a.length + i] = b.charCodeAt(i);
  return codes;
}

/**
 * Jaro similarity of two strings.
 * @example jaro('MARTHA', 'MARHTA') // 0.9444
 */
export function jaro(a: string, b: string): number {
  return jaroCodes(toCodes(a, b), 0, a.length, a.length, a.length + b.length);
}

/**
 * Jaro-Winkler similarity with DuckDB's (and so Splink's) semantics.
 * @example jaroWinkler('MARTHA', 'MARHTA') // 0.9611
 */
export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerCodes(toCodes(a, b), 0, a.length, a.length, a.length + b.length);
}

/**
 * Damerau-Levenshtein distance (optimal string alignment).
 * @example damerauLevenshtein('1234', '1243') // 1
 */
export function damerauLevenshtein(a: string, b: string): number {
  return damerauLevenshteinCodes(toCodes(a, b), 0, a.length, a.length, a.length + b.length);
}
