/**
 * Property tests over the real catalogue with seeded synthetic households (fixed fast-check seed,
 * so a failure reproduces).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateOutcome, explainEvaluation } from '../engine/evaluate-rule.ts';
import { createSeededRandom, generateHousehold } from '../engine/generate-household.ts';
import type { HouseholdFacts, MemberFacts, RelativeFacts } from '../engine/household-facts.ts';
import { listChildren, type RuleNode } from '../engine/rules.schemas.ts';
import { CATALOGUE, compileRuleVersion, screenProgramme } from './catalogue.ts';

const SEED = 20261127;
const RUNS = 150;

const household = fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed) => generateHousehold(createSeededRandom(seed)));

/** A day between 2023 and 2027, as YYYY-MM-DD. */
const asOf = fc.integer({ min: 0, max: 5 * 365 }).map((offset) => new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));

/** Forgets some facts and blurs some dates: the result is less informed, never contradictory. */
function coarsen(h: HouseholdFacts, seed: number): HouseholdFacts {
  const random = createSeededRandom(seed);
  function blurDate(d: string | undefined): string | undefined {
    if (d === undefined) return undefined;
    const x = random();
    return x < 0.2 ? undefined : x < 0.4 ? d.slice(0, 4) : x < 0.55 ? d.slice(0, Math.min(d.length, 7)) : d;
  }
  function forget<T extends object>(o: T, keep: readonly string[]): T {
    const copy = { ...o } as Record<string, unknown>;
    for (const key of Object.keys(copy)) if (!keep.includes(key) && random() < 0.3) delete copy[key];
    return copy as T;
  }
  return {
    principalId: h.principalId,
    members: h.members.map((m): MemberFacts => {
      const member = forget(m, ['id', 'relatives', 'birthDate', 'arrivalDate']);
      member.birthDate = blurDate(m.birthDate);
      member.arrivalDate = blurDate(m.arrivalDate);
      member.relatives =
        m.relatives === undefined || random() < 0.2
          ? undefined
          : m.relatives.map((r): RelativeFacts => ({ ...forget(r, ['birthDate', 'arrivalDate']), birthDate: blurDate(r.birthDate), arrivalDate: blurDate(r.arrivalDate) }));
      return member;
    }),
  };
}

/** Node ids that sit under a quantifier whose witness may change when facts are added. */
function idsUnderWitnessQuantifiers(node: RuleNode, inside = false, out = new Set<string>()): Set<string> {
  if (inside) out.add(node.id);
  const deeper = inside || node.type === 'some_member' || node.type === 'every_member' || node.type === 'some_relative';
  for (const child of listChildren(node)) idsUnderWitnessQuantifiers(child, deeper, out);
  return out;
}

function factsUsed(node: RuleNode, out = new Set<string>()): Set<string> {
  if (node.type === 'criterion') {
    out.add(node.fact);
    if (node.op === 'in_fact' || node.op === 'not_in_fact') out.add(node.otherFact);
  }
  for (const child of listChildren(node)) factsUsed(child, out);
  return out;
}

const VERSIONS = CATALOGUE.flatMap((p) => p.ruleVersions.map((v) => ({ programme: p, version: v, compiled: compileRuleVersion(v) })));

describe('screening properties', () => {
  it('is deterministic, and one household never leaks into the next', () => {
    fc.assert(
      fc.property(household, household, asOf, (a, b, date) => {
        for (const { compiled } of VERSIONS) {
          const first = explainEvaluation(compiled, a, date);
          explainEvaluation(compiled, b, date);
          evaluateOutcome(compiled, b, date);
          expect(explainEvaluation(compiled, a, date)).toEqual(first);
          expect(evaluateOutcome(compiled, a, date)).toBe(first.outcome);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('is monotone: knowing more never reverses a decided answer (Kleene)', () => {
    fc.assert(
      fc.property(household, fc.integer(), asOf, (full, seed, date) => {
        const partial = coarsen(full, seed);
        for (const { version, compiled } of VERSIONS) {
          const before = explainEvaluation(compiled, partial, date);
          const after = explainEvaluation(compiled, full, date);
          if (before.outcome !== 'needs_information') expect(after.outcome).toBe(before.outcome);
          // Criterion by criterion, where the member examined cannot change: met or not met stays.
          const unstable = idsUnderWitnessQuantifiers(version.rule);
          for (let i = 0; i < before.nodes.length; i++) {
            const node = before.nodes[i];
            if (unstable.has(node.id) || node.result === 'unknown' || node.result === 'not_evaluated') continue;
            expect(after.nodes[i].result, `${version.version} ${node.id}`).toBe(node.result);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('ignores facts no rule reads: an unknown never becomes met that way', () => {
    const used = new Set(VERSIONS.flatMap(({ version }) => [...factsUsed(version.rule)]));
    for (const fact of ['member.sex', 'member.languages', 'member.otherWorkExperienceYears', 'member.currentSubdivision']) {
      expect(used.has(fact), fact).toBe(false);
    }
    fc.assert(
      fc.property(household, fc.constantFrom('female', 'male', 'other' as const), asOf, (h, sex, date) => {
        const changed: HouseholdFacts = {
          ...h,
          members: h.members.map((m) => ({ ...m, sex, languages: ['pt', 'ht'], otherWorkExperienceYears: 30, currentSubdivision: 'CO-ANT' })),
        };
        for (const { compiled } of VERSIONS) expect(evaluateOutcome(compiled, changed, date)).toBe(evaluateOutcome(compiled, h, date));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('names at least one missing fact whenever it needs information, and none otherwise', () => {
    fc.assert(
      fc.property(household, fc.integer(), asOf, (full, seed, date) => {
        const h = coarsen(full, seed);
        for (const { compiled } of VERSIONS) {
          const e = explainEvaluation(compiled, h, date);
          expect(e.missingFacts.length > 0).toBe(e.outcome === 'needs_information');
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never screens a closed programme as eligible', () => {
    const closed = CATALOGUE.filter((p) => p.status === 'closed');
    expect(closed.map((p) => p.code).sort()).toEqual(['safe_mobility', 'us_frp']);
    fc.assert(
      fc.property(household, asOf, (h, date) => {
        for (const p of closed) {
          const r = screenProgramme(p, h, date);
          expect(r.outcome).not.toBe('eligible');
          expect(r.availability).toBe('closed');
          expect(r.evaluation.nodes.length).toBeGreaterThan(0);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
