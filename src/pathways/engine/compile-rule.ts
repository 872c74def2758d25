/**
 * Compiles a rule version into closures, once, so that evaluating a household is a walk over
 * prebuilt functions that read typed-array slots and never allocate.
 *
 * Results are three-valued (Kleene): NOT_MET = 0, UNKNOWN = 1, MET = 2, so `all` is the minimum,
 * `any` the maximum and `not` is `2 - r`. Every node writes its result into a slot, so the last
 * walk leaves a trace from which the explanation and the missing facts are read. Quantifiers
 * re-walk their witness (the member or relative that decided the answer) when it was not the last
 * one walked, so the trace always describes the witness.
 */
import { COLLECTION_FACTS, findFact, type FactDefinition, type ValueDomain } from './fact-registry.ts';
import type { HouseholdFacts, MemberFacts, RelativeFacts } from './household-facts.ts';
import { dayNumber, daysInMonth, firstDay, lastDay, maxAge, minAge } from './partial-date.ts';
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

type Reader = (ctx: EvalContext) => unknown;

function readerFor(fact: FactDefinition): Reader {
  const get = fact.get as (subject: unknown) => unknown;
  if (fact.scope === 'member') return (ctx) => get(ctx.member);
  if (fact.scope === 'relative') return (ctx) => get(ctx.relative);
  return (ctx) => get(ctx.household);
}

function compareDate(read: Reader, test: (first: number, last: number, ctx: EvalContext) => number): (ctx: EvalContext) => number {
  return (ctx) => {
    const v = read(ctx);
    if (typeof v !== 'string') return UNKNOWN;
    const first = firstDay(v);
    if (first !== first) return UNKNOWN;
    return test(first, lastDay(v), ctx);
  };
}

function testFor(c: Criterion, fact: FactDefinition, read: Reader): (ctx: EvalContext) => number {
  switch (c.op) {
    case 'equals':
    case 'not_equals': {
      const want = c.value;
      const hit = c.op === 'equals' ? MET : NOT_MET;
      const miss = MET - hit;
      return (ctx) => {
        const v = read(ctx);
        return v === undefined ? UNKNOWN : v === want ? hit : miss;
      };
    }
    case 'in':
    case 'not_in': {
      const set = new Set(c.values);
      const hit = c.op === 'in' ? MET : NOT_MET;
      const miss = MET - hit;
      if (fact.type === 'string_list') {
        return (ctx) => {
          const v = read(ctx) as readonly string[] | undefined;
          if (v === undefined) return UNKNOWN;
          for (let i = 0; i < v.length; i++) if (set.has(v[i])) return hit;
          return miss;
        };
      }
      return (ctx) => {
        const v = read(ctx) as string | undefined;
        return v === undefined ? UNKNOWN : set.has(v) ? hit : miss;
      };
    }
    case 'gte':
    case 'lte': {
      const limit = c.value;
      const isGte = c.op === 'gte';
      return (ctx) => {
        const v = read(ctx) as number | undefined;
        if (v === undefined) return UNKNOWN;
        return (isGte ? v >= limit : v <= limit) ? MET : NOT_MET;
      };
    }
    case 'in_fact':
    case 'not_in_fact': {
      const other = readerFor(findFact(c.otherFact) as FactDefinition);
      const hit = c.op === 'in_fact' ? MET : NOT_MET;
      const miss = MET - hit;
      return (ctx) => {
        const v = read(ctx);
        const o = other(ctx);
        if (v === undefined || o === undefined) return UNKNOWN;
        if (Array.isArray(o)) return o.includes(v) ? hit : miss;
        return o === v ? hit : miss;
      };
    }
    case 'age_between': {
      const min = c.min ?? -1;
      const max = c.max ?? 1000;
      return (ctx) => {
        const v = read(ctx);
        if (typeof v !== 'string') return UNKNOWN;
        const lo = minAge(v, ctx.y, ctx.m, ctx.d);
        if (lo !== lo) return UNKNOWN;
        const hi = maxAge(v, ctx.y, ctx.m, ctx.d);
        if (hi < min || lo > max) return NOT_MET;
        return lo >= min && hi <= max ? MET : UNKNOWN;
      };
    }
    case 'on_or_before': {
      const bound = dayNumber(Number(c.date.slice(0, 4)), Number(c.date.slice(5, 7)), Number(c.date.slice(8, 10)));
      return compareDate(read, (first, last) => (last <= bound ? MET : first > bound ? NOT_MET : UNKNOWN));
    }
    case 'on_or_after': {
      const bound = dayNumber(Number(c.date.slice(0, 4)), Number(c.date.slice(5, 7)), Number(c.date.slice(8, 10)));
      return compareDate(read, (first, last) => (first >= bound ? MET : last < bound ? NOT_MET : UNKNOWN));
    }
    case 'within': {
      const years = c.years ?? 0;
      const days = c.days ?? 0;
      return compareDate(read, (first, last, ctx) => {
        // The same calendar day `years` earlier (29 February falls back to the 28th), less `days`.
        const y = ctx.y - years;
        const cutoff = dayNumber(y, ctx.m, Math.min(ctx.d, daysInMonth(y, ctx.m))) - days;
        if (last < cutoff || first > ctx.today) return NOT_MET;
        return first >= cutoff && last <= ctx.today ? MET : UNKNOWN;
      });
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
        const test = testFor(node, fact, readerFor(fact));
        return (ctx) => {
          evaluationCount++;
          const r = test(ctx);
          ctx.results[index] = r;
          ctx.memberAt[index] = ctx.memberIndex;
          ctx.relativeAt[index] = ctx.relativeIndex;
          return r;
        };
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
          // Nobody decided it (all met "every", or nobody met "some"): explain with the principal.
          if (witness === -1) witness = ctx.principalIndex;
          if (witness !== last && witness >= 0) {
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
            if (witness !== last) {
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
