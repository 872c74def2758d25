import { describe, expect, it } from 'vitest';
import { compileRule, countCriterionEvaluations } from './compile-rule.ts';
import { evaluateOutcome, explainEvaluation } from './evaluate-rule.ts';
import { buildHousehold, buildMember } from './household-factory.ts';
import { checkRule, RuleVersion, type RuleNode } from './rules.schemas.ts';

const SOURCE = { citation: 'Test rule', url: 'https://example.org/rule' };

function version(rule: RuleNode): RuleVersion {
  return RuleVersion.parse({ version: '2026-01-01', effectiveFrom: '2026-01-01', changeNote: 'test rule', rule });
}

const ADULT: RuleNode = { type: 'criterion', id: 'adult', fact: 'member.birthDate', op: 'age_between', min: 18, explain: 'crit.age_at_least', source: SOURCE };
const MEXICAN: RuleNode = { type: 'criterion', id: 'mx', fact: 'member.nationalities', op: 'in', values: ['MX'], explain: 'crit.nationality_in', source: SOURCE };
const READS: RuleNode = { type: 'criterion', id: 'reads', fact: 'member.canRead', op: 'equals', value: true, explain: 'crit.can_read', source: SOURCE };

function principalAll(...children: RuleNode[]): RuleVersion {
  return version({ type: 'principal', id: 'p', child: { type: 'all', id: 'all', children } });
}

describe('three-valued evaluation', () => {
  it('answers eligible, not eligible or needs information', () => {
    const compiled = compileRule(principalAll(ADULT, MEXICAN));
    expect(evaluateOutcome(compiled, buildHousehold(), '2026-11-27')).toBe('eligible');
    expect(evaluateOutcome(compiled, buildHousehold([buildMember({ nationalities: ['GT'] })]), '2026-11-27')).toBe('not_eligible');
    expect(evaluateOutcome(compiled, buildHousehold([buildMember({ birthDate: undefined })]), '2026-11-27')).toBe('needs_information');
  });

  it('follows Kleene: not met beats unknown in all, met beats unknown in any', () => {
    const household = buildHousehold([buildMember({ birthDate: undefined, nationalities: ['GT'] })]);
    expect(evaluateOutcome(compileRule(principalAll(ADULT, MEXICAN)), household, '2026-11-27')).toBe('not_eligible');
    const anyRule = version({ type: 'principal', id: 'p', child: { type: 'any', id: 'any', children: [ADULT, READS] } });
    expect(evaluateOutcome(compileRule(anyRule), household, '2026-11-27')).toBe('eligible');
    const notRule = version({ type: 'principal', id: 'p', child: { type: 'not', id: 'not', child: ADULT } });
    expect(evaluateOutcome(compileRule(notRule), household, '2026-11-27')).toBe('needs_information');
  });

  it('turns a year-only birth date into unknown near the limit, and a decision far from it', () => {
    const compiled = compileRule(principalAll(ADULT));
    const at = (birthDate: string) => evaluateOutcome(compiled, buildHousehold([buildMember({ birthDate })]), '2026-06-01');
    expect(at('2008')).toBe('needs_information');
    expect(at('2008-05')).toBe('eligible');
    expect(at('2008-06')).toBe('needs_information');
    expect(at('2008-06-02')).toBe('not_eligible');
    expect(at('2007')).toBe('eligible');
    expect(at('2009')).toBe('not_eligible');
  });

  it('names the missing facts that block the answer, and only those', () => {
    const rule = principalAll(ADULT, { type: 'any', id: 'any', children: [MEXICAN, READS] });
    const household = buildHousehold([buildMember({ birthDate: '2008', canRead: undefined })]);
    const e = explainEvaluation(compileRule(rule), household, '2026-06-01');
    expect(e.outcome).toBe('needs_information');
    // canRead is unknown, but the any is already met by the nationality: it does not block.
    expect(e.missingFacts).toEqual([{ fact: 'member.birthDate', memberId: 'm1', relativeIndex: undefined }]);
    expect(e.ruleVersion).toBe('2026-01-01');
    expect(e.nodes.find((n) => n.id === 'reads')?.result).toBe('unknown');
    expect(e.nodes.find((n) => n.id === 'mx')?.source).toEqual(SOURCE);
  });

  it('compares a fact with another fact (outside the country of nationality)', () => {
    const rule = principalAll({ type: 'criterion', id: 'out', fact: 'member.currentCountry', op: 'not_in_fact', otherFact: 'member.nationalities', explain: 'crit.outside_country_of_nationality', source: SOURCE });
    const compiled = compileRule(rule);
    expect(evaluateOutcome(compiled, buildHousehold([buildMember({ currentCountry: 'CO', nationalities: ['VE'] })]), '2026-11-27')).toBe('eligible');
    expect(evaluateOutcome(compiled, buildHousehold([buildMember({ currentCountry: 'VE', nationalities: ['VE', 'ES'] })]), '2026-11-27')).toBe('not_eligible');
    const e = explainEvaluation(compiled, buildHousehold([buildMember({ currentCountry: 'CO', nationalities: undefined })]), '2026-11-27');
    expect(e.missingFacts.map((m) => m.fact)).toEqual(['member.nationalities']);
  });

  it('evaluates dates within a period and on or before a date, with partial dates', () => {
    const within = compileRule(principalAll({ type: 'criterion', id: 'w', fact: 'member.arrivalDate', op: 'within', days: 42, explain: 'crit.arrived_within_days', source: SOURCE }));
    const arrived = (arrivalDate: string) => evaluateOutcome(within, buildHousehold([buildMember({ arrivalDate })]), '2026-11-27');
    expect(arrived('2026-11-01')).toBe('eligible');
    expect(arrived('2026-10-16')).toBe('eligible');
    expect(arrived('2026-10-15')).toBe('not_eligible');
    expect(arrived('2026-10')).toBe('needs_information');
    expect(arrived('2025')).toBe('not_eligible');
    expect(arrived('2026-12-01')).toBe('not_eligible');
    const before = compileRule(principalAll({ type: 'criterion', id: 'b', fact: 'member.arrivalDate', op: 'on_or_before', date: '2023-06-11', explain: 'crit.arrived_on_or_before', source: SOURCE }));
    const by = (arrivalDate: string) => evaluateOutcome(before, buildHousehold([buildMember({ arrivalDate })]), '2024-01-01');
    expect(by('2023-06-11')).toBe('eligible');
    expect(by('2023-05')).toBe('eligible');
    expect(by('2023-06')).toBe('needs_information');
    expect(by('2023-07')).toBe('not_eligible');
  });
});

