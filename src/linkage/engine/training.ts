/**
 * Training without labels, as Splink does it (linkage.md §1.2, §5.3):
 *  - u from random pairs, which are nearly all non-matches (splink/internals/estimate_u.py);
 *  - λ from deterministic rules and a guessed recall (estimate_probability_two_random_records_match);
 *  - m by expectation maximisation on the pairs of each training blocking rule, u held fixed,
 *    skipping in each session the comparisons whose columns the rule blocks on, then averaging the
 *    sessions (estimate_parameters_using_expectation_maximisation, fix_u_probabilities=True).
 * EM runs on counts of distinct level patterns, as fastLink does, so it costs nothing per pair.
 * Random pairs for u are counted on the worker threads when there are any.
 */

import { buildRuleIndex, forEachBlockPair, KeyCache, ruleColumns, type BlockingRuleIndex } from './blocking.ts';
import type { PersonColumns, PreparedData } from './features.ts';
import { comparisonLevel } from './levels.ts';
import type { ComparisonParameters, LinkageModel } from './model.ts';
import type { LinkageSettings } from './settings.ts';
import type { RecordTable } from './table.ts';

export interface TrainingReport {
  uPairs: number;
  lambda: number;
  deterministicPairs: number;
  sessions: Array<{ rule: string[]; pairs: number; sampled: number; iterations: number; lambda: number; estimated: string[] }>;
  /** Comparisons no session could estimate (they keep their starting m). */
  unestimated: string[];
}

/** A seeded PRNG (mulberry32), so that training is repeatable. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function totalPairs(data: PreparedData): number {
  if (!data.isLink) return (data.n * (data.n - 1)) / 2;
  let a = 0;
  for (let i = 0; i < data.n; i++) if (data.source[i] === 0) a++;
  return a * (data.n - a);
}

/**
 * Count the comparison levels of `pairs` random record pairs (one block of u-estimation; workers
 * run several with different seeds).
 */
export function countRandomPairLevels(data: PreparedData, pairs: number, seed: number): Float64Array[] {
  const random = createRandom(seed);
  const counts = data.comparisons.map((cc) => new Float64Array(cc.levelCount));
  const n = data.n;
  let firstOfB = 0;
  if (data.isLink) while (firstOfB < n && data.source[firstOfB] === 0) firstOfB++;
  for (let k = 0; k < pairs; k++) {
    let i: number;
    let j: number;
    if (data.isLink) {
      i = Math.floor(random() * firstOfB);
      j = firstOfB + Math.floor(random() * (n - firstOfB));
    } else {
      i = Math.floor(random() * n);
      j = Math.floor(random() * (n - 1));
      if (j >= i) j++;
    }
    for (let c = 0; c < counts.length; c++) counts[c][comparisonLevel(data.comparisons[c], i, j)]++;
  }
  return counts;
}

/** How many random pairs u-estimation draws: u_max_pairs, or every pair of a small file. */
export function randomPairBudget(data: PreparedData, maxPairs: number): number {
  return Math.min(maxPairs, totalPairs(data));
}

/**
 * u-probabilities from level counts of random pairs. Levels never seen get half an observation
 * rather than 0, as Splink marks them "not observed" instead of letting a weight become infinite.
 */
export function uFromCounts(counts: Float64Array[]): number[][] {
  return counts.map((cnt) => {
    let nonNull = 0;
    for (let l = 1; l < cnt.length; l++) nonNull += cnt[l];
    const out = new Array<number>(cnt.length).fill(0);
    for (let l = 1; l < cnt.length; l++) out[l] = (cnt[l] > 0 ? cnt[l] : 0.5) / Math.max(1, nonNull);
    return out;
  });
}

/** λ = (pairs found by the deterministic rules / recall) / all pairs. */
export function estimateLambda(
  data: PreparedData,
  table: RecordTable,
  person: PersonColumns | undefined,
  rules: string[][],
  recall: number,
  maxBlockSize: number,
  cache: KeyCache = new KeyCache(table, person),
): { lambda: number; pairs: number } {
  const possible = totalPairs(data);
  if (rules.length === 0 || possible === 0) return { lambda: 1e-4, pairs: 0 };
  const index = rules.map((r) => buildRuleIndex(r, table, person, maxBlockSize, cache));
  let pairs = 0;
  for (let r = 0; r < index.length; r++) {
    pairs += forEachBlockPair(index, r, 0, index[r].blockCount, data.source, data.isLink, () => undefined);
  }
  const lambda = Math.min(0.5, Math.max(1 / possible, pairs / recall / possible));
  return { lambda, pairs };
}

/** Starting m: most mass on the exact level, the rest falling geometrically (Splink starts similarly). */
function initialM(levelCount: number): number[] {
  const m = new Array<number>(levelCount).fill(0);
  m[1] = 0.8;
  let share = 0;
  for (let l = 2; l < levelCount; l++) share += Math.pow(0.5, l - 1);
  for (let l = 2; l < levelCount; l++) m[l] = (0.2 * Math.pow(0.5, l - 1)) / share;
  return m;
}

interface Patterns {
  keys: number[][];
  counts: number[];
}

