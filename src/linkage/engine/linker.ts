/**
 * The engine end to end: prepare features, build the blocking index, train without labels, score on
 * worker threads and cluster. This is what the CLI, the benchmarks and (later) the registry's batch
 * job call.
 */

import { KeyCache, type BlockingRuleIndex } from './blocking.ts';
import { clusterPairs } from './cluster.ts';
import { parsePersonColumns, prepareData, type PersonColumns, type PreparedData } from './features.ts';
import { compileModel, probabilityToWeight, type LinkageModel, type ScoringModel } from './model.ts';
import { buildRuleIndexes, countRandomPairsInWorkers, scoreAll, WorkerPool } from './parallel.ts';
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
  /**
   * Term-frequency adjustments (default true). Off for small sets, whose frequencies say little
   * about how common a name is.
   */
  termFrequency?: boolean;
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
  /** CPU seconds of the whole process while scoring (splitting the work and merging included). */
  scoringCpuSeconds: number;
  /** CPU seconds of each scoring thread in the scoring loop; empty where not measurable. */
  scoringThreadCpuSeconds: number[];
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
  // The workers load their modules (about a second under tsx) while this thread prepares.
  const threads = options.threads ?? 0;
  const starting = threads > 0 ? WorkerPool.start(threads) : undefined;
  let pool: WorkerPool | undefined;
  try {
    return await prepareTrainScoreCluster();
  } finally {
    pool ??= await starting?.catch(() => undefined);
    await pool?.close();
  }

  async function prepareTrainScoreCluster(): Promise<LinkageResult> {
    const person = parsePersonColumns(table, settings);
    const data = prepareData(table, settings, person);
    lap('prepare');
    progress(`prepared ${data.n} records`);
    const keyCache = new KeyCache(table, person);
    pool = await starting;
    const rules = await buildRuleIndexes(settings.blocking_rules, keyCache, settings.max_block_size, pool);
    lap('blocking');
    return trainScoreCluster(person, data, keyCache, rules, pool);
  }

  // Training and scoring share the worker pool, closed whatever happens.
  async function trainScoreCluster(
    person: PersonColumns | undefined,
    data: PreparedData,
    keyCache: KeyCache,
    rules: BlockingRuleIndex[],
    pool: WorkerPool | undefined,
  ): Promise<LinkageResult> {
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
    if (options.termFrequency === false) for (const adj of scoring.tfAdjustments) adj.fill(0);
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
      threadSeconds: run.threadSeconds, scoringCpuSeconds, scoringThreadCpuSeconds: run.threadCpuSeconds,
    };
  }
}
