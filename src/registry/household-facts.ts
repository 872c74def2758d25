/**
 * The facts the eligibility engine reads, built from a registered household. An empty list
 * in the registry means "not told" and becomes unknown (absent), never "none".
 *
 * @example (await loadFactsPage(db, ring, [id])).get(id)?.members[0].nationalities // ['HN']
 */
import type { HouseholdFacts, MemberFacts, RelativeFacts } from '../pathways/engine/household-facts.ts';
import type { Keyring } from '../platform/crypto.ts';
import type { Executor } from '../platform/db.ts';
import { fullSituation } from './confidential-situation.ts';

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

/**
 * Loads the facts of a page of households from storage rows (three queries a page), confidential
 * situation facts opened with `ring`: the engine reads them; what is stored keeps only outcomes.
 */
export async function loadFactsPage(db: Executor, ring: Keyring, householdIds: string[]): Promise<Map<string, HouseholdFacts>> {
  const facts = new Map<string, HouseholdFacts>();
  if (householdIds.length === 0) return facts;
  const people = await db
    .selectFrom('people')
    .select(['id', 'household_id', 'relationship_to_principal', 'birth_date', 'sex', 'marital_status', 'nationalities', 'languages', 'current_country', 'current_subdivision', 'status', 'arrival_date', 'situation', 'situation_sealed'])
    .where('household_id', 'in', householdIds)
    .orderBy('household_id')
    .orderBy('position')
    .execute();
  const relatives = people.length
    ? await db
        .selectFrom('relatives')
        .select(['person_id', 'relationship', 'birth_date', 'country', 'status', 'arrival_date', 'situation'])
        .where('person_id', 'in', people.map((p) => p.id))
        .orderBy('created_at')
        .execute()
    : [];
  const principals = await db.selectFrom('households').select(['id', 'principal_person_id']).where('id', 'in', householdIds).execute();
  const relativesBy = new Map<string, RelativeFactsSource[]>();
  for (const r of relatives) {
    const list = relativesBy.get(r.person_id);
    if (list) list.push(r);
    else relativesBy.set(r.person_id, [r]);
  }
  const membersBy = new Map<string, (typeof people)[number][]>();
  for (const p of people) {
    const list = membersBy.get(p.household_id);
    if (list) list.push(p);
    else membersBy.set(p.household_id, [p]);
  }
  for (const h of principals) {
    const members = membersBy.get(h.id);
    if (!members) continue;
    facts.set(h.id, {
      principalId: h.principal_person_id ?? members[0].id,
      members: members.map((m) => memberFacts({ ...m, situation: m.situation_sealed === null ? m.situation : fullSituation(ring, m) }, relativesBy.get(m.id) ?? [])),
    });
  }
  return facts;
}
