import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRegistrations } from '../../../bench/linkage-generator.ts';
import { buildRuleIndex, isPairBlocked } from './blocking.ts';
import { clusterPairs } from './cluster.ts';
import { parseCsv } from './csv.ts';
import { prepareData } from './features.ts';
import { comparisonLevel } from './levels.ts';
import { runLinkage } from './linker.ts';
import { explainPair, probabilityToWeight, weightToProbability } from './model.ts';
import { parseSettings, withoutColumns, type LinkageSettings } from './settings.ts';
import type { RecordTable } from './table.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SEED = 20261127;

function loadSettings(name: string): LinkageSettings {
  return parseSettings(JSON.parse(readFileSync(path.join(ROOT, 'settings', name), 'utf8')));
}

function table(header: string[], rows: string[][]): RecordTable {
  return { header, rows, source: new Uint8Array(0) };
}

const REGISTRY = loadSettings('registry.settings.json');
// Fewer random pairs for u than the shipped 2 million keep the tests quick; nothing else changes.
const QUICK = { ...REGISTRY, training: { ...REGISTRY.training, u_max_pairs: 300_000 } };
const HEADER = ['id', 'given_names', 'family_name_1', 'family_name_2', 'sex', 'birth_date', 'nationality', 'document_number', 'phone', 'place'];

function levelsOf(a: string[], b: string[]): Record<string, string> {
  const data = prepareData(table(HEADER, [a, b]), REGISTRY);
  return Object.fromEntries(data.comparisons.map((cc) => [cc.name, cc.labels[comparisonLevel(cc, 0, 1)]]));
}

describe('comparison levels', () => {
  const maria = ['1', 'María José', 'Hernández', 'García', 'F', '1990-03-07', 'MX', 'AB1234567', '+52 55 1234 5678', 'Tapachula'];

  it('sees the woman registered twice: names cut, accents lost, day and month swapped', () => {
    const again = ['2', 'Maria Jose', 'Garcia', '', 'F', '1990-07-03', 'MX', '', '', 'Tapachula'];
    expect(levelsOf(maria, again)).toMatchObject({
      given_names: 'exact',
      family_names: 'a family name in the other position',
      birth_date: 'day and month swapped',
      document_number: 'null',
      phone: 'null',
    });
  });

  it('grades family names: swapped, one missing, typo in the first', () => {
    const f = (f1: string, f2: string) => levelsOf(maria, ['2', 'María José', f1, f2, 'F', '1990-03-07', 'MX', '', '', '']).family_names;
    expect(f('García', 'Hernández')).toBe('family names swapped');
    expect(f('Hernández', '')).toBe('first equal, second missing on one side');
    expect(f('Hernandes', 'García')).toBe('second equal, first similar');
    expect(f('Pérez', 'López')).toBe('else');
  });

  it('knows nicknames and placeholder dates', () => {
    const pepe = ['1', 'Pepe', 'López', '', 'M', '1980', '', '', '', ''];
    const jose = ['2', 'José', 'López', '', 'M', '1980-05-17', '', '', '', ''];
    expect(levelsOf(pepe, jose)).toMatchObject({ given_names: 'nickname of the same name', birth_date: expect.stringContaining('partial') });
    const jan = ['3', 'José', 'López', '', 'M', '1980-01-01', '', '', '', ''];
    expect(levelsOf(jan, jan.map((v, k) => (k === 0 ? '4' : v))).birth_date).toBe('exact on 1 January (placeholder)');
  });

  it('treats a missing value as no evidence', () => {
    const a = ['1', 'Ana', 'Ruiz', '', '', '', '', '', '', ''];
    expect(levelsOf(a, a.map((v, k) => (k === 0 ? '2' : v)))).toMatchObject({ sex: 'null', birth_date: 'null', place: 'null' });
  });

  it('is symmetric in the two records', () => {
    const { rows } = generateRegistrations(300, 3);
    const data = prepareData(table(HEADER, rows), REGISTRY);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 299 }), fc.integer({ min: 0, max: 299 }), (i, j) => {
        for (const cc of data.comparisons) expect(comparisonLevel(cc, i, j)).toBe(comparisonLevel(cc, j, i));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('blocking', () => {
  it('generates each pair once across the union of rules', async () => {
    const { rows } = generateRegistrations(2000, 5);
    const t = table(HEADER, rows);
    const result = await runLinkage(t, QUICK, { minProbability: 0 });
    const seen = new Set<string>();
    for (let k = 0; k < result.pairs.count; k++) {
      const key = `${result.pairs.left[k]}:${result.pairs.right[k]}`;
      expect(seen.has(key)).toBe(false);
      expect(result.pairs.left[k]).toBeLessThan(result.pairs.right[k]);
      seen.add(key);
    }
    expect(result.pairs.count).toBe(result.pairs.scored);
    expect(result.ruleReports.reduce((s, r) => s + r.pairs, 0)).toBe(result.pairs.scored);
  });

  it('skips blocks over max_block_size and says so', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [String(i), 'Ana', 'Ruiz', '', 'F', '1990-01-02', 'MX', '', '', '']);
    const index = buildRuleIndex(['family_name_1'], table(HEADER, rows), undefined, 10);
    expect(index.cappedBlocks).toBe(1);
    expect(index.cappedRecords).toBe(12);
    expect(isPairBlocked([index], 0, 1)).toBe(false);
  });
});

describe('clusterPairs', () => {
  it('joins records through chains of pairs above the threshold only', () => {
    const clusters = clusterPairs(5, Int32Array.of(0, 1, 3), Int32Array.of(1, 2, 4), Float32Array.of(10, 10, -5), 0);
    expect([...clusters]).toEqual([0, 0, 0, 3, 4]);
  });
});

describe('model', () => {
  it('converts between weight and probability', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        expect(weightToProbability(probabilityToWeight(p))).toBeCloseTo(p, 9);
      }),
      { seed: SEED },
    );
  });
});

