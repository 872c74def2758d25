/**
 * Writes settings/registry.model.json: the registry's seed model, trained without labels on
 * 100,000 generated regional registrations (bench/linkage-generator.ts, seed 11). The live
 * registry starts from it (a new deployment has too few records to train on) until a programme
 * administrator retrains on the registry itself.
 *
 *   npx tsx src/cli/linkage-seed-model.ts [records]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateRegistrations } from '../../bench/linkage-generator.ts';
import { runLinkage } from '../linkage/engine/linker.ts';
import { parseSettings } from '../linkage/engine/settings.ts';

const records = Number(process.argv[2] ?? 100_000);
const settings = parseSettings(JSON.parse(readFileSync('settings/registry.settings.json', 'utf8')));
const generated = generateRegistrations(records, 11);
const result = await runLinkage({ header: generated.header, rows: generated.rows, source: new Uint8Array(0) }, settings, {
  threads: 1,
  minProbability: 0.99,
  onProgress: (m) => process.stderr.write(`${m}\n`),
});
const round = (x: number) => Math.round(x * 1e8) / 1e8;
const model = {
  lambda: round(result.model.lambda),
  comparisons: result.model.comparisons.map((c) => ({ name: c.name, labels: c.labels, m: c.m.map(round), u: c.u.map(round) })),
};
writeFileSync('settings/registry.model.json', JSON.stringify(model, null, 2) + '\n');
process.stderr.write(`wrote settings/registry.model.json (${records} records)\n`);
