/**
 * Compiles a rule version into closures, once, so that evaluating a household is a walk over
 * prebuilt functions that read typed-array slots and never allocate.
 *
 * Results are three-valued (Kleene): NOT_MET = 0, UNKNOWN = 1, MET = 2, so `all` is the minimum,
 * `any` the maximum and `not` is `2 - r`. Every node writes its result into a slot, so the last
 * walk leaves a trace from which the explanation and the missing facts are read. When tracing,
 * quantifiers re-walk their witness (the member or relative that decided the answer) if it was not
 * the last one walked, so the trace always describes the witness.
 */
import { COLLECTION_FACTS, findFact, type FactDefinition, type ValueDomain } from './fact-registry.ts';
import type { HouseholdFacts, MemberFacts, RelativeFacts } from './household-facts.ts';
import { dayNumber, daysInMonth } from './partial-date.ts';
import { checkRule, type Criterion, type RuleNode, type RuleSource, type RuleVersion } from './rules.schemas.ts';

export const NOT_MET = 0;
export const UNKNOWN = 1;
export const MET = 2;
export const NOT_EVALUATED = 255;

/** Mutable state of one evaluation; one per compiled rule, reused across calls. */
export class EvalContext {
  household: HouseholdFacts = { principalId: '', members: [] };
  member: MemberFacts | undefined = undefined;
  relative: RelativeFacts | undefined = undefined;
  memberIndex = -1;
  relativeIndex = -1;
  principalIndex = 0;
  y = 0;
  m = 0;
  d = 0;
  today = 0;
  /** The as-of date y, m, d and today were computed from; parsed again only when it changes. */
  asOf = '';
  /** Keep the trace consistent with the witnesses (explanations); off for outcome-only runs. */
  trace = false;
  /** Scratch for the partial date being compared, so the hot path allocates nothing. */
  py = 0;
  pm = 0;
  pd = 0;
  first = 0;
  last = 0;
  readonly results: Uint8Array;
  readonly memberAt: Int16Array;
  readonly relativeAt: Int16Array;
  constructor(size: number) {
    this.results = new Uint8Array(size);
    this.memberAt = new Int16Array(size);
    this.relativeAt = new Int16Array(size);
  }
}

type Evaluator = (ctx: EvalContext) => number;

/** Parameters a criterion's message is rendered with; computed once at compile time. */
export interface ExplainParams {
  fact?: string;
  domain?: ValueDomain;
  values?: readonly string[];
  value?: string | number | boolean;
  otherFact?: string;
  min?: number;
  max?: number;
  date?: string;
  years?: number;
  days?: number;
}

export interface CompiledNode {
  index: number;
  /** Index just past this node's subtree, in pre-order. */
  end: number;
  parent: number;
  depth: number;
  id: string;
  type: RuleNode['type'];
  explain?: string;
  source?: RuleSource;
  params: ExplainParams;
  /** For quantifiers over a collection that may be unknown: the fact naming that collection. */
  collectionFact?: string;
}

export interface CompiledRule {
  version: RuleVersion;
  nodes: readonly CompiledNode[];
  root: Evaluator;
  ctx: EvalContext;
}

let evaluationCount = 0;

/** Criterion-level evaluations since the process started; a benchmark divides its difference by time. */
export function countCriterionEvaluations(): number {
  return evaluationCount;
}

const SCOPE_HOUSEHOLD = 0;
const SCOPE_MEMBER = 1;
const SCOPE_RELATIVE = 2;

// Local copies: calling another module's export can go through a live-binding getter when the
// TypeScript loader transpiles modules, and these run once per criterion evaluation.
const dayNumberOf = dayNumber;
const daysInMonthOf = daysInMonth;
const findFactOf = findFact;

/**
 * Parses a partial date into ctx.py/pm/pd (0 for an absent month or day); false when malformed.
 * Inlined here rather than calling partial-date.ts three times: this is the hot path.
 */
function parsePartial(ctx: EvalContext, s: string): boolean {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    y = y * 10 + c;
  }
  let m = 0;
  let d = 0;
  if (n >= 7) {
    const a = s.charCodeAt(5) - 48;
    const b = s.charCodeAt(6) - 48;
    if (s.charCodeAt(4) !== 45 || a < 0 || a > 9 || b < 0 || b > 9) return false;
    m = a * 10 + b;
    if (m < 1 || m > 12) return false;
  }
  if (n === 10) {
    const a = s.charCodeAt(8) - 48;
    const b = s.charCodeAt(9) - 48;
    if (s.charCodeAt(7) !== 45 || a < 0 || a > 9 || b < 0 || b > 9) return false;
    d = a * 10 + b;
    if (d < 1 || d > daysInMonthOf(y, m)) return false;
  }
  ctx.py = y;
  ctx.pm = m;
  ctx.pd = d;
  return true;
}

