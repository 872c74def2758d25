/**
 * Worker thread entry: receives the prepared data and blocking index (shared memory, no copy),
 * scores the chunks of blocks it is given and sends its kept pairs back (transferred, no copy).
 */

import { parentPort } from 'node:worker_threads';
import type { BlockingRuleIndex } from './blocking.ts';
import type { PreparedData } from './features.ts';
import type { ScoringModel } from './model.ts';
import { createScoredPairs, scoreBlocks } from './scoring.ts';

export interface WorkerJob {
  data: PreparedData;
  rules: BlockingRuleIndex[];
  model: ScoringModel;
  minWeight: number;
  /** [rule, fromBlock, toBlock] triples. */
  chunks: number[];
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: WorkerJob) => {
    const out = createScoredPairs(job.data.comparisons.length, job.rules.length);
    const start = performance.now();
    for (let k = 0; k < job.chunks.length; k += 3) {
      scoreBlocks(job.data, job.rules, job.chunks[k], job.chunks[k + 1], job.chunks[k + 2], job.model, job.minWeight, out);
      port.postMessage({ type: 'progress', scored: out.scored });
    }
    const seconds = (performance.now() - start) / 1000;
    // These buffers are plain ArrayBuffers (scoring.ts allocates them), so they can be transferred.
    const buffers = [out.left.buffer, out.right.buffer, out.weight.buffer, out.levels.buffer] as ArrayBuffer[];
    port.postMessage({ type: 'done', out, seconds }, buffers);
  });
}
