/**
 * `npm run linkage -- dedupe FILE.csv --settings SETTINGS.json --out PAIRS.csv [--clusters CLUSTERS.csv]`
 * `npm run linkage -- link A.csv B.csv --settings SETTINGS.json --out PAIRS.csv [--clusters CLUSTERS.csv]`
 *
 * Runs the linkage engine on any CSV (issue 7 item 4): trains on the file itself without labels,
 * writes the scored pairs (the two record ids first, then match_probability and match_weight, then
 * each comparison's level and weight, so every score can be explained) and optionally the clusters.
 * Progress goes to stderr. Settings format: docs/linkage-settings.md.
 */

import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { parseCsv, csvField } from '../linkage/engine/csv.ts';
import { runLinkage, type LinkageResult } from '../linkage/engine/linker.ts';
import { termFrequencyId } from '../linkage/engine/levels.ts';
import { MAX_LEVELS, weightToProbability } from '../linkage/engine/model.ts';
import { parseSettings, type LinkageSettings } from '../linkage/engine/settings.ts';
import { concatTables, readColumn, type RecordTable } from '../linkage/engine/table.ts';

const USAGE = `Usage:
  npm run linkage -- dedupe FILE.csv --settings SETTINGS.json --out PAIRS.csv [--clusters CLUSTERS.csv] [--threads N]
  npm run linkage -- link A.csv B.csv --settings SETTINGS.json --out PAIRS.csv [--clusters CLUSTERS.csv] [--threads N]
`;

class UsageError extends Error {}

function parseArgs(argv: string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`option ${a} needs a value`);
      options.set(a.slice(2), value);
      i++;
    } else positional.push(a);
  }
  return { positional, options };
}

function readTable(file: string): RecordTable {
  if (!existsSync(file)) throw new UsageError(`file not found: ${file}`);
  try {
    return parseCsv(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read ${file} as CSV: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function readSettings(file: string): LinkageSettings {
  if (!existsSync(file)) throw new UsageError(`settings file not found: ${file}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`settings file ${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return parseSettings(json);
  } catch (err) {
    throw new UsageError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function writeLines(file: string, header: string, lines: (write: (line: string) => void) => void): Promise<void> {
  const out = createWriteStream(file);
  let buffer = header + '\n';
  lines((line) => {
    buffer += line + '\n';
    if (buffer.length > 1 << 20) {
      out.write(buffer);
      buffer = '';
    }
  });
  out.end(buffer);
  await once(out, 'finish');
}

async function writePairs(file: string, result: LinkageResult, ids: string[]): Promise<void> {
  const { pairs, data, scoring } = result;
  const names = data.comparisons.map((c) => c.name);
  const header = ['id_l', 'id_r', 'match_probability', 'match_weight', ...names.flatMap((n) => [`gamma_${n}`, `mw_${n}`])];
  const nc = names.length;
  await writeLines(file, header.map(csvField).join(','), (write) => {
    for (let k = 0; k < pairs.count; k++) {
      const i = pairs.left[k];
      const j = pairs.right[k];
      const w = pairs.weight[k];
      const cells = [csvField(ids[i]), csvField(ids[j]), weightToProbability(w).toFixed(6), w.toFixed(4)];
      for (let c = 0; c < nc; c++) {
        const level = pairs.levels[k * nc + c];
        let mw = scoring.weights[c * MAX_LEVELS + level];
        const adj = scoring.tfAdjustments[c];
        if (level === 1 && adj.length > 0) mw += adj[termFrequencyId(data.comparisons[c], i)];
        cells.push(String(level), mw.toFixed(4));
      }
      write(cells.join(','));
    }
  });
}

async function writeClusters(file: string, result: LinkageResult, ids: string[], sources: Uint8Array | undefined): Promise<void> {
  const header = sources ? 'cluster_id,source,id' : 'cluster_id,id';
  await writeLines(file, header, (write) => {
    for (let i = 0; i < ids.length; i++) {
      const cluster = csvField(ids[result.clusters[i]]);
      write(sources ? `${cluster},${sources[i]},${csvField(ids[i])}` : `${cluster},${csvField(ids[i])}`);
    }
  });
}

async function main(argv: string[]): Promise<void> {
  const { positional, options } = parseArgs(argv);
  const [mode, ...files] = positional;
  if (mode !== 'dedupe' && mode !== 'link') throw new UsageError(mode ? `unknown command "${mode}"` : 'no command given');
  if (mode === 'dedupe' && files.length !== 1) throw new UsageError('dedupe takes one CSV file');
  if (mode === 'link' && files.length !== 2) throw new UsageError('link takes two CSV files');
  const settingsFile = options.get('settings');
  const outFile = options.get('out');
  if (!settingsFile) throw new UsageError('--settings is required');
  if (!outFile) throw new UsageError('--out is required');
  const threads = options.has('threads') ? Number(options.get('threads')) : Math.min(2, availableParallelism());
  if (!Number.isInteger(threads) || threads < 0) throw new UsageError('--threads must be a whole number');
  const settings = readSettings(settingsFile);
  const started = performance.now();
  const log = (message: string) =>
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
  const tables = files.map((f) => {
    const t = readTable(f);
    log(`read ${t.rows.length} records from ${f}`);
    return t;
  });
  const table = mode === 'link' ? concatTables(tables[0], tables[1]) : tables[0];
  let ids: string[];
  try {
    ids = readColumn(table, settings.id_column);
  } catch (err) {
    throw new UsageError(`id_column: ${err instanceof Error ? err.message : String(err)}`);
  }
  let result: LinkageResult;
  try {
    result = await runLinkage(table, settings, { threads, onProgress: log });
  } catch (err) {
    if (err instanceof Error && /unknown column|unknown key function|needs a "person"/.test(err.message)) throw new UsageError(err.message);
    throw err;
  }
  for (const r of result.ruleReports) {
    const capped = r.cappedBlocks > 0 ? ` (${r.cappedBlocks} blocks over max_block_size skipped, ${r.cappedRecords} records)` : '';
    log(`rule ${r.rule.join(' & ')}: ${r.pairs} pairs${capped}`);
  }
  if (result.training && result.training.unestimated.length > 0) {
    log(`warning: no EM session estimated m for ${result.training.unestimated.join(', ')}; add an em_blocking_rule that does not block on them`);
  }
  await writePairs(outFile, result, ids);
  log(`wrote ${result.pairs.count} of ${result.pairs.scored} scored pairs to ${outFile}`);
  const clustersFile = options.get('clusters');
  if (clustersFile) {
    await writeClusters(clustersFile, result, ids, mode === 'link' ? table.source : undefined);
    log(`wrote clusters to ${clustersFile}`);
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`linkage: ${err.message}\n\n${USAGE}`);
      process.exit(2);
    }
    process.stderr.write(`linkage failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
