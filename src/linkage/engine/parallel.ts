/**
 * Scoring on worker threads (2 on this machine). Work is split into chunks of blocks of roughly
 * equal pair counts, dealt to the workers in turn so one huge block does not leave a core idle.
 * With threads = 0 everything runs in this thread (tests, small files).
 */

import { Worker } from 'node:worker_threads';
import { buildRuleIndex, countBlockPairs, interleaveKeys, type BlockingRuleIndex, type KeyCache } from './blocking.ts';
import type { PreparedData } from './features.ts';
import type { ScoringModel } from './model.ts';
import { threadCpuSeconds } from './shared.ts';
import { createScoredPairs, mergeScoredPairs, scoreBlocks, type ScoredPairs } from './scoring.ts';
import type { BlockJob, UJob, WorkerJob } from './score-worker.ts';
import { countRandomPairLevels } from './training.ts';

const CHUNK_PAIRS = 250_000;

export interface ScoreRun {
  pairs: ScoredPairs;
  /** Busy seconds of each thread in the scoring loop, for pairs per second per core. */
  threadSeconds: number[];
  /**
   * CPU seconds each scoring thread spent in the scoring loop (threadCpuSeconds), or empty where
   * the system cannot tell one thread's CPU time from the process's.
   */
  threadCpuSeconds: number[];
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
 * Worker threads started once per run and reused for u-estimation and scoring (starting a worker
 * under tsx costs about a second of CPU).
 */
export class WorkerPool {
  private constructor(readonly workers: Worker[]) {}

  static async start(threads: number): Promise<WorkerPool> {
    const workers = await Promise.all(
      Array.from({ length: threads }, () =>
        new Promise<Worker>((resolve, reject) => {
          const worker = startWorker();
          worker.once('message', () => resolve(worker));
          worker.once('error', reject);
        }),
      ),
    );
    return new WorkerPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Send one job to worker w; resolve with its 'done' message, passing 'progress' messages on. */
  run<T>(w: number, job: WorkerJob | UJob | BlockJob, onProgress: (msg: { scored: number }) => void = () => undefined): Promise<T> {
    const worker = this.workers[w];
    return new Promise<T>((resolve, reject) => {
      const onMessage = (msg: { type: string; scored: number }) => {
        if (msg.type === 'progress') {
          onProgress(msg);
          return;
        }
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(msg as unknown as T);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Score every candidate pair of the blocking rules, keeping those with weight ≥ minWeight, on the
 * pool's workers (or in this thread without a pool).
 * @example const { pairs } = await scoreAll(data, rules, scoring, 0, pool)
 */
export async function scoreAll(
  data: PreparedData,
  rules: BlockingRuleIndex[],
  model: ScoringModel,
  minWeight: number,
  pool: WorkerPool | undefined,
  onProgress: (scored: number) => void = () => undefined,
): Promise<ScoreRun> {
  const chunks = splitChunks(rules);
  const union = interleaveKeys(rules, data.n);
  if (!pool || pool.size === 0) {
    const out = createScoredPairs(data.comparisons.length, rules.length);
    const start = performance.now();
    const cpuStart = threadCpuSeconds();
    for (const [r, from, to] of chunks) {
      scoreBlocks(data, rules, union, r, from, to, model, minWeight, out);
      onProgress(out.scored);
    }
    const cpuEnd = threadCpuSeconds();
    return {
      pairs: out, threadSeconds: [(performance.now() - start) / 1000],
      threadCpuSeconds: cpuStart !== undefined && cpuEnd !== undefined ? [cpuEnd - cpuStart] : [],
    };
  }
  const threads = pool.size;
  // Each thread builds its own Jaro-Winkler caches; do not copy this thread's into the workers.
  for (const cc of data.comparisons) cc.jwCache = null;
  const perWorker: number[][] = Array.from({ length: threads }, () => []);
  chunks.forEach((c, k) => perWorker[k % threads].push(...c));
  const scoredSoFar = new Array<number>(threads).fill(0);
  const results = await Promise.all(
    perWorker.map((list, w) =>
      pool.run<{ out: ScoredPairs; seconds: number; cpuSeconds: number | undefined }>(
        w,
        { kind: 'score', data, rules, union, model, minWeight, chunks: list },
        (msg) => {
          scoredSoFar[w] = msg.scored;
          onProgress(scoredSoFar.reduce((a, b) => a + b, 0));
        },
      ),
    ),
  );
  return {
    pairs: mergeScoredPairs(results.map((r) => r.out), data.comparisons.length, rules.length),
    threadSeconds: results.map((r) => r.seconds),
    threadCpuSeconds: results.every((r) => r.cpuSeconds !== undefined) ? results.map((r) => r.cpuSeconds ?? 0) : [],
  };
}

/**
 * Build the index of every blocking rule: the key expressions are evaluated here (they read the
 * table's strings), then the workers combine them into blocks, each taking the next rule when done.
 * @example const rules = await buildRuleIndexes(settings.blocking_rules, keyCache, 5000, pool)
 */
export async function buildRuleIndexes(rules: string[][], cache: KeyCache, maxBlockSize: number, pool: WorkerPool | undefined): Promise<BlockingRuleIndex[]> {
  if (!pool || pool.size === 0) return rules.map((r) => buildRuleIndex(r, cache.table, cache.person, maxBlockSize, cache));
  const parts = rules.map((rule) => rule.map((e) => cache.get(e)));
  const n = cache.table.rows.length;
  const out: BlockingRuleIndex[] = new Array<BlockingRuleIndex>(rules.length);
  let next = 0;
  await Promise.all(
    pool.workers.map(async (_, w) => {
      while (next < rules.length) {
        const r = next++;
        const job: BlockJob = { kind: 'block', rule: rules[r], parts: parts[r], n, maxBlockSize };
        out[r] = (await pool.run<{ index: BlockingRuleIndex }>(w, job)).index;
      }
    }),
  );
  return out;
}

/**
 * Count the levels of `pairs` random pairs, split over the pool's workers (each with its own seed).
 */
export async function countRandomPairsInWorkers(data: PreparedData, pairs: number, seed: number, pool: WorkerPool | undefined): Promise<Float64Array[]> {
  if (!pool || pool.size === 0) return countRandomPairLevels(data, pairs, seed);
  for (const cc of data.comparisons) cc.jwCache = null;
  const threads = pool.size;
  const share = Math.ceil(pairs / threads);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, w) =>
      pool
        .run<{ counts: Float64Array[] }>(w, { kind: 'u', data, pairs: Math.max(0, Math.min(share, pairs - w * share)), seed: seed + w * 7919 })
        .then((m) => m.counts),
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
