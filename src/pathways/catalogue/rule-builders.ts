/**
 * Small builders that keep the programme files readable. They only produce plain rule data (what an
 * administrator could have typed as JSON); the schema validates it like any other rule version.
 */
import type { CountryCode, ResidenceStatus, Relationship } from '../engine/household-facts.ts';
import type { Criterion, RuleNode, RuleSource } from '../engine/rules.schemas.ts';

export function all(id: string, children: RuleNode[], explain?: string): RuleNode {
  return explain ? { type: 'all', id, explain, children } : { type: 'all', id, children };
}

export function any(id: string, children: RuleNode[], explain?: string): RuleNode {
  return explain ? { type: 'any', id, explain, children } : { type: 'any', id, children };
}

export function principal(id: string, child: RuleNode): RuleNode {
  return { type: 'principal', id, child };
}

export function someMember(id: string, child: RuleNode, explain?: string): RuleNode {
  return explain ? { type: 'some_member', id, explain, child } : { type: 'some_member', id, child };
}

export function someRelative(id: string, child: RuleNode, explain: string): RuleNode {
  return { type: 'some_relative', id, explain, child };
}

export function nationalityIn(id: string, countries: readonly CountryCode[], source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.nationalities', op: 'in', values: [...countries], explain: 'crit.nationality_in', source };
}

export function currentCountryIn(id: string, countries: readonly CountryCode[], source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.currentCountry', op: 'in', values: [...countries], explain: 'crit.current_country_in', source };
}

export function currentCountryNotIn(id: string, countries: readonly CountryCode[], source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.currentCountry', op: 'not_in', values: [...countries], explain: 'crit.current_country_not_in', source };
}

export function outsideCountryOfNationality(id: string, source: RuleSource): Criterion {
  return {
    type: 'criterion',
    id,
    fact: 'member.currentCountry',
    op: 'not_in_fact',
    otherFact: 'member.nationalities',
    explain: 'crit.outside_country_of_nationality',
    source,
  };
}

export function statusIn(id: string, statuses: readonly ResidenceStatus[], source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.status', op: 'in', values: [...statuses], explain: 'crit.status_in', source };
}

export function ageAtLeast(id: string, min: number, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.birthDate', op: 'age_between', min, explain: 'crit.age_at_least', source };
}

export function ageAtMost(id: string, max: number, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.birthDate', op: 'age_between', max, explain: 'crit.age_at_most', source };
}

/** A yes/no fact that must be yes; `explain` is the criterion's own message key. */
export function isTrue(id: string, fact: string, explain: string, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact, op: 'equals', value: true, explain, source };
}

export function atLeast(id: string, fact: string, value: number, explain: string, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact, op: 'gte', value, explain, source };
}

/** Has a job offer in `countries` in `sector`: three facts, so a "no offer" answer settles it. */
export function jobOffer(id: string, countries: readonly CountryCode[], sector: 'agriculture' | 'non_agriculture', source: RuleSource): RuleNode {
  return all(
    id,
    [
      isTrue(`${id}.has`, 'member.hasJobOffer', 'crit.has_job_offer', source),
      { type: 'criterion', id: `${id}.country`, fact: 'member.jobOfferCountry', op: 'in', values: [...countries], explain: 'crit.job_offer_country_in', source },
      { type: 'criterion', id: `${id}.sector`, fact: 'member.jobOfferSector', op: 'equals', value: sector, explain: `crit.job_offer_${sector}`, source },
    ],
    'group.job_offer',
  );
}

export function relativeRelationshipIn(id: string, relationships: readonly Relationship[], source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'relative.relationship', op: 'in', values: [...relationships], explain: 'crit.relative_relationship_in', source };
}

export function relativeCountryIn(id: string, countries: readonly CountryCode[], source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'relative.country', op: 'in', values: [...countries], explain: 'crit.relative_country_in', source };
}

export function relativeStatusIn(id: string, statuses: readonly ResidenceStatus[], source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'relative.status', op: 'in', values: [...statuses], explain: 'crit.relative_status_in', source };
}

export function relativeAgeAtLeast(id: string, min: number, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'relative.birthDate', op: 'age_between', min, explain: 'crit.relative_age_at_least', source };
}

/** Latin America and the Caribbean without the US and Canada (pathways.md §1.7: "Central/South America, Caribbean or Mexico"). */
export const LATIN_AMERICA_AND_CARIBBEAN: readonly CountryCode[] = [
  'MX', 'GT', 'BZ', 'SV', 'HN', 'NI', 'CR', 'PA', 'CO', 'VE', 'EC', 'PE', 'BO', 'CL', 'AR', 'UY', 'PY', 'BR', 'GY', 'SR',
  'GF', 'CU', 'HT', 'DO', 'JM', 'TT', 'BB', 'BS', 'AG', 'DM', 'GD', 'KN', 'LC', 'VC', 'AI', 'MS', 'AW', 'CW', 'PR',
];

export function nationalityNotIn(id: string, countries: readonly CountryCode[], source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.nationalities', op: 'not_in', values: [...countries], explain: 'crit.nationality_not_in', source };
}

/** Not married and not in a common-law relationship ("unmarried child"). */
export function unmarried(id: string, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.maritalStatus', op: 'not_in', values: ['married', 'common_law'], explain: 'crit.unmarried', source };
}

/** A yes/no fact that must be no. */
export function isFalse(id: string, fact: string, explain: string, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact, op: 'equals', value: false, explain, source };
}

export function arrivedOnOrBefore(id: string, date: string, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.arrivalDate', op: 'on_or_before', date, explain: 'crit.arrived_on_or_before', source };
}

export function arrivedWithinDays(id: string, days: number, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'member.arrivalDate', op: 'within', days, explain: 'crit.arrived_within_days', source };
}

export function relativeArrivedWithinYears(id: string, years: number, source: RuleSource): Criterion {
  return { type: 'criterion', id, fact: 'relative.arrivalDate', op: 'within', years, explain: 'crit.relative_arrived_within_years', source };
}
