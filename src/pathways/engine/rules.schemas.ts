/**
 * Eligibility rules as data: JSON-serialisable, validated with Zod so that an administrator's new
 * rule version is checked (shape, known fact paths, operators that fit the fact's type, facts used
 * only where their scope is bound, unique node ids) before it is stored or compiled.
 */
import { z } from 'zod';
import { findFact, type FactScope, type FactType } from './fact-registry.ts';
import { isFullDate } from './partial-date.ts';

/** Where a criterion comes from: the regulation section or handbook page, with a URL. */
export const RuleSource = z.object({
  citation: z.string().min(3),
  /** A web page (http or https only: it is shown as a link). */
  url: z.url({ protocol: /^https?$/ }),
  /** True when the reference brief marks the rule [BK-verify]: check against the primary text. */
  needsVerification: z.boolean().optional(),
});
export type RuleSource = z.infer<typeof RuleSource>;

const NodeId = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/);
const MessageKey = z.string().regex(/^[a-z0-9_.]+$/);
const FullDate = z.string().refine(isFullDate, { message: 'pathways.rules.date_invalid' });

const criterionBase = {
  type: z.literal('criterion'),
  id: NodeId,
  fact: z.string(),
  explain: MessageKey,
  source: RuleSource,
};

export const Criterion = z.discriminatedUnion('op', [
  z.object({ ...criterionBase, op: z.enum(['equals', 'not_equals']), value: z.union([z.string(), z.number(), z.boolean()]) }),
  z.object({ ...criterionBase, op: z.enum(['in', 'not_in']), values: z.array(z.string()).min(1) }),
  z.object({ ...criterionBase, op: z.enum(['gte', 'lte']), value: z.number() }),
  z.object({ ...criterionBase, op: z.enum(['in_fact', 'not_in_fact']), otherFact: z.string() }),
  z.object({
    ...criterionBase,
    op: z.literal('age_between'),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  }),
  z.object({ ...criterionBase, op: z.enum(['on_or_before', 'on_or_after']), date: FullDate }),
  z.object({
    ...criterionBase,
    op: z.literal('within'),
    years: z.number().int().min(0).optional(),
    days: z.number().int().min(0).optional(),
  }),
]);
export type Criterion = z.infer<typeof Criterion>;
export type Operator = Criterion['op'];

export type CombinatorType = 'all' | 'any';
export type QuantifierType = 'principal' | 'some_member' | 'every_member' | 'some_relative';

export type RuleNode =
  | Criterion
  | { type: CombinatorType; id: string; explain?: string; children: RuleNode[] }
  | { type: 'not'; id: string; explain?: string; child: RuleNode }
  | { type: QuantifierType; id: string; explain?: string; child: RuleNode };

export const RuleNode: z.ZodType<RuleNode> = z.lazy(() =>
  z.union([
    Criterion,
    z.object({
      type: z.enum(['all', 'any']),
      id: NodeId,
      explain: MessageKey.optional(),
      children: z.array(RuleNode).min(1),
    }),
    z.object({
      type: z.enum(['not', 'principal', 'some_member', 'every_member', 'some_relative']),
      id: NodeId,
      explain: MessageKey.optional(),
      child: RuleNode,
    }),
  ]),
);

const OPERATORS_BY_TYPE: Record<FactType, readonly Operator[]> = {
  string: ['equals', 'not_equals', 'in', 'not_in', 'in_fact', 'not_in_fact'],
  string_list: ['in', 'not_in'],
  number: ['equals', 'not_equals', 'gte', 'lte'],
  boolean: ['equals', 'not_equals'],
  date: ['age_between', 'on_or_before', 'on_or_after', 'within'],
};

function isInScope(scope: FactScope, bound: ReadonlySet<FactScope>): boolean {
  return bound.has(scope);
}

/**
 * Checks what the schema cannot: fact paths, operator against type, scope, unique ids.
 * Returns a list of problems, empty when the rule is sound.
 *
 * @example checkRule(version.rule) // []
 */
export function checkRule(root: RuleNode): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  function visit(node: RuleNode, bound: ReadonlySet<FactScope>): void {
    if (ids.has(node.id)) problems.push(`${node.id}: duplicate node id`);
    ids.add(node.id);
    switch (node.type) {
      case 'criterion': {
        const fact = findFact(node.fact);
        if (!fact) {
          problems.push(`${node.id}: unknown fact ${node.fact}`);
          return;
        }
        if (!isInScope(fact.scope, bound)) problems.push(`${node.id}: ${node.fact} is read outside a ${fact.scope} quantifier`);
        if (!OPERATORS_BY_TYPE[fact.type].includes(node.op)) problems.push(`${node.id}: ${node.op} does not apply to ${fact.type}`);
        if (node.op === 'age_between' && node.fact.endsWith('.birthDate') === false) problems.push(`${node.id}: age_between reads a birth date`);
        if (node.op === 'age_between' && node.min === undefined && node.max === undefined) problems.push(`${node.id}: age_between needs min or max`);
        if (node.op === 'within' && node.years === undefined && node.days === undefined) problems.push(`${node.id}: within needs years or days`);
        if (node.op === 'in_fact' || node.op === 'not_in_fact') {
          const other = findFact(node.otherFact);
          if (!other) problems.push(`${node.id}: unknown fact ${node.otherFact}`);
          else if (other.scope !== fact.scope) problems.push(`${node.id}: ${node.otherFact} must share the scope of ${node.fact}`);
          else if (other.type !== 'string' && other.type !== 'string_list') problems.push(`${node.id}: ${node.otherFact} is not a code`);
        }
        if ((node.op === 'equals' || node.op === 'not_equals') && typeof node.value !== expectedValueType(fact.type)) {
          problems.push(`${node.id}: value must be a ${expectedValueType(fact.type)}`);
        }
        return;
      }
      case 'all':
      case 'any':
        for (const child of node.children) visit(child, bound);
        return;
      case 'not':
        visit(node.child, bound);
        return;
      case 'principal':
      case 'some_member':
      case 'every_member':
        if (bound.has('member')) problems.push(`${node.id}: member quantifiers do not nest`);
        visit(node.child, new Set([...bound, 'member']));
        return;
      case 'some_relative':
        if (!bound.has('member')) problems.push(`${node.id}: some_relative needs a member in scope`);
        if (bound.has('relative')) problems.push(`${node.id}: relative quantifiers do not nest`);
        visit(node.child, new Set([...bound, 'relative']));
        return;
    }
  }
  visit(root, new Set(['household']));
  return problems;
}

function expectedValueType(type: FactType): 'string' | 'number' | 'boolean' {
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  return 'string';
}

/** One version of a programme's rules, effective from a date (inclusive) to a date (exclusive). */
export const RuleVersion = z
  .object({
    version: z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}(\.[0-9]+)?$/),
    effectiveFrom: FullDate,
    effectiveTo: FullDate.optional(),
    changeNote: z.string().min(3),
    rule: RuleNode,
  })
  .superRefine((v, ctx) => {
    for (const problem of checkRule(v.rule)) ctx.addIssue({ code: 'custom', message: problem, path: ['rule'] });
    if (v.effectiveTo !== undefined && v.effectiveTo <= v.effectiveFrom) {
      ctx.addIssue({ code: 'custom', message: 'effectiveTo must follow effectiveFrom', path: ['effectiveTo'] });
    }
  });
export type RuleVersion = z.infer<typeof RuleVersion>;

/** The direct children of a node, in order; a criterion has none. */
export function listChildren(node: RuleNode): RuleNode[] {
  if (node.type === 'criterion') return [];
  return 'children' in node ? node.children : [node.child];
}