/** First and last possible day of the parsed partial date, into ctx.first/ctx.last. */
function dayRange(ctx: EvalContext): void {
  const y = ctx.py;
  const m = ctx.pm;
  const d = ctx.pd;
  ctx.first = dayNumberOf(y, m === 0 ? 1 : m, d === 0 ? 1 : d);
  const lm = m === 0 ? 12 : m;
  ctx.last = dayNumberOf(y, lm, d === 0 ? daysInMonthOf(y, lm) : d);
}

function ageOn(by: number, bm: number, bd: number, ctx: EvalContext): number {
  return ctx.y - by - (ctx.m < bm || (ctx.m === bm && ctx.d < bd) ? 1 : 0);
}

function subjectOf(ctx: EvalContext, scope: number): unknown {
  return scope === SCOPE_MEMBER ? ctx.member : scope === SCOPE_RELATIVE ? ctx.relative : ctx.household;
}

function record(ctx: EvalContext, index: number, r: number): number {
  ctx.results[index] = r;
  ctx.memberAt[index] = ctx.memberIndex;
  ctx.relativeAt[index] = ctx.relativeIndex;
  return r;
}

function scopeCode(fact: FactDefinition): number {
  return fact.scope === 'member' ? SCOPE_MEMBER : fact.scope === 'relative' ? SCOPE_RELATIVE : SCOPE_HOUSEHOLD;
}

