import { describe, expect, it } from 'vitest';
import { compileRule } from './compile-rule.ts';
import { CRITERION_MESSAGES } from './criterion-messages.ts';
import { explainEvaluation } from './evaluate-rule.ts';
import { listFactPaths } from './fact-registry.ts';
import { FACT_MESSAGES } from './fact-messages.ts';
import { buildHousehold, buildMember } from './household-factory.ts';
import { explainCriterion, GENERAL_MESSAGES, LANGUAGES, renderEvaluation, translateMessage } from './messages.ts';
import { RuleVersion } from './rules.schemas.ts';

const SOURCE = { citation: 'Test rule', url: 'https://example.org/rule' };

describe('messages', () => {
  it('has every message in five non-empty languages', () => {
    for (const [key, tuple] of Object.entries({ ...CRITERION_MESSAGES, ...FACT_MESSAGES, ...GENERAL_MESSAGES })) {
      expect(tuple, key).toHaveLength(LANGUAGES.length);
      for (const text of tuple) expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('names every fact a rule can read, so a missing fact can always be asked for', () => {
    for (const path of listFactPaths()) expect(FACT_MESSAGES[path], path).toBeDefined();
  });

  it('fills parameters with country names, statuses, numbers and dates in the applicant\'s language', () => {
    const countries = { fact: 'member.nationalities', domain: 'country' as const, values: ['VE', 'HT', 'CU'] };
    expect(explainCriterion('crit.nationality_in', countries, 'es')).toBe('Tiene la nacionalidad de Venezuela, Haití o Cuba');
    expect(explainCriterion('crit.nationality_in', countries, 'ht')).toBe('Gen nasyonalite peyi Venezyela, Ayiti oswa Kiba');
    expect(explainCriterion('crit.status_in', { domain: 'status', values: ['asylum_seeker'] }, 'fr')).toBe('Statut dans le pays de résidence : demandeur d\'asile');
    expect(explainCriterion('crit.arrived_on_or_before', { date: '2023-06-11' }, 'pt')).toBe('Chegou ao país até 11 de junho de 2023');
    expect(explainCriterion('crit.arrived_on_or_before', { date: '2023-06-11' }, 'ht')).toBe('Te rive nan peyi a pi ta 11 jen 2023');
    expect(explainCriterion('crit.age_at_least', { min: 18 }, 'en')).toBe('Is 18 or older');
    expect(translateMessage('no.such.key', 'es')).toBe('no.such.key');
  });

  it('renders an evaluation criterion by criterion, with the missing facts named for the person', () => {
    const version = RuleVersion.parse({
      version: '2026-01-01',
      effectiveFrom: '2026-01-01',
      changeNote: 'test rule',
      rule: {
        type: 'principal',
        id: 'p',
        child: {
          type: 'all',
          id: 'all',
          children: [
            { type: 'criterion', id: 'adult', fact: 'member.birthDate', op: 'age_between', min: 18, explain: 'crit.age_at_least', source: SOURCE },
            { type: 'criterion', id: 'mx', fact: 'member.nationalities', op: 'in', values: ['MX'], explain: 'crit.nationality_in', source: SOURCE },
          ],
        },
      },
    });
    const e = explainEvaluation(compileRule(version), buildHousehold([buildMember({ birthDate: '2008' })]), '2026-06-01');
    const rendered = renderEvaluation(e, 'es', { m1: 'Rosa' });
    expect(rendered.outcomeText).toBe('Necesitamos más información');
    expect(rendered.ruleVersion).toBe('2026-01-01');
    expect(rendered.nodes.map((n) => [n.text, n.resultText])).toEqual([
      ['El solicitante principal', 'Falta información'],
      ['Todo lo siguiente', 'Falta información'],
      ['Tiene 18 años o más', 'Falta información'],
      ['Tiene la nacionalidad de México', 'Cumple'],
    ]);
    expect(rendered.nodes[2].source).toEqual(SOURCE);
    expect(rendered.missingFacts).toEqual(['Fecha de nacimiento (día, mes y año) (Rosa)']);
  });
});
