/**
 * Screening results are stored compactly: one letter per rule node (in the compiled rule's
 * pre-order) and, per node, the position of the household member it is about. With the rule
 * version, which is stored too, that is enough to rebuild the criterion-by-criterion
 * explanation in any language, at a few dozen bytes a result instead of kilobytes; bulk
 * re-screening of hundreds of thousands of households depends on that.
 */
import type { CompiledRule } from './engine/compile-rule.ts';
import type { CriterionResult, Evaluation, MissingFact, Outcome } from './engine/evaluate-rule.ts';

export interface StoredEvaluation {
  /** One letter per node: m met, n not met, u unknown, - not evaluated. */
  r: string;
  /** Per node, the member position (0 = principal), or -1. */
  w: number[];
}

const LETTER: Record<CriterionResult, string> = { met: 'm', not_met: 'n', unknown: 'u', not_evaluated: '-' };
const RESULT: Record<string, CriterionResult> = { m: 'met', n: 'not_met', u: 'unknown', '-': 'not_evaluated' };

export function compactEvaluation(evaluation: Evaluation, memberIds: readonly string[]): StoredEvaluation {
  return {
    r: evaluation.nodes.map((n) => LETTER[n.result]).join(''),
    w: evaluation.nodes.map((n) => (n.memberId === undefined ? -1 : memberIds.indexOf(n.memberId))),
  };
}

/** The explanation again, from the compiled rule version and the stored letters. */
export function expandEvaluation(
  compiled: CompiledRule,
  stored: StoredEvaluation,
  memberIds: readonly string[],
  extra: { ruleVersion: string; asOf: string; outcome: Outcome; missingFacts: MissingFact[] },
): Evaluation {
  // Results written before this format (or by hand) may lack the letters: show them as not evaluated.
  const letters = typeof stored?.r === 'string' ? stored.r : '';
  const who = Array.isArray(stored?.w) ? stored.w : [];
  return {
    ...extra,
    nodes: compiled.nodes.map((n, i) => ({
      id: n.id,
      type: n.type,
      depth: n.depth,
      parentId: n.parent >= 0 ? compiled.nodes[n.parent].id : undefined,
      result: RESULT[letters[i] ?? '-'] ?? 'not_evaluated',
      explain: n.explain,
      params: n.params,
      source: n.source,
      memberId: (who[i] ?? -1) >= 0 ? memberIds[who[i]] : undefined,
    })),
  };
}
