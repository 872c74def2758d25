/** Family programmes screened with realistic households and relatives elsewhere. */
import { describe, expect, it } from 'vitest';
import type { RelativeFacts } from '../engine/household-facts.ts';
import { buildHousehold, buildMember } from '../engine/household-factory.ts';
import { getProgramme, screenProgramme } from './catalogue.ts';

const AS_OF = '2026-11-27';

function screen(code: string, ...members: Parameters<typeof buildMember>[0][]) {
  return screenProgramme(getProgramme(code), buildHousehold(members.map((m) => buildMember(m))), AS_OF);
}

const CANADIAN_SPOUSE: RelativeFacts = { relationship: 'spouse', country: 'CA', status: 'citizen', birthDate: '1986-09-02', sponsorshipBarred: false };

describe('Canada family class', () => {
  it('a Salvadoran married to a Canadian citizen may be sponsored', () => {
    expect(screen('ca_family_class', { nationalities: ['SV'], currentCountry: 'SV', relatives: [CANADIAN_SPOUSE] }).outcome).toBe('eligible');
  });

  it('a 19-year-old whose mother is a permanent resident in Toronto is a dependent child', () => {
    const mother: RelativeFacts = { relationship: 'parent', country: 'CA', status: 'permanent_resident', birthDate: '1975', sponsorshipBarred: false };
    const r = screen('ca_family_class', { birthDate: '2007-03-10', maritalStatus: 'single', nationalities: ['HN'], currentCountry: 'HN', relatives: [mother] });
    expect(r.outcome).toBe('eligible');
  });

  it('a 25-year-old son is no longer a dependent child', () => {
    const mother: RelativeFacts = { relationship: 'parent', country: 'CA', status: 'permanent_resident', birthDate: '1975', sponsorshipBarred: false };
    expect(screen('ca_family_class', { birthDate: '2001-01-01', maritalStatus: 'single', relatives: [mother] }).outcome).toBe('not_eligible');
  });

  it('a sponsor on social assistance (barred) cannot sponsor', () => {
    expect(screen('ca_family_class', { relatives: [{ ...CANADIAN_SPOUSE, sponsorshipBarred: true }] }).outcome).toBe('not_eligible');
  });

  it('a brother in Canada is not family class; a sibling is not sponsorable', () => {
    expect(screen('ca_family_class', { relatives: [{ ...CANADIAN_SPOUSE, relationship: 'sibling' }] }).outcome).toBe('not_eligible');
  });

  it('asks whether anything bars the sponsor', () => {
    const r = screen('ca_family_class', { relatives: [{ ...CANADIAN_SPOUSE, sponsorshipBarred: undefined }] });
    expect(r.outcome).toBe('needs_information');
    expect(r.missingFacts).toEqual([{ fact: 'relative.sponsorshipBarred', memberId: 'm1', relativeIndex: 0 }]);
  });
});

describe('Canada humanitarian family pathway (CO, HT, VE)', () => {
  const brother: RelativeFacts = { relationship: 'sibling', country: 'CA', status: 'citizen', birthDate: '1980-05-05', sponsorshipBarred: false, willDeclareSupport: true };
  const haitianInMexico = { nationalities: ['HT'], currentCountry: 'MX', status: 'asylum_seeker' as const, languages: ['ht', 'fr'], intendedSubdivision: 'CA-ON' };

  it('a Haitian in Mexico whose brother is a Canadian citizen may qualify', () => {
    expect(screen('ca_humanitarian_family_co_ht_ve', { ...haitianInMexico, relatives: [brother] }).outcome).toBe('eligible');
  });

  it('someone who plans to live in Quebec does not', () => {
    expect(screen('ca_humanitarian_family_co_ht_ve', { ...haitianInMexico, intendedSubdivision: 'CA-QC', relatives: [brother] }).outcome).toBe('not_eligible');
  });

  it('someone living in the United States does not', () => {
    expect(screen('ca_humanitarian_family_co_ht_ve', { ...haitianInMexico, currentCountry: 'US', relatives: [brother] }).outcome).toBe('not_eligible');
  });

  it('a Honduran does not: the pathway is for Colombians, Haitians and Venezuelans', () => {
    expect(screen('ca_humanitarian_family_co_ht_ve', { ...haitianInMexico, nationalities: ['HN'], relatives: [brother] }).outcome).toBe('not_eligible');
  });

  it('asks whether the anchor will sign the declaration of support', () => {
    const r = screen('ca_humanitarian_family_co_ht_ve', { ...haitianInMexico, relatives: [{ ...brother, willDeclareSupport: undefined }] });
    expect(r.outcome).toBe('needs_information');
    expect(r.missingFacts.map((m) => m.fact)).toEqual(['relative.willDeclareSupport']);
  });

  it('records the 11,000 cap', () => {
    expect(getProgramme('ca_humanitarian_family_co_ht_ve').quotas[0].limit).toBe(11_000);
  });
});

describe('USRAP P-3', () => {
  const refugeeMother: RelativeFacts = { relationship: 'parent', country: 'US', status: 'refugee', birthDate: '1978-02-14', arrivalDate: '2023-08-20' };
  const child = { birthDate: '2009-07-01', maritalStatus: 'single' as const, nationalities: ['VE'], currentCountry: 'CO', status: 'asylum_seeker' as const };

  it('a 17-year-old Venezuelan in Colombia whose mother was admitted as a refugee in 2023 may qualify', () => {
    expect(screen('us_usrap_p3', { ...child, relatives: [refugeeMother] }).outcome).toBe('eligible');
  });

  it('not when the anchor was admitted more than five years ago', () => {
    expect(screen('us_usrap_p3', { ...child, relatives: [{ ...refugeeMother, arrivalDate: '2019-01-10' }] }).outcome).toBe('not_eligible');
  });

  it('a Honduran child can be processed in Honduras', () => {
    const r = screen('us_usrap_p3', { ...child, nationalities: ['HN'], currentCountry: 'HN', status: 'citizen', relatives: [refugeeMother] });
    expect(r.outcome).toBe('eligible');
    expect(r.availability).toBe('paused');
  });

  it('a Venezuelan still in Venezuela is not outside their country', () => {
    expect(screen('us_usrap_p3', { ...child, currentCountry: 'VE', status: 'citizen', relatives: [refugeeMother] }).outcome).toBe('not_eligible');
  });

  it('a married child does not qualify', () => {
    expect(screen('us_usrap_p3', { ...child, maritalStatus: 'married', relatives: [refugeeMother] }).outcome).toBe('not_eligible');
  });
});
