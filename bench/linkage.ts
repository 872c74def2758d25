/**
 * `npm run bench -- linkage [--records N] [--seed S] [--threads T] [--skip-febrl] [--skip-regional]`
 *
 * (a) Accuracy on FEBRL dataset1 and dataset2 (test/fixtures/febrl, ground truth in the record ids:
 *     rec-N-org / rec-N-dup-K are one person), with all fields and again without soc_sec_id and the
 *     street address: precision, recall and F1 at the settings' threshold, and blocking recall.
 * (b) A seeded regional generator (bench/linkage-generator.ts) at --records (default 1,000,000):
 *     accuracy, pairs scored per second per core, and end-to-end seconds from the CSV file on disk
 *     to the pairs file written, with peak memory.
 * The settings are the shipped ones, trained on the data without labels (issue 7, "Done when").
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emit, numberOption, type BenchArgs } from './harness.ts';
import { generateRegistrations } from './linkage-generator.ts';
import { sharesKey } from '../src/linkage/engine/blocking.ts';
import { csvField, parseCsv } from '../src/linkage/engine/csv.ts';
import { runLinkage, type LinkageResult } from '../src/linkage/engine/linker.ts';
import { probabilityToWeight, weightToProbability } from '../src/linkage/engine/model.ts';
import { parseSettings, withoutColumns, type LinkageSettings } from '../src/linkage/engine/settings.ts';
import type { RecordTable } from '../src/linkage/engine/table.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = 'linkage';
/** "Names, date of birth and place only" (issue 7 item 6): identifiers and street address removed. */
const FEBRL_IDENTIFIERS = ['soc_sec_id', 'street_number', 'address_1', 'address_2'];

function loadSettings(name: string): LinkageSettings {
  return parseSettings(JSON.parse(readFileSync(path.join(ROOT, 'settings', name), 'utf8')));
}

/** All pairs of records of the same entity. */
function truePairs(entity: ArrayLike<number>): Array<[number, number]> {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < entity.length; i++) {
    const g = groups.get(entity[i]);
    if (g) g.push(i);
    else groups.set(entity[i], [i]);
  }
  const pairs: Array<[number, number]> = [];
  for (const g of groups.values()) for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) pairs.push([g[a], g[b]]);
  return pairs;
}

interface Accuracy {
  precision: number;
  recall: number;
  f1: number;
  blockingRecall: number;
  truePairs: number;
  falsePositives: number;
}

function measure(result: LinkageResult, entity: ArrayLike<number>, threshold: number, dataset: string): Accuracy {
  const truth = truePairs(entity);
  const minWeight = probabilityToWeight(threshold);
  let tp = 0;
  let fp = 0;
  const { pairs } = result;
  for (let k = 0; k < pairs.count; k++) {
    if (pairs.weight[k] < minWeight) continue;
    if (entity[pairs.left[k]] === entity[pairs.right[k]]) tp++;
    else fp++;
  }
  // What each rule keeps on its own, and what the union keeps (linkage.md §5.4).
  const keptBy = new Array<number>(result.rules.length).fill(0);
  let kept = 0;
  for (const [i, j] of truth) {
    let any = false;
    result.rules.forEach((rule, r) => {
      if (sharesKey(rule, i, j)) {
        keptBy[r]++;
        any = true;
      }
    });
    if (any) kept++;
  }
  const total = Math.max(1, truth.length);
  process.stderr.write(`  ${dataset}: blocking rules (pairs added / true pairs kept alone)\n`);
  result.ruleReports.forEach((r, k) => {
    process.stderr.write(`    ${r.rule.join(' & ').padEnd(58)} ${String(r.pairs).padStart(10)}  ${(keptBy[k] / total).toFixed(4)}\n`);
    emit(BENCH, 'blocking_rule_recall', keptBy[k] / total, 'ratio', { dataset, rule: r.rule.join(' & '), pairs: r.pairs });
  });
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp / total;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, blockingRecall: kept / total, truePairs: truth.length, falsePositives: fp };
}

function report(dataset: string, acc: Accuracy, threshold: number, extra: Record<string, number> = {}): void {
  process.stderr.write(
    `  ${dataset}: P ${acc.precision.toFixed(4)} R ${acc.recall.toFixed(4)} F1 ${acc.f1.toFixed(4)} ` +
      `blocking recall ${acc.blockingRecall.toFixed(4)} (${acc.truePairs} true pairs, ${acc.falsePositives} false positives)\n`,
  );
  const fields = { dataset, threshold, ...extra };
  emit(BENCH, 'precision', acc.precision, 'ratio', fields);
  emit(BENCH, 'recall', acc.recall, 'ratio', fields);
  emit(BENCH, 'f1', acc.f1, 'ratio', fields);
  emit(BENCH, 'blocking_recall', acc.blockingRecall, 'ratio', fields);
}

