/**
 * The Fellegi–Sunter model and its weights. Match weight = log2(λ/(1−λ)) + Σ log2(m/u) + TF
 * adjustments; match probability = 2^w / (1 + 2^w); null levels add 0 (Splink,
 * docs/topic_guides/theory/fellegi_sunter.md, linkage.md §1.2). Every score can be taken apart
 * into these terms: the "waterfall" a reviewer sees.
 */

import { EXACT_LEVEL, NULL_LEVEL, type PreparedData } from './features.ts';
import { comparisonLevel, termFrequencyId } from './levels.ts';

/** At most this many levels per comparison; the weight table is indexed c * MAX_LEVELS + level. */
export const MAX_LEVELS = 16;

export interface ComparisonParameters {
  name: string;
  labels: string[];
  /** P(level | match) per level; index 0 (null) unused. */
  m: number[];
  /** P(level | non-match) per level; index 0 (null) unused. */
  u: number[];
}

/** A trained model, JSON-serialisable (Splink-like: comparisons → levels → m/u, λ). */
export interface LinkageModel {
  lambda: number;
  comparisons: ComparisonParameters[];
}

/** The model compiled for one data set: weights in a flat table and TF adjustments per value. */
export interface ScoringModel {
  prior: number;
  weights: Float64Array;
  /** Per comparison: adjustment per value id on the exact level, or an empty array. */
  tfAdjustments: Float64Array[];
}

// m is floored so that one disagreeing field cannot veto a pair outright.
const M_FLOOR = 1e-6;

export function levelWeight(p: ComparisonParameters, level: number): number {
  if (level === NULL_LEVEL) return 0;
  return Math.log2(Math.max(p.m[level], M_FLOOR) / p.u[level]);
}

/**
 * Compile a model for scoring a prepared data set.
 * TF (Splink's term-frequency adjustment): the exact level's weight log2(m/u) becomes log2(m/tf),
 * tf being the value's frequency, by adding log2(u_exact / tf) (docs/topic_guides/comparisons/
 * term-frequency.md): two "García Hernández" agree for less than two rare names.
 */
export function compileModel(model: LinkageModel, data: PreparedData): ScoringModel {
  const weights = new Float64Array(data.comparisons.length * MAX_LEVELS);
  const tfAdjustments: Float64Array[] = [];
  data.comparisons.forEach((cc, c) => {
    const p = model.comparisons[c];
    for (let l = 0; l < cc.levelCount; l++) weights[c * MAX_LEVELS + l] = levelWeight(p, l);
    if (cc.tfFrequency.length === 0) {
      tfAdjustments.push(new Float64Array(0));
      return;
    }
    const uExact = p.u[EXACT_LEVEL];
    const adj = new Float64Array(cc.tfFrequency.length);
    for (let id = 0; id < adj.length; id++) {
      const tf = cc.tfFrequency[id];
      adj[id] = tf > 0 ? Math.log2(uExact / tf) : 0;
    }
    tfAdjustments.push(adj);
  });
  return { prior: Math.log2(model.lambda / (1 - model.lambda)), weights, tfAdjustments };
}

export function weightToProbability(weight: number): number {
  return 1 / (1 + Math.pow(2, -weight));
}

export function probabilityToWeight(p: number): number {
  return Math.log2(p / (1 - p));
}

export interface WeightTerm {
  comparison: string;
  level: number;
  label: string;
  m: number | null;
  u: number | null;
  /** log2(m/u); 0 for a null level. */
  weight: number;
  /** Term-frequency adjustment on an exact match, else 0. */
  tfAdjustment: number;
}

export interface PairExplanation {
  prior: number;
  terms: WeightTerm[];
  matchWeight: number;
  matchProbability: number;
}

/**
 * Take a pair's score apart, field by field (the waterfall explanation of linkage.md §5.2).
 * @example explainPair(model, compileModel(model, data), data, 0, 1).terms.map((t) => t.weight)
 */
export function explainPair(
  model: LinkageModel,
  scoring: ScoringModel,
  data: PreparedData,
  i: number,
  j: number,
): PairExplanation {
  let total = scoring.prior;
  const terms = data.comparisons.map((cc, c) => {
    const level = comparisonLevel(cc, i, j);
    const p = model.comparisons[c];
    const weight = scoring.weights[c * MAX_LEVELS + level];
    const adj = scoring.tfAdjustments[c];
    const tfAdjustment = level === EXACT_LEVEL && adj.length > 0 ? adj[termFrequencyId(cc, i)] : 0;
    total += weight + tfAdjustment;
    return {
      comparison: cc.name,
      level,
      label: cc.labels[level],
      m: level === NULL_LEVEL ? null : p.m[level],
      u: level === NULL_LEVEL ? null : p.u[level],
      weight,
      tfAdjustment,
    };
  });
  return { prior: scoring.prior, terms, matchWeight: total, matchProbability: weightToProbability(total) };
}
