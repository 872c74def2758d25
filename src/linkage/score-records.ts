/**
 * Incremental scoring (linkage.md §5.5): one record against its few candidates, in this thread,
 * with the engine's own comparisons and a stored model. Every result keeps its field weights.
 *
 * Term-frequency adjustments are left out here: frequencies measured over a record and its
 * handful of candidates say nothing about how common a name is in the registry. The batch job
 * scores the same pairs again with them.
 */
import { readFileSync } from 'node:fs';
import { parsePersonColumns, prepareData } from './engine/features.ts';
import { compileModel, explainPair, type LinkageModel, type PairExplanation } from './engine/model.ts';
import type { LinkageSettings } from './engine/settings.ts';
import { REGISTRY_HEADER } from './registry-record.ts';

export interface FieldWeight {
  comparison: string;
  level: number;
  label: string;
  m: number | null;
  u: number | null;
  weight: number;
}

export interface ScoredCandidate {
  index: number;
  matchWeight: number;
  matchProbability: number;
  prior: number;
  terms: FieldWeight[];
}

const NO_CACHE = { keys: new Int32Array(0), values: new Float64Array(0), levelKeys: new Int32Array(0), levels: new Uint8Array(0) };

let seedModel: LinkageModel | undefined;

/** The shipped seed model (settings/registry.model.json, see src/cli/linkage-seed-model.ts). */
export function registrySeedModel(): LinkageModel {
  seedModel ??= JSON.parse(readFileSync(new URL('../../settings/registry.model.json', import.meta.url), 'utf8')) as LinkageModel;
  return seedModel;
}

/** A pair's explanation as stored with a queued pair (TF adjustments folded into each field's weight). */
export function toScored(index: number, e: PairExplanation): ScoredCandidate {
  return {
    index,
    matchWeight: e.matchWeight,
    matchProbability: e.matchProbability,
    prior: e.prior,
    terms: e.terms.map((t) => ({ comparison: t.comparison, level: t.level, label: t.label, m: t.m, u: t.u, weight: t.weight + t.tfAdjustment })),
  };
}

/**
 * Score rows[0] against every other row (rows in REGISTRY_HEADER's order).
 * @example scoreFirstAgainstRest(registrySettings(), registrySeedModel(), [newRow, ...candidateRows])
 */
export function scoreFirstAgainstRest(settings: LinkageSettings, model: LinkageModel, rows: string[][]): ScoredCandidate[] {
  if (rows.length < 2) return [];
  const table = { header: [...REGISTRY_HEADER], rows, source: new Uint8Array(0) };
  const person = parsePersonColumns(table, settings);
  const data = prepareData(table, settings, person);
  // The engine's Jaro-Winkler cache (4 MiB per comparison, made on first use) pays off over
  // millions of pairs, not over a dozen: an empty one makes every look-up miss (typed arrays
  // ignore writes out of bounds), so nothing is allocated per registration.
  for (const cc of data.comparisons) cc.jwCache = NO_CACHE;
  const scoring = compileModel(model, data);
  for (const adj of scoring.tfAdjustments) adj.fill(0);
  const out: ScoredCandidate[] = [];
  for (let j = 1; j < rows.length; j++) out.push(toScored(j, explainPair(model, scoring, data, 0, j)));
  return out;
}
