import { describe, expect, it } from 'vitest';
import { blockingKeys, registrySettings, toEngineRow } from './registry-record.ts';
import { registrySeedModel, scoreFirstAgainstRest } from './score-records.ts';
import { scoreRelative, TRACING_PRIOR, type TracingPerson } from './tracing-model.ts';

function person(overrides: Partial<TracingPerson>): TracingPerson {
  return { givenNames: 'Ana', familyName1: null, familyName2: null, sex: 'female', birthDate: null, nationalities: ['GT'], householdId: null, ...overrides };
}

describe('family tracing model', () => {
  const mother = person({ givenNames: 'María', familyName1: 'López', familyName2: 'García', birthDate: '1975' });
  const father = person({ givenNames: 'Juan', familyName1: 'Pérez', familyName2: 'Sánchez', sex: 'male', birthDate: '1972' });
  const child = person({ givenNames: 'Antonio', familyName1: 'Pérez', familyName2: 'López', sex: 'male', birthDate: '2001' });

  it("sees a child's two family names passed from the father's and the mother's first", () => {
    const fromFather = scoreRelative('child', father, {}, child, []);
    const fromMother = scoreRelative('child', mother, {}, child, []);
    expect(fromFather.terms.find((t) => t.factor === 'family_names')?.label).toBe('passed_to_child');
    expect(fromMother.terms.find((t) => t.factor === 'family_names')?.label).toBe('passed_to_child');
    const stranger = person({ givenNames: 'Luis', familyName1: 'Ramírez', familyName2: 'Soto', sex: 'male', birthDate: '2001' });
    expect(scoreRelative('child', mother, {}, stranger, []).score).toBeLessThan(fromMother.score);
  });

  it('finds an implausible age gap against the relationship', () => {
    const tooYoung = person({ givenNames: 'Rosa', familyName1: 'López', familyName2: 'Ruiz', birthDate: '1970' });
    const asParent = scoreRelative('parent', child, {}, tooYoung, []);
    expect(asParent.terms.find((t) => t.factor === 'age_gap')?.label).toBe('plausible');
    const asChild = scoreRelative('child', child, {}, tooYoung, []);
    expect(asChild.terms.find((t) => t.factor === 'age_gap')?.label).toBe('implausible');
  });

  it('is the sum of its explained terms, starting from the prior', () => {
    const s = scoreRelative('sibling', child, { fatherFamilyName1: 'Pérez' }, person({ givenNames: 'Lucía', familyName1: 'Pérez', familyName2: 'López', birthDate: '2004', householdId: 'h' }), []);
    expect(s.terms[0]).toEqual({ factor: 'prior', label: 'prior', weight: TRACING_PRIOR });
    expect(s.score).toBeCloseTo(s.terms.reduce((a, t) => a + t.weight, 0));
    expect(s.terms.find((t) => t.factor === 'family_names')?.label).toBe('both_shared');
  });
});

describe('registry records for the engine', () => {
  const row = (given: string, f1: string, f2: string, birth: string) =>
    toEngineRow({ id: given, given_names: given, family_name_1: f1, family_name_2: f2 || null, sex: 'female', birth_date: birth, nationalities: ['HN'], document_number: null, phone: null, current_subdivision: 'MX-CHP' });

  it('gives the same woman, one family name dropped and day and month swapped, a shared blocking key and a likely match', () => {
    const a = row('María José', 'Hernández', 'García', '1990-04-12');
    const b = row('Maria Jose', 'Garcia', '', '1990-12-04');
    const ka = new Set(blockingKeys(registrySettings(), a).map((k) => `${k.rule}:${k.key}`));
    expect(blockingKeys(registrySettings(), b).some((k) => ka.has(`${k.rule}:${k.key}`))).toBe(true);
    const [scored] = scoreFirstAgainstRest(registrySettings(), registrySeedModel(), [a, b]);
    expect(scored.matchProbability).toBeGreaterThan(0.9);
    expect(scored.terms.find((t) => t.comparison === 'birth_date')?.label).toBe('day and month swapped');
    expect(scored.prior + scored.terms.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(scored.matchWeight, 6);
  });

  it('keeps two different people apart', () => {
    const [scored] = scoreFirstAgainstRest(registrySettings(), registrySeedModel(), [row('María José', 'Hernández', 'García', '1990-04-12'), row('Pedro', 'Ramírez', 'Soto', '1961-01-30')]);
    expect(scored.matchProbability).toBeLessThan(0.01);
  });
});