describe('quantifiers', () => {
  const someoneAdult = version({ type: 'some_member', id: 'some', child: ADULT });
  const everyoneReads = version({ type: 'every_member', id: 'every', child: READS });
  const child = buildMember({ id: 'm2', relationshipToPrincipal: 'child', birthDate: '2015-03-01' });

  it('some member: met by any one, and the explanation names who', () => {
    const household = buildHousehold([buildMember({ id: 'm1', birthDate: '2012' }), buildMember({ id: 'm2', birthDate: '1980-01-01' })]);
    const e = explainEvaluation(compileRule(someoneAdult), household, '2026-11-27');
    expect(e.outcome).toBe('eligible');
    expect(e.nodes.find((n) => n.id === 'adult')?.memberId).toBe('m2');
    expect(e.nodes.find((n) => n.id === 'some')?.memberId).toBe('m2');
  });

  it('some member: the trace shows the first unknown member when nobody meets it', () => {
    const household = buildHousehold([buildMember({ id: 'm1', birthDate: '2012' }), buildMember({ id: 'm2', birthDate: undefined }), child]);
    const e = explainEvaluation(compileRule(someoneAdult), household, '2026-11-27');
    expect(e.outcome).toBe('needs_information');
    expect(e.missingFacts).toEqual([{ fact: 'member.birthDate', memberId: 'm2', relativeIndex: undefined }]);
  });

  it('every member: one who does not meet it settles it', () => {
    const household = buildHousehold([buildMember(), buildMember({ id: 'm2', canRead: undefined }), buildMember({ id: 'm3', canRead: false })]);
    const e = explainEvaluation(compileRule(everyoneReads), household, '2026-11-27');
    expect(e.outcome).toBe('not_eligible');
    expect(e.nodes.find((n) => n.id === 'reads')?.memberId).toBe('m3');
  });

  it('some relative: unknown when the relatives are unknown, not met when there are none', () => {
    const rule = version({
      type: 'principal',
      id: 'p',
      child: {
        type: 'some_relative',
        id: 'rel',
        child: { type: 'criterion', id: 'in_ca', fact: 'relative.country', op: 'equals', value: 'CA', explain: 'crit.relative_country_in', source: SOURCE },
      },
    });
    const compiled = compileRule(rule);
    const unknown = explainEvaluation(compiled, buildHousehold([buildMember({ relatives: undefined })]), '2026-11-27');
    expect(unknown.outcome).toBe('needs_information');
    expect(unknown.missingFacts).toEqual([{ fact: 'member.relatives', memberId: 'm1', relativeIndex: undefined }]);
    expect(unknown.nodes.find((n) => n.id === 'in_ca')?.result).toBe('not_evaluated');
    expect(evaluateOutcome(compiled, buildHousehold([buildMember({ relatives: [] })]), '2026-11-27')).toBe('not_eligible');
    const found = explainEvaluation(compiled, buildHousehold([buildMember({ relatives: [{ country: 'US' }, { country: 'CA' }] })]), '2026-11-27');
    expect(found.outcome).toBe('eligible');
    expect(found.nodes.find((n) => n.id === 'in_ca')?.relativeIndex).toBe(1);
    const partly = explainEvaluation(compiled, buildHousehold([buildMember({ relatives: [{ country: 'US' }, { relationship: 'sibling' }] })]), '2026-11-27');
    expect(partly.missingFacts).toEqual([{ fact: 'relative.country', memberId: 'm1', relativeIndex: 1 }]);
  });
});

