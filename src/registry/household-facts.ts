/**
 * The facts the eligibility engine reads, built from a registered household. An empty list
 * in the registry means "not told" and becomes unknown (absent), never "none".
 *
 * @example householdFacts(await getHousehold(db, actor, id)).members[0].nationalities // ['HN']
 */
import type { HouseholdFacts, MemberFacts, RelativeFacts } from '../pathways/engine/household-facts.ts';
import type { Household } from './registry.schemas.ts';

type Row = Record<string, unknown>;

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export interface RelativeFactsSource {
  relationship: string;
  birth_date: string | null;
  country: string | null;
  status: string | null;
  arrival_date: string | null;
  situation: Row;
}

export function relativeFacts(r: RelativeFactsSource): RelativeFacts {
  return defined({
    relationship: r.relationship,
    birthDate: r.birth_date,
    country: r.country,
    status: r.status,
    arrivalDate: r.arrival_date,
    ...r.situation,
  }) as RelativeFacts;
}

export interface PersonFactsSource {
  id: string;
  relationship_to_principal: string;
  birth_date: string | null;
  sex: string | null;
  marital_status: string | null;
  nationalities: string[];
  languages: string[];
  current_country: string | null;
  current_subdivision: string | null;
  status: string | null;
  arrival_date: string | null;
  situation: Row;
}

/** From storage rows; used by bulk re-screening, which reads rows, not domain objects. */
export function memberFacts(p: PersonFactsSource, relatives: RelativeFactsSource[]): MemberFacts {
  return defined({
    ...p.situation,
    id: p.id,
    relationshipToPrincipal: p.relationship_to_principal,
    birthDate: p.birth_date,
    sex: p.sex,
    maritalStatus: p.marital_status,
    nationalities: p.nationalities.length > 0 ? p.nationalities : undefined,
    languages: p.languages.length > 0 ? p.languages : undefined,
    currentCountry: p.current_country,
    currentSubdivision: p.current_subdivision,
    status: p.status,
    arrivalDate: p.arrival_date,
    relatives: relatives.length > 0 ? relatives.map(relativeFacts) : undefined,
  }) as MemberFacts;
}

export function householdFacts(h: Household, relativesByPerson: Map<string, RelativeFactsSource[]>): HouseholdFacts {
  return {
    principalId: h.principalPersonId,
    members: h.members.map((m) =>
      memberFacts(
        {
          id: m.id,
          relationship_to_principal: m.relationshipToPrincipal,
          birth_date: m.birthDate,
          sex: m.sex,
          marital_status: m.maritalStatus,
          nationalities: m.nationalities,
          languages: m.languages,
          current_country: m.currentCountry,
          current_subdivision: m.currentSubdivision,
          status: m.status,
          arrival_date: m.arrivalDate,
          situation: m.situation,
        },
        relativesByPerson.get(m.id) ?? [],
      ),
    ),
  };
}
