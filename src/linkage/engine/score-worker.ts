/**
 * Worker thread entry: receives the prepared data and blocking index (shared memory, no copy),
 * scores the chunks of blocks it is given and sends its kept pairs back (transferred, no copy);
 * or counts the levels of random pairs for u-estimation.
 */

import { parentPort } from 'node:worker_threads';
import { buildRuleIndexFromKeys, type BlockingRuleIndex, type UnionKeys } from './blocking.ts';
import type { PreparedData } from './features.ts';
import type { ScoringModel } from './model.ts';
import { createScoredPairs, scoreBlocks } from './scoring.ts';
import { threadCpuSeconds } from './shared.ts';
import { countRandomPairLevels } from './training.ts';

export interface WorkerJob {
  kind: 'score';
  data: PreparedData;
  rules: BlockingRuleIndex[];
  union: UnionKeys;
  model: ScoringModel;
  minWeight: number;
  /** [rule, fromBlock, toBlock] triples. */
  chunks: number[];
}

/** Build the index of one blocking rule from its expressions' key ids (blocking.ts). */
export interface BlockJob {
  kind: 'block';
  rule: string[];
  parts: Int32Array[];
  n: number;
  maxBlockSize: number;
}

/** Count levels of random pairs for u-estimation (training.ts). */
export interface UJob {
  kind: 'u';
  data: PreparedData;
  pairs: number;
  seed: number;
}

if (parentPort) {
  const port = parentPort;
  // Tell the pool this worker has loaded its modules and is ready for jobs.
  port.postMessage({ type: 'ready' });
  port.on('message', (job: WorkerJob | UJob | BlockJob) => {
    if (job.kind === 'block') {
      // The index's arrays are shared memory: posting it copies none of them.
      port.postMessage({ type: 'done', index: buildRuleIndexFromKeys(job.rule, job.parts, job.n, job.maxBlockSize) });
      return;
    }
    if (job.kind === 'u') {
      port.postMessage({ type: 'done', counts: countRandomPairLevels(job.data, job.pairs, job.seed) });
      return;
    }
    const out = createScoredPairs(job.data.comparisons.length, job.rules.length);
    const start = performance.now();
    const cpuStart = threadCpuSeconds();
    for (let k = 0; k < job.chunks.length; k += 3) {
      scoreBlocks(job.data, job.rules, job.union, job.chunks[k], job.chunks[k + 1], job.chunks[k + 2], job.model, job.minWeight, out);
      port.postMessage({ type: 'progress', scored: out.scored });
    }
    const seconds = (performance.now() - start) / 1000;
    const cpuEnd = threadCpuSeconds();
    const cpuSeconds = cpuStart !== undefined && cpuEnd !== undefined ? cpuEnd - cpuStart : undefined;
    // These buffers are plain ArrayBuffers (scoring.ts allocates them), so they can be transferred.
    const buffers = [out.left.buffer, out.right.buffer, out.weight.buffer, out.levels.buffer] as ArrayBuffer[];
    port.postMessage({ type: 'done', out, seconds, cpuSeconds }, buffers);
  });
}