describe('rule validation', () => {
  it('rejects unknown facts, wrong operators, facts out of scope and duplicate ids', () => {
    expect(checkRule({ type: 'principal', id: 'p', child: { ...(ADULT as object), fact: 'member.shoeSize' } as RuleNode })).toEqual(['adult: unknown fact member.shoeSize']);
    expect(checkRule({ type: 'principal', id: 'p', child: { type: 'criterion', id: 'x', fact: 'member.canRead', op: 'gte', value: 1, explain: 'crit.can_read', source: SOURCE } })).toEqual([
      'x: gte does not apply to boolean',
    ]);
    expect(checkRule(ADULT)).toEqual(['adult: member.birthDate is read outside a member quantifier']);
    expect(checkRule({ type: 'principal', id: 'p', child: { type: 'all', id: 'p', children: [ADULT] } })).toEqual(['p: duplicate node id']);
    expect(checkRule({ type: 'principal', id: 'p', child: { type: 'criterion', id: 'x', fact: 'member.canRead', op: 'equals', value: 'yes', explain: 'crit.can_read', source: SOURCE } })).toEqual([
      'x: value must be a boolean',
    ]);
  });

  it('validates a new rule version as JSON, as an administrator would send it', () => {
    const json = JSON.parse(JSON.stringify(principalAll(ADULT, MEXICAN)));
    expect(RuleVersion.safeParse(json).success).toBe(true);
    expect(RuleVersion.safeParse({ ...json, rule: { ...json.rule, child: { type: 'criterion', id: 'x', fact: 'member.nationalities', op: 'in', values: [], explain: 'crit.nationality_in', source: SOURCE } } }).success).toBe(false);
    expect(RuleVersion.safeParse({ ...json, effectiveTo: '2025-01-01' }).success).toBe(false);
    expect(RuleVersion.safeParse({ ...json, rule: { type: 'principal', id: 'p', child: { ...ADULT, source: { citation: 'x', url: 'not a url' } } } }).success).toBe(false);
    expect(() => compileRule({ ...json, rule: ADULT })).toThrow(/invalid/);
  });
});

describe('evaluation count', () => {
  it('counts every criterion evaluation, including each member a quantifier visits', () => {
    const compiled = compileRule(version({ type: 'every_member', id: 'every', child: { type: 'all', id: 'all', children: [ADULT, READS] } }));
    const household = buildHousehold([buildMember(), buildMember({ id: 'm2' }), buildMember({ id: 'm3' })]);
    const before = countCriterionEvaluations();
    evaluateOutcome(compiled, household, '2026-11-27');
    expect(countCriterionEvaluations() - before).toBe(6);
  });
});
