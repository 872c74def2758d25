/** Work programmes screened with realistic households (asOf 27 Nov 2026 unless stated). */
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildMember } from '../engine/household-factory.ts';
import { getProgramme, screenProgramme } from './catalogue.ts';

const AS_OF = '2026-11-27';

function screen(code: string, ...members: Parameters<typeof buildMember>[0][]) {
  return screenProgramme(getProgramme(code), buildHousehold(members.map((m) => buildMember(m))), AS_OF);
}

describe('US H-2A', () => {
  it('a Michoacán farm worker with six years in the fields may qualify', () => {
    expect(screen('us_h2a', {}).outcome).toBe('eligible');
  });

  it('a Guatemalan with a certified US farm job offer may qualify without long experience', () => {
    const r = screen('us_h2a', { nationalities: ['GT'], currentCountry: 'GT', agriculturalExperienceYears: 0, hasJobOffer: true, jobOfferCountry: 'US', jobOfferSector: 'agriculture' });
    expect(r.outcome).toBe('eligible');
  });

  it('a Venezuelan is not eligible: Venezuela is not on the H-2 countries list', () => {
    const r = screen('us_h2a', { nationalities: ['VE'], currentCountry: 'CO', status: 'regular' });
    expect(r.outcome).toBe('not_eligible');
    expect(r.evaluation.nodes.find((n) => n.id === 'h2a.nationality')?.result).toBe('not_met');
  });

  it('asks for the full birth date of someone born in the year they turn 18', () => {
    const r = screen('us_h2a', { birthDate: '2008' });
    expect(r.outcome).toBe('needs_information');
    expect(r.missingFacts).toEqual([{ fact: 'member.birthDate', memberId: 'm1', relativeIndex: undefined }]);
  });
});

describe('US H-2B', () => {
  it('needs a US non-farm job offer', () => {
    expect(screen('us_h2b', { nationalities: ['HN'], currentCountry: 'HN' }).outcome).toBe('not_eligible');
    const offer = { nationalities: ['HN'], currentCountry: 'HN', hasJobOffer: true, jobOfferCountry: 'US', jobOfferSector: 'non_agriculture' as const };
    expect(screen('us_h2b', offer).outcome).toBe('eligible');
  });

  it('asks about a job offer when it is not known', () => {
    const r = screen('us_h2b', { nationalities: ['SV'], currentCountry: 'SV', hasJobOffer: undefined });
    expect(r.outcome).toBe('needs_information');
    expect(r.missingFacts.map((m) => m.fact)).toContain('member.hasJobOffer');
  });

  it('lists the two statutory cap halves as quotas', () => {
    const halves = getProgramme('us_h2b').quotas.filter((q) => q.id.startsWith('fy2027'));
    expect(halves.map((q) => q.limit)).toEqual([33_000, 33_000]);
  });
});

describe('Canada SAWP', () => {
  it('a literate rural Mexican farm worker at home may qualify', () => {
    expect(screen('ca_sawp', {}).outcome).toBe('eligible');
  });

  it('a Jamaican worker does not need the Mexican rural-residence rule', () => {
    const r = screen('ca_sawp', { nationalities: ['JM'], currentCountry: 'JM', residenceArea: 'urban', languages: ['en'] });
    expect(r.outcome).toBe('eligible');
  });

  it('a Mexican living in a city is not eligible; one who cannot read is not either', () => {
    expect(screen('ca_sawp', { residenceArea: 'urban' }).outcome).toBe('not_eligible');
    expect(screen('ca_sawp', { canRead: false }).outcome).toBe('not_eligible');
  });

  it('a Mexican already living in the US is recruited at home, not there', () => {
    expect(screen('ca_sawp', { currentCountry: 'US', status: 'irregular' }).outcome).toBe('not_eligible');
  });

  it('a Guatemalan is not a SAWP national', () => {
    expect(screen('ca_sawp', { nationalities: ['GT'], currentCountry: 'GT' }).outcome).toBe('not_eligible');
  });
});

describe('Canada TFWP agricultural stream', () => {
  it('a Guatemalan with a Canadian farm job offer may qualify', () => {
    const r = screen('ca_tfwp_agricultural', { nationalities: ['GT'], currentCountry: 'GT', hasJobOffer: true, jobOfferCountry: 'CA', jobOfferSector: 'agriculture' });
    expect(r.outcome).toBe('eligible');
  });

  it('a US farm offer is not a Canadian one', () => {
    const r = screen('ca_tfwp_agricultural', { hasJobOffer: true, jobOfferCountry: 'US', jobOfferSector: 'agriculture' });
    expect(r.outcome).toBe('not_eligible');
  });
});

describe('Mexico TVTF', () => {
  const offer = { hasJobOffer: true, jobOfferCountry: 'MX', jobOfferSector: 'agriculture' as const };

  it('a Guatemalan coffee picker with an offer in Chiapas may qualify', () => {
    const r = screen('mx_tvtf', { nationalities: ['GT'], currentCountry: 'GT', ...offer, jobOfferSubdivision: 'MX-CHP' });
    expect(r.outcome).toBe('eligible');
  });

  it('an offer in Jalisco is outside the border states', () => {
    const r = screen('mx_tvtf', { nationalities: ['GT'], currentCountry: 'GT', ...offer, jobOfferSubdivision: 'MX-JAL' });
    expect(r.outcome).toBe('not_eligible');
  });

  it('a Haitian is not a national of a neighbouring country', () => {
    const r = screen('mx_tvtf', { nationalities: ['HT'], currentCountry: 'MX', ...offer, jobOfferSubdivision: 'MX-CHP' });
    expect(r.outcome).toBe('not_eligible');
  });

  it('asks in which state the job is', () => {
    const r = screen('mx_tvtf', { nationalities: ['BZ'], currentCountry: 'BZ', ...offer });
    expect(r.outcome).toBe('needs_information');
    expect(r.missingFacts.map((m) => m.fact)).toEqual(['member.jobOfferSubdivision']);
  });
});