function fullDateDay(date: string): number {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** One closure per criterion: read the fact, compare, count, record. */
function leafFor(c: Criterion, fact: FactDefinition, index: number): Evaluator {
  const get = fact.get as (subject: unknown) => unknown;
  const scope = scopeCode(fact);
  switch (c.op) {
    case 'equals':
    case 'not_equals': {
      const want = c.value;
      const hit = c.op === 'equals' ? MET : NOT_MET;
      const miss = MET - hit;
      return (ctx) => {
        evaluationCount++;
        const v = get(subjectOf(ctx, scope));
        return record(ctx, index, v === undefined ? UNKNOWN : v === want ? hit : miss);
      };
    }
    case 'in':
    case 'not_in': {
      const set = new Set(c.values);
      const hit = c.op === 'in' ? MET : NOT_MET;
      const miss = MET - hit;
      if (fact.type === 'string_list') {
        return (ctx) => {
          evaluationCount++;
          const v = get(subjectOf(ctx, scope)) as readonly string[] | undefined;
          if (v === undefined) return record(ctx, index, UNKNOWN);
          let r = miss;
          for (let i = 0; i < v.length; i++) {
            if (set.has(v[i])) {
              r = hit;
              break;
            }
          }
          return record(ctx, index, r);
        };
      }
      return (ctx) => {
        evaluationCount++;
        const v = get(subjectOf(ctx, scope)) as string | undefined;
        return record(ctx, index, v === undefined ? UNKNOWN : set.has(v) ? hit : miss);
      };
    }
    case 'gte':
    case 'lte': {
      const limit = c.value;
      const isGte = c.op === 'gte';
      return (ctx) => {
        evaluationCount++;
        const v = get(subjectOf(ctx, scope)) as number | undefined;
        if (v === undefined) return record(ctx, index, UNKNOWN);
        return record(ctx, index, (isGte ? v >= limit : v <= limit) ? MET : NOT_MET);
      };
    }
    case 'in_fact':
    case 'not_in_fact': {
      const other = (findFactOf(c.otherFact) as FactDefinition).get as (subject: unknown) => unknown;
      const hit = c.op === 'in_fact' ? MET : NOT_MET;
      const miss = MET - hit;
      return (ctx) => {
        evaluationCount++;
        const subject = subjectOf(ctx, scope);
        const v = get(subject);
        const o = other(subject);
        if (v === undefined || o === undefined) return record(ctx, index, UNKNOWN);
        const inside = Array.isArray(o) ? o.includes(v) : o === v;
        return record(ctx, index, inside ? hit : miss);
      };
    }
    case 'age_between': {
      const min = c.min ?? -1;
      const max = c.max ?? 1000;
      return (ctx) => {
        evaluationCount++;
        const v = get(subjectOf(ctx, scope));
        if (typeof v !== 'string' || !parsePartial(ctx, v)) return record(ctx, index, UNKNOWN);
        // Youngest possible: born on the last day the partial date allows; oldest: on the first.
        const y = ctx.py;
        const lm = ctx.pm === 0 ? 12 : ctx.pm;
        const lo = ageOn(y, lm, ctx.pd === 0 ? daysInMonthOf(y, lm) : ctx.pd, ctx);
        const hi = ageOn(y, ctx.pm === 0 ? 1 : ctx.pm, ctx.pd === 0 ? 1 : ctx.pd, ctx);
        if (hi < min || lo > max) return record(ctx, index, NOT_MET);
        return record(ctx, index, lo >= min && hi <= max ? MET : UNKNOWN);
      };
    }
    case 'on_or_before':
    case 'on_or_after': {
      const bound = fullDateDay(c.date);
      const before = c.op === 'on_or_before';
      return (ctx) => {
        evaluationCount++;
        const v = get(subjectOf(ctx, scope));
        if (typeof v !== 'string' || !parsePartial(ctx, v)) return record(ctx, index, UNKNOWN);
        dayRange(ctx);
        if (before) return record(ctx, index, ctx.last <= bound ? MET : ctx.first > bound ? NOT_MET : UNKNOWN);
        return record(ctx, index, ctx.first >= bound ? MET : ctx.last < bound ? NOT_MET : UNKNOWN);
      };
    }
    case 'within': {
      const years = c.years ?? 0;
      const days = c.days ?? 0;
      return (ctx) => {
        evaluationCount++;
        const v = get(subjectOf(ctx, scope));
        if (typeof v !== 'string' || !parsePartial(ctx, v)) return record(ctx, index, UNKNOWN);
        dayRange(ctx);
        // The same calendar day `years` earlier (29 February falls back to the 28th), less `days`.
        const y = ctx.y - years;
        const cutoff = dayNumberOf(y, ctx.m, Math.min(ctx.d, daysInMonthOf(y, ctx.m))) - days;
        if (ctx.last < cutoff || ctx.first > ctx.today) return record(ctx, index, NOT_MET);
        return record(ctx, index, ctx.first >= cutoff && ctx.last <= ctx.today ? MET : UNKNOWN);
      };
    }
  }
}

function paramsFor(c: Criterion, fact: FactDefinition): ExplainParams {
  const p: ExplainParams = { fact: c.fact, domain: fact.domain };
  switch (c.op) {
    case 'equals':
    case 'not_equals':
    case 'gte':
    case 'lte':
      p.value = c.value;
      break;
    case 'in':
    case 'not_in':
      p.values = Object.freeze([...c.values]);
      break;
    case 'in_fact':
    case 'not_in_fact':
      p.otherFact = c.otherFact;
      break;
    case 'age_between':
      p.min = c.min;
      p.max = c.max;
      break;
    case 'on_or_before':
    case 'on_or_after':
      p.date = c.date;
      break;
    case 'within':
      p.years = c.years;
      p.days = c.days;
      break;
  }
  return Object.freeze(p);
}

/**
 * Compiles a rule version. Throws when the rule does not pass `checkRule`.
 *
 * @example
 *   const compiled = compileRule(programme.ruleVersions[0]);
 *   evaluateOutcome(compiled, household, '2026-11-27'); // 'eligible' | 'not_eligible' | 'needs_information'
 */
export function compileRule(version: RuleVersion): CompiledRule {
  const problems = checkRule(version.rule);
  if (problems.length > 0) throw new Error(`rule ${version.version} is invalid: ${problems.join('; ')}`);
  const nodes: CompiledNode[] = [];

  function build(node: RuleNode, parent: number, depth: number): Evaluator {
    const index = nodes.length;
    const meta: CompiledNode = {
      index,
      end: index + 1,
      parent,
      depth,
      id: node.id,
      type: node.type,
      explain: node.explain,
      params: {},
    };
    nodes.push(meta);
    const ev = buildNode(node, meta, index, depth);
    meta.end = nodes.length;
    return ev;
  }

  function buildNode(node: RuleNode, meta: CompiledNode, index: number, depth: number): Evaluator {
    switch (node.type) {
      case 'criterion': {
        const fact = findFact(node.fact) as FactDefinition;
        meta.source = node.source;
        meta.params = paramsFor(node, fact);
        return leafFor(node, fact, index);
      }
      case 'all':
      case 'any': {
        const children = node.children.map((child) => build(child, index, depth + 1));
        const isAll = node.type === 'all';
        return (ctx) => {
          let r = isAll ? MET : NOT_MET;
          for (let i = 0; i < children.length; i++) {
            const c = children[i](ctx);
            if (isAll ? c < r : c > r) r = c;
          }
          ctx.results[index] = r;
          ctx.memberAt[index] = ctx.memberIndex;
          ctx.relativeAt[index] = ctx.relativeIndex;
          return r;
        };
      }
      case 'not': {
        const child = build(node.child, index, depth + 1);
        return (ctx) => {
          const r = MET - child(ctx);
          ctx.results[index] = r;
          ctx.memberAt[index] = ctx.memberIndex;
          ctx.relativeAt[index] = ctx.relativeIndex;
          return r;
        };
      }
      case 'principal': {
        const child = build(node.child, index, depth + 1);
        return (ctx) => {
          const i = ctx.principalIndex;
          ctx.member = ctx.household.members[i];
          ctx.memberIndex = i;
          const r = child(ctx);
          ctx.member = undefined;
          ctx.memberIndex = -1;
          ctx.results[index] = r;
          ctx.memberAt[index] = i;
          ctx.relativeAt[index] = -1;
          return r;
        };
      }
      case 'some_member':
      case 'every_member': {
        const child = build(node.child, index, depth + 1);
        // "some": stop at the first member who meets it; "every": stop at the first who does not.
        const stopAt = node.type === 'some_member' ? MET : NOT_MET;
        return (ctx) => {
          const members = ctx.household.members;
          let r = node.type === 'some_member' ? NOT_MET : MET;
          let witness = -1;
          let last = -1;
          for (let i = 0; i < members.length; i++) {
            ctx.member = members[i];
            ctx.memberIndex = i;
            const c = child(ctx);
            last = i;
            if (c === stopAt) {
              r = c;
              witness = i;
              break;
            }
            if (c === UNKNOWN && r !== UNKNOWN) {
              r = UNKNOWN;
              witness = i;
            }
          }
          // Nobody decided it: "every" was met by all (explain with the last one walked), or
          // "some" was met by nobody (explain with the principal).
          if (witness === -1) witness = r === MET ? last : ctx.principalIndex;
          // Re-walk the witness only when an explanation is wanted; the outcome does not need it.
          if (ctx.trace && witness !== last && witness >= 0) {
            ctx.member = members[witness];
            ctx.memberIndex = witness;
            child(ctx);
          }
          ctx.member = undefined;
          ctx.memberIndex = -1;
          ctx.results[index] = r;
          ctx.memberAt[index] = witness;
          ctx.relativeAt[index] = -1;
          return r;
        };
      }
      case 'some_relative': {
        meta.collectionFact = COLLECTION_FACTS.some_relative;
        const child = build(node.child, index, depth + 1);
        return (ctx) => {
          const relatives = (ctx.member as MemberFacts).relatives;
          let r: number = NOT_MET;
          let witness = -1;
          if (relatives === undefined || relatives.length === 0) {
            // Not walked: clear the subtree so no stale trace from another member is read.
            ctx.results.fill(NOT_EVALUATED, index + 1, meta.end);
            r = relatives === undefined ? UNKNOWN : NOT_MET;
          } else {
            let last = -1;
            for (let i = 0; i < relatives.length; i++) {
              ctx.relative = relatives[i];
              ctx.relativeIndex = i;
              const c = child(ctx);
              last = i;
              if (c === MET) {
                r = MET;
                witness = i;
                break;
              }
              if (c === UNKNOWN && r === NOT_MET) {
                r = UNKNOWN;
                witness = i;
              }
            }
            if (witness === -1) witness = 0;
            if (ctx.trace && witness !== last) {
              ctx.relative = relatives[witness];
              ctx.relativeIndex = witness;
              child(ctx);
            }
            ctx.relative = undefined;
            ctx.relativeIndex = -1;
          }
          ctx.results[index] = r;
          ctx.memberAt[index] = ctx.memberIndex;
          ctx.relativeAt[index] = witness;
          return r;
        };
      }
    }
  }

  const root = build(version.rule, -1, 0);
  return { version, nodes, root, ctx: new EvalContext(nodes.length) };
}