async function runFebrl(threads: number): Promise<void> {
  const full = loadSettings('febrl.settings.json');
  const variants: Array<[string, LinkageSettings]> = [
    ['', full],
    ['_no_identifiers', withoutColumns(full, FEBRL_IDENTIFIERS)],
  ];
  for (const file of ['dataset1', 'dataset2']) {
    const table = parseCsv(readFileSync(path.join(ROOT, 'test/fixtures/febrl', `${file}.csv`), 'utf8'));
    const idIndex = table.header.indexOf('rec_id');
    const entity = table.rows.map((r) => Number(/rec-(\d+)/.exec(r[idIndex])?.[1] ?? -1));
    for (const [suffix, settings] of variants) {
      const dataset = `febrl_${file}${suffix}`;
      const result = await runLinkage(table, settings, { threads });
      report(dataset, measure(result, entity, settings.threshold, dataset), settings.threshold);
    }
  }
}

async function writeCsv(file: string, header: string[], rows: string[][]): Promise<void> {
  const out = createWriteStream(file);
  let buffer = header.join(',') + '\n';
  for (const row of rows) {
    buffer += row.map(csvField).join(',') + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

async function runRegional(records: number, seed: number, threads: number): Promise<void> {
  const settings = loadSettings('registry.settings.json');
  process.stderr.write(`  generating ${records} regional registrations (seed ${seed})\n`);
  const generated = generateRegistrations(records, seed);
  const dir = mkdtempSync(path.join(tmpdir(), 'puente-linkage-'));
  const input = path.join(dir, 'registrations.csv');
  const output = path.join(dir, 'pairs.csv');
  try {
    await writeCsv(input, generated.header, generated.rows);
    generated.rows.length = 0;
    // End to end, as the CLI runs it: read and parse the file, train, block, score, cluster, write.
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const table: RecordTable = parseCsv(readFileSync(input, 'utf8'));
    const result = await runLinkage(table, settings, {
      threads,
      onProgress: (m) => process.stderr.write(`  [${((performance.now() - start) / 1000).toFixed(1)}s] ${m}\n`),
    });
    const idIndex = table.header.indexOf(settings.id_column);
    const { pairs } = result;
    const lines: string[] = ['id_l,id_r,match_probability,match_weight'];
    for (let k = 0; k < pairs.count; k++) {
      const w = pairs.weight[k];
      lines.push(`${table.rows[pairs.left[k]][idIndex]},${table.rows[pairs.right[k]][idIndex]},${weightToProbability(w).toFixed(6)},${w.toFixed(4)}`);
    }
    writeFileSync(output, lines.join('\n') + '\n');
    const seconds = (performance.now() - start) / 1000;
    const cpuUsed = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    // Per core = per CPU second of the scoring threads in the scoring loop (the machine's cores are
    // shared, so wall time per thread would count other people's work). The whole process's CPU
    // seconds over the scoring phase (splitting the work, merging the workers' pairs) and
    // wall-clock figures are printed too.
    const threadCpu = result.scoringThreadCpuSeconds.reduce((a, b) => a + b, 0);
    const perProcessCpu = result.scoringCpuSeconds > 0 ? pairs.scored / result.scoringCpuSeconds : 0;
    const perCore = threadCpu > 0 ? pairs.scored / threadCpu : perProcessCpu;
    const wallSeconds = Math.max(...result.threadSeconds);
    const perCoreWall = wallSeconds > 0 ? pairs.scored / wallSeconds / result.threadSeconds.length : 0;
    const dataset = `regional_${records}`;
    const timings = Object.entries(result.timings)
      .map(([k, v]) => `${k} ${v.toFixed(1)}s wall / ${(result.cpuTimings[k] ?? 0).toFixed(1)}s CPU`)
      .join(', ');
    process.stderr.write(`  ${dataset}: ${seconds.toFixed(1)} s end to end (${timings}), ${pairs.scored} pairs scored, ` +
      `${Math.round(perCore)} pairs per CPU second of the scoring threads (${Math.round(perProcessCpu)} per CPU second ` +
      `of the whole process while scoring, ${Math.round(perCoreWall)} per thread by wall clock, ` +
      `${result.threadSeconds.length} threads), peak RSS ${peakMiB.toFixed(0)} MiB; CPU ${cpuSeconds.toFixed(0)} s\n`);
    report(dataset, measure(result, generated.entity, settings.threshold, dataset), settings.threshold, { records });
    emit(BENCH, 'pairs_per_second', perCore, 'pairs/s/core', {
      dataset, threads: result.threadSeconds.length, pairs: pairs.scored,
      thread_cpu_seconds: Math.round(threadCpu * 100) / 100, process_cpu_pairs_per_second: Math.round(perProcessCpu),
    });
    emit(BENCH, 'dedupe_seconds', seconds, 's', {
      dataset, records, cpu_seconds: Math.round(cpuSeconds * 10) / 10, includes: 'read and parse the CSV, prepare, block, train, score, cluster, write the pairs CSV',
    });
    emit(BENCH, 'peak_rss_mib', peakMiB, 'MiB', { dataset, records });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run({ options }: BenchArgs): Promise<void> {
  const records = numberOption(options, 'records', 1_000_000);
  const seed = numberOption(options, 'seed', 7);
  const threads = numberOption(options, 'threads', 2);
  if (!options['skip-febrl']) await runFebrl(threads);
  if (!options['skip-regional']) await runRegional(records, seed, threads);
}
