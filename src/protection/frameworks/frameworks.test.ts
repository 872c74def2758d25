import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../platform/i18n.ts';
import { evaluateAnswers } from './evaluate.ts';
import { type ELEMENTS, isElementPresent, scoreIndicators } from './ilo-indicators.ts';
import { QUESTIONNAIRES, findQuestionnaire } from './questionnaires.ts';
import { decidePriority, FLAGS, PRIORITY_RULES } from './routing.ts';
import { NEED_CATEGORIES, SPECIFIC_NEED_CODES } from './specific-needs.ts';

describe('the ILO combination rule', () => {
  it('marks an element present by the published combinations only', () => {
    expect(isElementPresent({ strong: 2, medium: 0, weak: 0 })).toBe(true);
    expect(isElementPresent({ strong: 1, medium: 0, weak: 1 })).toBe(true);
    expect(isElementPresent({ strong: 1, medium: 1, weak: 0 })).toBe(true);
    expect(isElementPresent({ strong: 0, medium: 3, weak: 0 })).toBe(true);
    expect(isElementPresent({ strong: 0, medium: 2, weak: 1 })).toBe(true);
    expect(isElementPresent({ strong: 1, medium: 0, weak: 0 })).toBe(false);
    expect(isElementPresent({ strong: 0, medium: 2, weak: 0 })).toBe(false);
    expect(isElementPresent({ strong: 0, medium: 1, weak: 5 })).toBe(false);
  });

  it('is monotone: finding more indicators never removes an element (property)', () => {
    const counts = fc.record({ strong: fc.nat(4), medium: fc.nat(4), weak: fc.nat(4) });
    fc.assert(
      fc.property(counts, fc.constantFrom('strong', 'medium', 'weak' as const), (c, more) => {
        if (isElementPresent(c)) expect(isElementPresent({ ...c, [more]: c[more] + 1 })).toBe(true);
      }),
      { seed: 6, numRuns: 300 },
    );
  });

  it('presumes an adult victim only with recruitment, exploitation and means; a child without means', () => {
    const two = (element: (typeof ELEMENTS)[number]) => [
      { element, strength: 'strong' as const },
      { element, strength: 'strong' as const },
    ];
    const found = [...two('deceptive_recruitment'), ...two('exploitation')];
    expect(scoreIndicators(found, false).presumedVictim).toBe(false);
    expect(scoreIndicators(found, true).presumedVictim).toBe(true);
    expect(scoreIndicators([...found, ...two('coercion_at_destination')], false).presumedVictim).toBe(true);
  });

  it('makes document retention and debt bondage an element of trafficking, hence urgent', () => {
    const ilo = findQuestionnaire('trafficking-ilo')!;
    const e = evaluateAnswers(ilo, { documents_kept: true, debt_bondage: true }, { isChild: false });
    expect(e.ilo?.present).toEqual(['coercion_at_destination']);
    expect(e.flags).toEqual(['trafficking_indicators']);
    expect(decidePriority(e.flags)).toEqual({ priority: 'urgent', reasons: [{ rule: 'trafficking-element', priority: 'urgent', flag: 'trafficking_indicators' }] });
  });
});

describe('the frameworks as data', () => {
  it('has every text in the five languages', () => {
    const texts = [
      ...SPECIFIC_NEED_CODES.map((c) => c.description),
      ...Object.values(NEED_CATEGORIES),
      ...Object.values(FLAGS),
      ...PRIORITY_RULES.map((r) => r.reason),
      ...QUESTIONNAIRES.flatMap((q) => [q.title, q.selfTitle, ...q.questions.flatMap((x) => (x.self ? [x.text, x.self] : [x.text]))]),
    ];
    for (const t of texts) for (const l of LOCALES) expect(t[l], JSON.stringify(t)).toMatch(/\S/);
  });

  it('has unique codes and question ids, and only known flags and need codes', () => {
    expect(new Set(SPECIFIC_NEED_CODES.map((c) => c.code)).size).toBe(SPECIFIC_NEED_CODES.length);
    const codes = new Set(SPECIFIC_NEED_CODES.map((c) => c.code));
    for (const q of QUESTIONNAIRES) {
      expect(new Set(q.questions.map((x) => x.id)).size).toBe(q.questions.length);
      for (const x of q.questions) {
        for (const f of x.raises ?? []) expect(Object.keys(FLAGS)).toContain(f);
        if (x.suggestsNeed) expect(codes.has(x.suggestsNeed)).toBe(true);
      }
    }
    for (const r of PRIORITY_RULES) expect(Object.keys(FLAGS)).toContain(r.flag);
  });

  it('puts emergency before urgent before normal', () => {
    expect(decidePriority(['specific_need', 'immediate_danger', 'threats']).priority).toBe('emergency');
    expect(decidePriority(['specific_need']).priority).toBe('normal');
    expect(decidePriority([]).priority).toBe('normal');
  });
});
