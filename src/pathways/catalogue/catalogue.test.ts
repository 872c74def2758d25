import { describe, expect, it } from 'vitest';
import { buildHousehold, buildMember } from '../engine/household-factory.ts';
import { hasMessage, LANGUAGES, renderEvaluation } from '../engine/messages.ts';
import { rankScreeningResults } from '../engine/rank-results.ts';
import { listChildren, type RuleNode } from '../engine/rules.schemas.ts';
import {
  availabilityOn,
  CATALOGUE,
  findRuleVersion,
  getProgramme,
  hasScreeningChanged,
  isIntakeOpen,
  listPathwaysForApplicant,
  screenAgainstCatalogue,
  screenProgramme,
  summariseScreening,
} from './catalogue.ts';
import { Programme } from './programme.schemas.ts';

function walk(node: RuleNode, visit: (n: RuleNode) => void): void {
  visit(node);
  for (const child of listChildren(node)) walk(child, visit);
}

describe('the seed catalogue', () => {
  it('holds every programme the issue names', () => {
    expect(CATALOGUE.map((p) => p.code).sort()).toEqual(
      [
        'ca_family_class',
        'ca_gar',
        'ca_humanitarian_family_co_ht_ve',
        'ca_sawp',
        'ca_tfwp_agricultural',
        'mx_comar_asylum',
        'mx_tvtf',
        'safe_mobility',
        'us_frp',
        'us_h2a',
        'us_h2b',
        'us_t_visa',
        'us_usrap_p3',
        'us_usrap_unhcr_referral',
      ].sort(),
    );
  });

  it.each(CATALOGUE.map((p) => [p.code, p] as const))('%s passes the schema an administrator\'s edit would', (_code, programme) => {
    const parsed = Programme.safeParse(JSON.parse(JSON.stringify(programme)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('cites a source with a URL for every criterion, and every text exists in five languages', () => {
    for (const programme of CATALOGUE) {
      for (const language of LANGUAGES) {
        expect(programme.name[language].length, `${programme.code} name ${language}`).toBeGreaterThan(3);
        expect(programme.nextSteps[language].length, `${programme.code} next steps ${language}`).toBeGreaterThan(40);
      }
      for (const version of programme.ruleVersions) {
        walk(version.rule, (node) => {
          if (node.type === 'criterion') {
            expect(node.source.url, node.id).toMatch(/^https:\/\//);
            expect(node.source.citation.length, node.id).toBeGreaterThan(5);
          }
          if (node.explain !== undefined) expect(hasMessage(node.explain), `${node.id}: ${node.explain}`).toBe(true);
        });
      }
    }
  });

  it('explains every criterion of every programme in every language without leaving a placeholder', () => {
    const household = buildHousehold([buildMember({ relatives: [{ relationship: 'spouse', country: 'CA', status: 'citizen' }] })]);
    for (const result of screenAgainstCatalogue(household, '2024-06-01')) {
      for (const language of LANGUAGES) {
        const rendered = renderEvaluation(result.evaluation, language);
        for (const node of rendered.nodes) {
          expect(node.text, `${result.programmeCode} ${node.id} ${language}`).not.toMatch(/[{}]|^crit\.|^group\.|^node\./);
          expect(node.resultText).not.toMatch(/^result\./);
        }
      }
    }
  });
});

describe('versions and availability', () => {
  it('finds the rule version in force on a date', () => {
    const smo = getProgramme('safe_mobility');
    expect(findRuleVersion(smo, '2023-06-11')).toBeUndefined();
    expect(findRuleVersion(smo, '2023-06-12')?.version).toBe('2023-06-12');
    expect(findRuleVersion(smo, '2023-10-17')?.version).toBe('2023-06-12');
    expect(findRuleVersion(smo, '2023-10-18')?.version).toBe('2023-10-18');
    expect(findRuleVersion(smo, '2025-01-27')).toBeUndefined();
  });

  it('says whether a programme takes applications', () => {
    expect(availabilityOn(getProgramme('us_frp'), '2025-12-15')).toBe('closed');
    expect(availabilityOn(getProgramme('us_usrap_p3'), '2026-11-27')).toBe('paused');
    expect(availabilityOn(getProgramme('ca_humanitarian_family_co_ht_ve'), '2023-11-16')).toBe('not_yet_open');
    expect(isIntakeOpen(getProgramme('ca_sawp'), '2026-11-27')).toBe(true);
    const windowed = { ...getProgramme('ca_sawp'), intakeWindows: [{ opensOn: '2026-01-05', closesOn: '2026-03-31' }] };
    expect(availabilityOn(windowed, '2026-03-31')).toBe('accepting');
    expect(availabilityOn(windowed, '2026-04-01')).toBe('outside_intake_window');
  });

  it('rejects overlapping rule versions and a closed programme without a date', () => {
    const sawp = JSON.parse(JSON.stringify(getProgramme('ca_sawp')));
    const overlapping = { ...sawp, ruleVersions: [sawp.ruleVersions[0], { ...sawp.ruleVersions[0], version: '2026-01-01', effectiveFrom: '2026-01-01' }] };
    expect(Programme.safeParse(overlapping).success).toBe(false);
    expect(Programme.safeParse({ ...sawp, status: 'closed' }).success).toBe(false);
  });
});

describe('ranking for the applicant', () => {
  it('puts eligible first, then needs information by fewest missing facts, then not eligible', () => {
    const ranked = rankScreeningResults([
      { programmeCode: 'z_not', outcome: 'not_eligible', missingFacts: [] },
      { programmeCode: 'b_info_two', outcome: 'needs_information', missingFacts: [1, 2] },
      { programmeCode: 'a_info_one', outcome: 'needs_information', missingFacts: [1] },
      { programmeCode: 'y_ok_paused', outcome: 'eligible', missingFacts: [], isAcceptingApplications: false },
      { programmeCode: 'x_ok', outcome: 'eligible', missingFacts: [] },
    ]);
    expect(ranked.map((r) => r.programmeCode)).toEqual(['x_ok', 'y_ok_paused', 'a_info_one', 'b_info_two', 'z_not']);
  });

  it('lists a Mexican farm worker\'s pathways in Spanish with next steps', () => {
    const results = screenAgainstCatalogue(buildHousehold([buildMember()]), '2026-11-27');
    const pathways = listPathwaysForApplicant(results, 'es');
    expect(pathways.slice(0, 2).map((p) => p.programmeCode).sort()).toEqual(['ca_sawp', 'us_h2a']);
    expect(pathways[0].outcome).toBe('eligible');
    expect(pathways[0].nextSteps).toMatch(/gratuit|cobrar/);
    const closed = pathways.filter((p) => p.availability === 'closed');
    expect(closed.every((p) => p.outcome === 'not_eligible')).toBe(true);
  });
});

describe('stored results', () => {
  it('summarise a screening and detect only changes of outcome or missing facts', () => {
    const household = buildHousehold([buildMember({ birthDate: '2008' })]);
    const before = summariseScreening(screenProgramme(getProgramme('ca_sawp'), household, '2026-06-01'));
    expect(before.outcome).toBe('needs_information');
    expect(before.criteria['sawp.age']).toBe('unknown');
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
    const sameLater = summariseScreening(screenProgramme(getProgramme('ca_sawp'), household, '2026-06-02'));
    expect(hasScreeningChanged(before, sameLater)).toBe(false);
    const afterBirthday = summariseScreening(screenProgramme(getProgramme('ca_sawp'), household, '2027-01-01'));
    expect(afterBirthday.outcome).toBe('eligible');
    expect(hasScreeningChanged(before, afterBirthday)).toBe(true);
  });
});
