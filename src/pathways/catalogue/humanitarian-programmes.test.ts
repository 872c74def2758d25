/** Humanitarian programmes, and the closed programmes kept for the record. */
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildMember } from '../engine/household-factory.ts';
import { getProgramme, screenProgramme } from './catalogue.ts';

const AS_OF = '2026-11-27';

function screen(code: string, member: Parameters<typeof buildMember>[0], asOf = AS_OF) {
  return screenProgramme(getProgramme(code), buildHousehold([buildMember(member)]), asOf);
}

const REFUGEE_IN_ECUADOR = {
  nationalities: ['CO'],
  currentCountry: 'EC',
  status: 'refugee' as const,
  arrivalDate: '2021-03',
  unhcrRegistered: true,
  unhcrResettlementReferral: true,
};

describe('USRAP referral through UNHCR', () => {
  it('a Colombian refugee in Ecuador referred by UNHCR meets the criteria, while admissions are paused', () => {
    const r = screen('us_usrap_unhcr_referral', REFUGEE_IN_ECUADOR);
    expect(r.outcome).toBe('eligible');
    expect(r.availability).toBe('paused');
    expect(r.isAcceptingApplications).toBe(false);
  });

  it('an asylum seeker under UNHCR mandate counts as a recognised refugee', () => {
    expect(screen('us_usrap_unhcr_referral', { ...REFUGEE_IN_ECUADOR, status: 'asylum_seeker', unhcrMandateRefugee: true }).outcome).toBe('eligible');
  });

  it('without a UNHCR referral, it asks; with a refusal, not eligible', () => {
    expect(screen('us_usrap_unhcr_referral', { ...REFUGEE_IN_ECUADOR, unhcrResettlementReferral: undefined }).outcome).toBe('needs_information');
    expect(screen('us_usrap_unhcr_referral', { ...REFUGEE_IN_ECUADOR, unhcrResettlementReferral: false }).outcome).toBe('not_eligible');
  });
});

describe('Canada government-assisted refugees', () => {
  it('a referred refugee outside their country may qualify', () => {
    const r = screen('ca_gar', REFUGEE_IN_ECUADOR);
    expect(r.outcome).toBe('eligible');
    expect(r.availability).toBe('accepting');
  });

  it('someone still in their own country does not', () => {
    expect(screen('ca_gar', { ...REFUGEE_IN_ECUADOR, currentCountry: 'CO' }).outcome).toBe('not_eligible');
  });
});

describe('asylum in Mexico (COMAR)', () => {
  const hondurenaInTapachula = { nationalities: ['HN'], currentCountry: 'MX', currentSubdivision: 'MX-CHP', status: 'irregular' as const, fearOfReturn: true, sex: 'female' as const };

  it('a Honduran who arrived three weeks ago and fears return may ask for asylum', () => {
    expect(screen('mx_comar_asylum', { ...hondurenaInTapachula, arrivalDate: '2026-11-06' }).outcome).toBe('eligible');
  });

  it('after the deadline, it asks for a reason for the delay', () => {
    const r = screen('mx_comar_asylum', { ...hondurenaInTapachula, arrivalDate: '2026-03-15' });
    expect(r.outcome).toBe('needs_information');
    expect(r.missingFacts.map((m) => m.fact)).toEqual(['member.lateFilingJustified']);
    expect(screen('mx_comar_asylum', { ...hondurenaInTapachula, arrivalDate: '2026-03-15', lateFilingJustified: true }).outcome).toBe('eligible');
  });

  it('someone who has already filed stays within the process', () => {
    expect(screen('mx_comar_asylum', { ...hondurenaInTapachula, arrivalDate: '2025-01', status: 'asylum_seeker' }).outcome).toBe('eligible');
  });

  it('a Mexican national cannot be a refugee in Mexico', () => {
    expect(screen('mx_comar_asylum', { fearOfReturn: true, arrivalDate: '2026-11-20' }).outcome).toBe('not_eligible');
  });
});

describe('US T visa', () => {
  const survivor = { nationalities: ['GT'], currentCountry: 'US', status: 'irregular' as const, traffickingVictim: true, cooperatedWithLawEnforcement: true, extremeHardshipOnRemoval: true };

  it('a trafficking survivor in the US who helped the police may qualify', () => {
    expect(screen('us_t_visa', survivor).outcome).toBe('eligible');
  });

  it('a survivor who was a minor is exempt from cooperating', () => {
    expect(screen('us_t_visa', { ...survivor, cooperatedWithLawEnforcement: false, minorDuringTrafficking: true }).outcome).toBe('eligible');
  });

  it('someone outside the US does not meet physical presence', () => {
    expect(screen('us_t_visa', { ...survivor, currentCountry: 'GT' }).outcome).toBe('not_eligible');
  });

  it('asks about hardship when it is not known', () => {
    const r = screen('us_t_visa', { ...survivor, extremeHardshipOnRemoval: undefined });
    expect(r.missingFacts.map((m) => m.fact)).toEqual(['member.extremeHardshipOnRemoval']);
  });
});

describe('closed programmes', () => {
  const venezuelanInColombia = { nationalities: ['VE'], currentCountry: 'CO', status: 'regularization_pending' as const, arrivalDate: '2022-08-14', birthDate: '1992-01-20' };

  it('Safe Mobility: a Venezuelan in Colombia met the 2023 rules, and the result stays readable', () => {
    const then = screen('safe_mobility', venezuelanInColombia, '2024-03-01');
    expect(then.ruleVersion).toBe('2023-10-18');
    expect(then.evaluation.outcome).toBe('eligible');
    // The programme is closed: never eligible, whatever the rules said.
    expect(then.outcome).toBe('not_eligible');
    expect(then.availability).toBe('closed');
  });

  it('Safe Mobility: Ecuador only counts from the second rule version', () => {
    const inEcuador = { nationalities: ['VE'], currentCountry: 'EC', status: 'asylum_seeker' as const, arrivalDate: '2023-01-05' };
    expect(screen('safe_mobility', inEcuador, '2023-08-01').evaluation.outcome).toBe('not_eligible');
    expect(screen('safe_mobility', inEcuador, '2024-08-01').evaluation.outcome).toBe('eligible');
  });

  it('Safe Mobility: arrivals after the cut-off date were excluded', () => {
    expect(screen('safe_mobility', { ...venezuelanInColombia, arrivalDate: '2023-07-01' }, '2024-03-01').evaluation.outcome).toBe('not_eligible');
  });

  it('Family Reunification Parole closed on 15 December 2025 and keeps its last rules', () => {
    const frp = getProgramme('us_frp');
    expect(frp.closedOn).toBe('2025-12-15');
    const invited = { nationalities: ['CO'], currentCountry: 'CO', frpInvitation: true, relatives: [{ relationship: 'sibling' as const, country: 'US', status: 'citizen' as const, hasApprovedPetition: true }] };
    const r = screen('us_frp', invited);
    expect(r.ruleVersion).toBe('2023-07-31');
    expect(r.evaluation.outcome).toBe('eligible');
    expect(r.outcome).toBe('not_eligible');
  });
});