function collectPatterns(
  data: PreparedData,
  index: BlockingRuleIndex,
  active: number[],
  keepProbability: number,
  random: () => number,
): { patterns: Patterns; sampled: number; pairs: number } {
  // A pattern is its levels in base 16 (at most 13 comparisons: 16^13 = 2^52, an exact integer).
  const map = new Map<number, number>();
  const keys: number[][] = [];
  const counts: number[] = [];
  let sampled = 0;
  const pairs = forEachBlockPair([index], 0, 0, index.blockCount, data.source, data.isLink, (i, j) => {
    if (keepProbability < 1 && random() >= keepProbability) return;
    sampled++;
    let key = 0;
    for (let a = 0; a < active.length; a++) key = key * 16 + comparisonLevel(data.comparisons[active[a]], i, j);
    let id = map.get(key);
    if (id === undefined) {
      id = keys.length;
      map.set(key, id);
      const levels = new Array<number>(active.length);
      let rest = key;
      for (let a = active.length - 1; a >= 0; a--) {
        levels[a] = rest % 16;
        rest = Math.floor(rest / 16);
      }
      keys.push(levels);
      counts.push(0);
    }
    counts[id]++;
  });
  return { patterns: { keys, counts }, sampled, pairs };
}

function runEm(
  patterns: Patterns,
  m: number[][],
  u: number[][],
  maxIterations: number,
  convergence: number,
): { m: number[][]; lambda: number; iterations: number } {
  let lambda = 0.1;
  let iterations = 0;
  const nc = m.length;
  for (let it = 0; it < maxIterations; it++) {
    iterations++;
    const mCounts = m.map((row) => new Array<number>(row.length).fill(0));
    let matchTotal = 0;
    let total = 0;
    for (let p = 0; p < patterns.keys.length; p++) {
      const levels = patterns.keys[p];
      const count = patterns.counts[p];
      let pm = lambda;
      let pu = 1 - lambda;
      for (let c = 0; c < nc; c++) {
        const l = levels[c];
        if (l === 0) continue;
        pm *= m[c][l];
        pu *= u[c][l];
      }
      const posterior = pm + pu > 0 ? pm / (pm + pu) : 0;
      matchTotal += posterior * count;
      total += count;
      for (let c = 0; c < nc; c++) {
        const l = levels[c];
        if (l !== 0) mCounts[c][l] += posterior * count;
      }
    }
    let change = 0;
    const next = mCounts.map((row, c) => {
      let sum = 0;
      for (let l = 1; l < row.length; l++) sum += row[l];
      return row.map((v, l) => {
        const value = l === 0 || sum === 0 ? m[c][l] : v / sum;
        change = Math.max(change, Math.abs(value - m[c][l]));
        return value;
      });
    });
    const nextLambda = total > 0 ? matchTotal / total : lambda;
    change = Math.max(change, Math.abs(nextLambda - lambda));
    m = next;
    lambda = nextLambda;
    if (change < convergence) break;
  }
  return { m, lambda, iterations };
}

/**
 * Train a model on the data itself, without labels.
 * @example const { model } = trainModel(data, table, person, settings)
 */
export async function trainModel(
  data: PreparedData,
  table: RecordTable,
  person: PersonColumns | undefined,
  settings: LinkageSettings,
  onProgress: (message: string) => void = () => undefined,
  cache: KeyCache = new KeyCache(table, person),
  countLevels: (pairs: number, seed: number) => Promise<Float64Array[]> = async (pairs, seed) =>
    countRandomPairLevels(data, pairs, seed),
): Promise<{ model: LinkageModel; report: TrainingReport }> {
  const t = settings.training;
  const uPairs = randomPairBudget(data, t.u_max_pairs);
  const u = uFromCounts(await countLevels(uPairs, t.seed));
  onProgress(`u estimated from ${uPairs} random pairs`);
  const { lambda, pairs: deterministicPairs } = estimateLambda(
    data, table, person, t.deterministic_rules, t.deterministic_recall, settings.max_block_size, cache,
  );
  onProgress(`λ = ${lambda.toExponential(3)} from ${deterministicPairs} deterministic pairs`);
  const sums = data.comparisons.map((cc) => new Array<number>(cc.levelCount).fill(0));
  const sessionsPerComparison = new Array<number>(data.comparisons.length).fill(0);
  const random = createRandom(t.seed + 1);
  const sessions: TrainingReport['sessions'] = [];
  for (const rule of t.em_blocking_rules) {
    const blocked = new Set(ruleColumns(rule, person));
    const active = data.comparisons
      .map((cc, c) => (cc.columns.some((col) => blocked.has(col)) ? -1 : c))
      .filter((c) => c >= 0);
    if (active.length === 0) continue;
    const index = buildRuleIndex(rule, table, person, settings.max_block_size, cache);
    let possible = 0;
    for (let b = 0; b < index.blockCount; b++) {
      const size = index.blockStart[b + 1] - index.blockStart[b];
      possible += (size * (size - 1)) / 2;
    }
    const keep = possible > t.em_max_pairs ? t.em_max_pairs / possible : 1;
    const { patterns, sampled, pairs } = collectPatterns(data, index, active, keep, random);
    const result = runEm(
      patterns,
      active.map((c) => initialM(data.comparisons[c].levelCount)),
      active.map((c) => u[c]),
      t.em_max_iterations,
      t.em_convergence,
    );
    active.forEach((c, a) => {
      for (let l = 1; l < sums[c].length; l++) sums[c][l] += result.m[a][l];
      sessionsPerComparison[c]++;
    });
    sessions.push({
      rule, pairs, sampled, iterations: result.iterations, lambda: result.lambda,
      estimated: active.map((c) => data.comparisons[c].name),
    });
    onProgress(`EM on ${rule.join(' & ')}: ${sampled} pairs, ${result.iterations} iterations`);
  }
  const unestimated: string[] = [];
  const comparisons: ComparisonParameters[] = data.comparisons.map((cc, c) => {
    const count = sessionsPerComparison[c];
    if (count === 0) unestimated.push(cc.name);
    const m = count === 0 ? initialM(cc.levelCount) : sums[c].map((v) => v / count);
    return { name: cc.name, labels: cc.labels, m, u: u[c] };
  });
  return { model: { lambda, comparisons }, report: { uPairs, lambda, deterministicPairs, sessions, unestimated } };
}
