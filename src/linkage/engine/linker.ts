/**
 * The engine end to end: prepare features, build the blocking index, train without labels, score on
 * worker threads and cluster. This is what the CLI, the benchmarks and (later) the registry's batch
 * job call.
 */

import { buildRuleIndex, KeyCache, type BlockingRuleIndex } from './blocking.ts';
import { clusterPairs } from './cluster.ts';
import { parsePersonColumns, prepareData, type PersonColumns, type PreparedData } from './features.ts';
import { compileModel, probabilityToWeight, type LinkageModel, type ScoringModel } from './model.ts';
import { countRandomPairsInWorkers, scoreAll, WorkerPool } from './parallel.ts';
import type { ScoredPairs } from './scoring.ts';
import { listSettingsColumns, type LinkageSettings } from './settings.ts';
import type { RecordTable } from './table.ts';
import { trainModel, type TrainingReport } from './training.ts';

export interface LinkageOptions {
  /** Worker threads for scoring; 0 scores in this thread. */
  threads?: number;
  /** A trained model to use instead of training on the data. */
  model?: LinkageModel;
  /** Keep pairs at or above this probability (default: settings.output_threshold). */
  minProbability?: number;
  onProgress?: (message: string) => void;
}

export interface RuleReport {
  rule: string[];
  /** Pairs this rule added to the union (pairs of earlier rules not counted again). */
  pairs: number;
  cappedBlocks: number;
  cappedRecords: number;
}

export interface LinkageResult {
  data: PreparedData;
  person: PersonColumns | undefined;
  rules: BlockingRuleIndex[];
  model: LinkageModel;
  scoring: ScoringModel;
  training: TrainingReport | undefined;
  pairs: ScoredPairs;
  ruleReports: RuleReport[];
  /** Cluster (smallest member's index) of each record at the cluster threshold. */
  clusters: Int32Array;
  timings: Record<string, number>;
  /** CPU seconds of all threads per phase (the machine's cores are shared with other work). */
  cpuTimings: Record<string, number>;
  threadSeconds: number[];
  /** CPU seconds of all threads while scoring (worker start-up included). */
  scoringCpuSeconds: number;
}

/** Check the table has every column the settings read; throws naming the missing ones. */
export function checkColumns(table: RecordTable, settings: LinkageSettings): void {
  const missing = listSettingsColumns(settings).filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    throw new Error(`unknown column(s) ${missing.map((c) => `"${c}"`).join(', ')}; the header has: ${table.header.join(', ')}`);
  }
}

/**
 * Deduplicate one table, or link two concatenated with concatTables (rows carry their source).
 * @example const result = await runLinkage(table, settings, { threads: 2 });
 */
export async function runLinkage(table: RecordTable, settings: LinkageSettings, options: LinkageOptions = {}): Promise<LinkageResult> {
  checkColumns(table, settings);
  const progress = options.onProgress ?? (() => undefined);
  const timings: Record<string, number> = {};
  const cpuTimings: Record<string, number> = {};
  let t = performance.now();
  let cpuMark = process.cpuUsage();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = (now - t) / 1000;
    t = now;
    const cpu = process.cpuUsage(cpuMark);
    cpuTimings[name] = (cpu.user + cpu.system) / 1e6;
    cpuMark = process.cpuUsage();
  };
  const person = parsePersonColumns(table, settings);
  const data = prepareData(table, settings, person);
  lap('prepare');
  progress(`prepared ${data.n} records`);
  const keyCache = new KeyCache(table, person);
  const rules = settings.blocking_rules.map((r) => buildRuleIndex(r, table, person, settings.max_block_size, keyCache));
  lap('blocking');
  const threads = options.threads ?? 0;
  const pool = threads > 0 ? await WorkerPool.start(threads) : undefined;
  try {
    return await trainScoreCluster();
  } finally {
    await pool?.close();
  }

  // Training and scoring share the worker pool, closed whatever happens.
  async function trainScoreCluster(): Promise<LinkageResult> {
    let model = options.model;
    let training: TrainingReport | undefined;
    if (!model) {
      const trained = await trainModel(data, table, person, settings, progress, keyCache, (pairs, seed) =>
        countRandomPairsInWorkers(data, pairs, seed, pool),
      );
      model = trained.model;
      training = trained.report;
    }
    lap('training');
    const scoring = compileModel(model, data);
    const minProbability = options.minProbability ?? settings.output_threshold;
    const minWeight = minProbability <= 0 ? -Infinity : probabilityToWeight(minProbability);
    let lastReport = 0;
    // process.cpuUsage() counts every thread of the process: CPU seconds spent scoring, robust to
    // other work on the machine (wall time per thread is not, on shared cores).
    const cpuBefore = process.cpuUsage();
    const run = await scoreAll(data, rules, scoring, minWeight, pool, (scored) => {
      const now = performance.now();
      if (now - lastReport > 1000) {
        lastReport = now;
        progress(`scored ${scored} pairs`);
      }
    });
    const cpu = process.cpuUsage(cpuBefore);
    const scoringCpuSeconds = (cpu.user + cpu.system) / 1e6;
    lap('scoring');
    const clusterWeight = probabilityToWeight(settings.cluster_threshold ?? settings.threshold);
    const clusters = clusterPairs(data.n, run.pairs.left, run.pairs.right, run.pairs.weight, clusterWeight, run.pairs.count);
    lap('clustering');
    const ruleReports = rules.map((r, k) => ({
      rule: r.expressions,
      pairs: run.pairs.scoredPerRule[k],
      cappedBlocks: r.cappedBlocks,
      cappedRecords: r.cappedRecords,
    }));
    return {
      data, person, rules, model, scoring, training, pairs: run.pairs, ruleReports, clusters, timings, cpuTimings,
      threadSeconds: run.threadSeconds, scoringCpuSeconds,
    };
  }
}
