/**
 * Evaluates a compiled rule against a household's facts at an as-of date.
 *
 * `evaluateOutcome` is the fast path (bulk re-screening, the benchmark); `explainEvaluation` runs
 * the same closures and then reads the trace into a criterion-by-criterion explanation with the
 * missing facts. Both are pure: same rule, facts and date give the same answer.
 */
import { MET, NOT_EVALUATED, NOT_MET, UNKNOWN, type CompiledRule, type EvalContext, type ExplainParams } from './compile-rule.ts';
import { findFact } from './fact-registry.ts';
import type { HouseholdFacts } from './household-facts.ts';
import { dayNumber, isFullDate } from './partial-date.ts';

// Local copies of imported values used in loops (see compile-rule.ts on live-binding getters).
const dayNumberOf = dayNumber;
const isFullDateOf = isFullDate;
const UNKNOWN_CODE = UNKNOWN;
const NOT_EVALUATED_CODE = NOT_EVALUATED;
import type { RuleNode, RuleSource } from './rules.schemas.ts';

export type Outcome = 'eligible' | 'not_eligible' | 'needs_information';
export type CriterionResult = 'met' | 'not_met' | 'unknown' | 'not_evaluated';

export interface NodeExplanation {
  id: string;
  type: RuleNode['type'];
  depth: number;
  parentId?: string;
  result: CriterionResult;
  /** Message key; the messages render it with `params` in the applicant's language. */
  explain?: string;
  params: ExplainParams;
  source?: RuleSource;
  /** The member the result is about (the witness, for quantifiers). */
  memberId?: string;
  /** The relative (index in the member's `relatives`) the result is about. */
  relativeIndex?: number;
}

export interface MissingFact {
  fact: string;
  memberId?: string;
  relativeIndex?: number;
}

export interface Evaluation {
  ruleVersion: string;
  asOf: string;
  outcome: Outcome;
  /** The rule's nodes in pre-order; `depth` gives the nesting for display. */
  nodes: NodeExplanation[];
  /** Facts whose absence keeps the answer open; empty unless the outcome is needs_information. */
  missingFacts: MissingFact[];
}

const OUTCOMES: readonly Outcome[] = ['not_eligible', 'needs_information', 'eligible'];
const RESULTS: readonly CriterionResult[] = ['not_met', 'unknown', 'met'];

function prepare(ctx: EvalContext, household: HouseholdFacts, asOf: string): void {
  if (asOf !== ctx.asOf) {
    if (!isFullDateOf(asOf)) throw new Error(`as-of date must be YYYY-MM-DD, got ${asOf}`);
    ctx.y = Number(asOf.slice(0, 4));
    ctx.m = Number(asOf.slice(5, 7));
    ctx.d = Number(asOf.slice(8, 10));
    ctx.today = dayNumberOf(ctx.y, ctx.m, ctx.d);
    ctx.asOf = asOf;
  }
  ctx.household = household;
  const members = household.members;
  let principal = 0;
  for (let i = 0; i < members.length; i++) {
    if (members[i].id === household.principalId) {
      principal = i;
      break;
    }
  }
  ctx.principalIndex = principal;
  ctx.member = undefined;
  ctx.relative = undefined;
  ctx.memberIndex = -1;
  ctx.relativeIndex = -1;
}

/**
 * The outcome only, without building the explanation; allocates nothing.
 *
 * @example evaluateOutcome(compileRule(version), household, '2026-11-27') // 'needs_information'
 */
export function evaluateOutcome(compiled: CompiledRule, household: HouseholdFacts, asOf: string): Outcome {
  const ctx = compiled.ctx;
  prepare(ctx, household, asOf);
  ctx.trace = false;
  const r = compiled.root(ctx);
  ctx.household = EMPTY;
  return OUTCOMES[r];
}

const EMPTY: HouseholdFacts = { principalId: '', members: [] };

/**
 * The outcome with every node's result, the witness member, and the missing facts.
 *
 * A fact is missing when its criterion is unknown and every node above it is unknown too: an
 * unknown criterion under an `any` that another branch already meets does not block the answer.
 *
 * @example
 *   const e = explainEvaluation(compiled, household, '2026-11-27');
 *   e.missingFacts // [{ fact: 'member.birthDate', memberId: 'm1' }]
 */
export function explainEvaluation(compiled: CompiledRule, household: HouseholdFacts, asOf: string): Evaluation {
  const ctx = compiled.ctx;
  prepare(ctx, household, asOf);
  ctx.results.fill(NOT_EVALUATED);
  ctx.trace = true;
  const r = compiled.root(ctx);
  const members = household.members;
  const nodes: NodeExplanation[] = [];
  const missing: MissingFact[] = [];
  const seen = new Set<string>();
  // Pre-order: a node's parent is explained before it, so `open[parent]` is known.
  const open = new Uint8Array(compiled.nodes.length);
  for (const n of compiled.nodes) {
    const code = ctx.results[n.index];
    const result: CriterionResult = code === NOT_EVALUATED_CODE ? 'not_evaluated' : RESULTS[code];
    const memberIndex = ctx.memberAt[n.index];
    const relativeIndex = ctx.relativeAt[n.index];
    const memberId = memberIndex >= 0 && code !== NOT_EVALUATED_CODE ? members[memberIndex]?.id : undefined;
    nodes.push({
      id: n.id,
      type: n.type,
      depth: n.depth,
      parentId: n.parent >= 0 ? compiled.nodes[n.parent].id : undefined,
      result,
      explain: n.explain,
      params: n.params,
      source: n.source,
      memberId,
      relativeIndex: relativeIndex >= 0 && code !== NOT_EVALUATED_CODE ? relativeIndex : undefined,
    });
    open[n.index] = code === UNKNOWN_CODE && (n.parent < 0 || open[n.parent] === 1) ? 1 : 0;
    if (open[n.index] !== 1) continue;
    let fact: string | undefined;
    if (n.type === 'criterion') fact = n.params.fact;
    else if (n.collectionFact !== undefined && relativeIndex < 0) fact = n.collectionFact;
    if (fact === undefined) continue;
    const rel = n.type === 'criterion' && relativeIndex >= 0 ? relativeIndex : undefined;
    const facts = [fact];
    if (n.type === 'criterion' && n.params.otherFact !== undefined) {
      // Name only the side of the comparison that is actually absent.
      const subject = rel !== undefined ? members[memberIndex]?.relatives?.[rel] : members[memberIndex];
      const read = (path: string): unknown => (findFact(path)?.get as (s: unknown) => unknown)(subject);
      facts.length = 0;
      if (read(fact) === undefined) facts.push(fact);
      if (read(n.params.otherFact) === undefined) facts.push(n.params.otherFact);
    }
    for (const f of facts) {
      const key = `${f}|${memberId ?? ''}|${rel ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      missing.push({ fact: f, memberId, relativeIndex: rel });
    }
  }
  ctx.household = EMPTY;
  return {
    ruleVersion: compiled.version.version,
    asOf,
    outcome: OUTCOMES[r],
    nodes,
    missingFacts: r === UNKNOWN_CODE ? missing : [],
  };
}

export { MET, NOT_MET, UNKNOWN };