describe('end to end without labels', () => {
  it('deduplicates generated regional registrations (F1 above 0.95) and explains each score', async () => {
    const g = generateRegistrations(4000, 11);
    const result = await runLinkage(table(g.header, g.rows), QUICK);
    const threshold = probabilityToWeight(REGISTRY.threshold);
    let tp = 0;
    let fp = 0;
    for (let k = 0; k < result.pairs.count; k++) {
      if (result.pairs.weight[k] < threshold) continue;
      if (g.entity[result.pairs.left[k]] === g.entity[result.pairs.right[k]]) tp++;
      else fp++;
    }
    const sizes = new Map<number, number>();
    for (const e of g.entity) sizes.set(e, (sizes.get(e) ?? 0) + 1);
    let truth = 0;
    for (const s of sizes.values()) truth += (s * (s - 1)) / 2;
    const precision = tp / (tp + fp);
    const recall = tp / truth;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThan(0.95);

    const k = 0;
    const e = explainPair(result.model, result.scoring, result.data, result.pairs.left[k], result.pairs.right[k]);
    const sum = e.prior + e.terms.reduce((s, t) => s + t.weight + t.tfAdjustment, 0);
    expect(sum).toBeCloseTo(result.pairs.weight[k], 3);
    expect(e.terms.map((t) => t.comparison)).toEqual(REGISTRY.comparisons.map((c) => c.name));
  });

  it('gives common names less weight than rare ones (term frequency)', async () => {
    const g = generateRegistrations(4000, 11);
    const result = await runLinkage(table(g.header, g.rows), QUICK);
    const family = result.data.comparisons.findIndex((c) => c.name === 'family_names');
    const adj = result.scoring.tfAdjustments[family];
    const cc = result.data.comparisons[family];
    let common = 0;
    for (let id = 1; id < cc.tfFrequency.length; id++) if (cc.tfFrequency[id] > cc.tfFrequency[common]) common = id;
    let rare = 0;
    for (let id = 1; id < cc.tfFrequency.length; id++) if (cc.tfFrequency[id] < cc.tfFrequency[rare]) rare = id;
    expect(adj[common]).toBeLessThan(adj[rare]);
  });

  it('keeps the FEBRL regression floor (dataset1, all fields, F1 at least 0.998)', async () => {
    const settings = loadSettings('febrl.settings.json');
    const t = parseCsv(readFileSync(path.join(ROOT, 'test/fixtures/febrl/dataset1.csv'), 'utf8'));
    for (const s of [settings, withoutColumns(settings, ['soc_sec_id', 'street_number', 'address_1', 'address_2'])]) {
      const result = await runLinkage(t, s);
      const entity = t.rows.map((r) => /rec-(\d+)/.exec(r[0])![1]);
      const threshold = probabilityToWeight(s.threshold);
      let tp = 0;
      let fp = 0;
      for (let k = 0; k < result.pairs.count; k++) {
        if (result.pairs.weight[k] < threshold) continue;
        if (entity[result.pairs.left[k]] === entity[result.pairs.right[k]]) tp++;
        else fp++;
      }
      const precision = tp / (tp + fp);
      const recall = tp / 500;
      const f1 = (2 * precision * recall) / (precision + recall);
      expect(f1).toBeGreaterThanOrEqual(s === settings ? 0.998 : 0.99);
    }
  });
});

describe('settings and CSV', () => {
  it('rejects bad settings with the path of each problem', () => {
    expect(() => parseSettings({ id_column: 'id', comparisons: [], blocking_rules: [] })).toThrow(/comparisons/);
    expect(() =>
      parseSettings({ ...REGISTRY, person: undefined }),
    ).toThrow(/needs a "person" section/);
  });

  it('reports an unknown column with the header', async () => {
    const t = table(['id', 'name'], [['1', 'x']]);
    await expect(runLinkage(t, REGISTRY)).rejects.toThrow(/unknown column.*the header has: id, name/);
  });

  it('parses quoted fields, doubled quotes, CRLF and FEBRL spacing', () => {
    const t = parseCsv('id, name\r\n1, "García, José"\r\n2,"say ""hola"""\n3, plain');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.rows).toEqual([['1', 'García, José'], ['2', 'say "hola"'], ['3', 'plain']]);
  });
});
