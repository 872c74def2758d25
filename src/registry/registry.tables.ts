import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, unknown, unknown>;

export interface HouseholdsTable {
  id: string;
  member_state: string;
  registered_by: string | null;
  registered_office: string | null;
  channel: 'self' | 'caseworker';
  principal_person_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PeopleTable {
  id: string;
  household_id: string;
  member_state: string;
  user_id: string | null;
  given_names: string;
  family_name_1: string | null;
  family_name_2: string | null;
  name_search: string;
  sex: string | null;
  birth_date: string | null;
  nationalities: string[];
  languages: string[];
  phone: string | null;
  email: string | null;
  current_country: string | null;
  current_subdivision: string | null;
  status: string | null;
  arrival_date: string | null;
  relationship_to_principal: string;
  /** Order within the household; the principal is 0. */
  position: Generated<number>;
  marital_status: string | null;
  situation: Json<Record<string, unknown>>;
  /** Confidential situation facts, sealed (registry/confidential-situation.ts); null when none. */
  situation_sealed: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IdentityDocumentsTable {
  id: string;
  person_id: string;
  member_state: string;
  type: string;
  number: string;
  number_search: string;
  issuing_country: string;
  expiry_date: string | null;
  mrz: string | null;
  created_at: Timestamp;
}

export interface RelativesTable {
  id: string;
  person_id: string;
  member_state: string;
  relationship: string;
  given_names: string | null;
  family_name_1: string | null;
  family_name_2: string | null;
  birth_date: string | null;
  country: string | null;
  status: string | null;
  arrival_date: string | null;
  situation: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface ConsentsTable {
  id: string;
  person_id: string;
  member_state: string;
  purpose: string;
  recipient_member_state: string | null;
  recipient_agency_id: string | null;
  granted_at: Timestamp;
  granted_by: string | null;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}

export interface RecordVersionsTable {
  id: string;
  member_state: string;
  record_type: string;
  record_id: string;
  version: number;
  changed_by: string | null;
  changed_at: Timestamp;
  changes: Json<Record<string, unknown>>;
}

export interface RegistryTables {
  households: HouseholdsTable;
  people: PeopleTable;
  identity_documents: IdentityDocumentsTable;
  relatives: RelativesTable;
  consents: ConsentsTable;
  record_versions: RecordVersionsTable;
}
