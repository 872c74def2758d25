/**
 * Scoring on worker threads (2 on this machine). Work is split into chunks of blocks of roughly
 * equal pair counts, dealt to the workers in turn so one huge block does not leave a core idle.
 * With threads = 0 everything runs in this thread (tests, small files).
 */

import { Worker } from 'node:worker_threads';
import { countBlockPairs, interleaveKeys, type BlockingRuleIndex } from './blocking.ts';
import type { PreparedData } from './features.ts';
import type { ScoringModel } from './model.ts';
import { createScoredPairs, mergeScoredPairs, scoreBlocks, type ScoredPairs } from './scoring.ts';
import type { UJob, WorkerJob } from './score-worker.ts';
import { countRandomPairLevels } from './training.ts';

const CHUNK_PAIRS = 250_000;

export interface ScoreRun {
  pairs: ScoredPairs;
  /** Busy seconds of each thread in the scoring loop, for pairs per second per core. */
  threadSeconds: number[];
}

function splitChunks(rules: BlockingRuleIndex[]): number[][] {
  const chunks: number[][] = [];
  rules.forEach((rule, r) => {
    let from = 0;
    let pairs = 0;
    for (let b = 0; b < rule.blockCount; b++) {
      pairs += countBlockPairs(rule, b, b + 1);
      if (pairs >= CHUNK_PAIRS) {
        chunks.push([r, from, b + 1]);
        from = b + 1;
        pairs = 0;
      }
    }
    if (from < rule.blockCount) chunks.push([r, from, rule.blockCount]);
  });
  return chunks;
}

/**
 * Score every candidate pair of the blocking rules, keeping those with weight ≥ minWeight.
 * @example const { pairs } = await scoreAll(data, rules, scoring, 0, 2)
 */
export async function scoreAll(
  data: PreparedData,
  rules: BlockingRuleIndex[],
  model: ScoringModel,
  minWeight: number,
  threads: number,
  onProgress: (scored: number) => void = () => undefined,
): Promise<ScoreRun> {
  const chunks = splitChunks(rules);
  const union = interleaveKeys(rules, data.n);
  if (threads <= 0) {
    const out = createScoredPairs(data.comparisons.length, rules.length);
    const start = performance.now();
    for (const [r, from, to] of chunks) {
      scoreBlocks(data, rules, union, r, from, to, model, minWeight, out);
      onProgress(out.scored);
    }
    return { pairs: out, threadSeconds: [(performance.now() - start) / 1000] };
  }
  // Each thread builds its own Jaro-Winkler caches; do not copy this thread's into the workers.
  for (const cc of data.comparisons) cc.jwCache = null;
  const perWorker: number[][] = Array.from({ length: threads }, () => []);
  chunks.forEach((c, k) => perWorker[k % threads].push(...c));
  const scoredSoFar = new Array<number>(threads).fill(0);
  const results = await Promise.all(
    perWorker.map(
      (list, w) =>
        new Promise<{ out: ScoredPairs; seconds: number }>((resolve, reject) => {
          const worker = startWorker();
          worker.on('message', (msg: { type: string; scored: number; out: ScoredPairs; seconds: number }) => {
            if (msg.type === 'progress') {
              scoredSoFar[w] = msg.scored;
              onProgress(scoredSoFar.reduce((a, b) => a + b, 0));
              return;
            }
            void worker.terminate();
            resolve({ out: msg.out, seconds: msg.seconds });
          });
          worker.on('error', reject);
          const job: WorkerJob = { kind: 'score', data, rules, union, model, minWeight, chunks: list };
          worker.postMessage(job);
        }),
    ),
  );
  return {
    pairs: mergeScoredPairs(results.map((r) => r.out), data.comparisons.length, rules.length),
    threadSeconds: results.map((r) => r.seconds),
  };
}

/**
 * Count the levels of `pairs` random pairs, split over the worker threads (each with its own seed).
 */
export async function countRandomPairsInWorkers(data: PreparedData, pairs: number, seed: number, threads: number): Promise<Float64Array[]> {
  if (threads <= 0) return countRandomPairLevels(data, pairs, seed);
  for (const cc of data.comparisons) cc.jwCache = null;
  const share = Math.ceil(pairs / threads);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, w) =>
      new Promise<Float64Array[]>((resolve, reject) => {
        const worker = startWorker();
        worker.on('message', (msg: { counts: Float64Array[] }) => {
          void worker.terminate();
          resolve(msg.counts);
        });
        worker.on('error', reject);
        const job: UJob = { kind: 'u', data, pairs: Math.min(share, pairs - w * share), seed: seed + w * 7919 };
        worker.postMessage(job);
      }),
    ),
  );
  const total = parts[0];
  for (const part of parts.slice(1)) part.forEach((c, k) => c.forEach((v, l) => (total[k][l] += v)));
  return total;
}

/**
 * Start a scoring worker. Under tsx (how the CLI and benchmarks run), a worker does not inherit the
 * TypeScript loader, so it is booted through tsx's register API before importing the module.
 */
function startWorker(): Worker {
  const url = new URL('./score-worker.ts', import.meta.url).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(boot, { eval: true });
}
