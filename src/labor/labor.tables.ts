/** Kysely table types of the labor domain; added to the Database interface in platform/schema.ts. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, unknown, unknown>;
/** numeric columns come back as strings from both drivers; send numbers or strings. */
type Numeric = ColumnType<string, number | string, number | string>;

export interface EmployersTable {
  id: string;
  member_state: string;
  legal_name: string;
  trade_name: string | null;
  tax_id: string;
  sector_system: string;
  sector_code: string;
  address: Json<Record<string, unknown>>;
  contacts: Json<Record<string, unknown>[]>;
  acting_agency_id: string | null;
  debarred_until: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EmployerComplianceEventsTable {
  id: string;
  employer_id: string;
  member_state: string;
  kind: string;
  occurred_on: string;
  description: string;
  source: string;
  debarred_until: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface WorksitesTable {
  id: string;
  employer_id: string;
  member_state: string;
  name: string;
  address: Json<Record<string, unknown>>;
  subdivision: string;
  created_at: Timestamp;
}

export interface RecruitersTable {
  id: string;
  member_state: string;
  name: string;
  registration_number: string;
  country: string;
  status: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface RecruiterEmployersTable {
  recruiter_id: string;
  employer_id: string;
  member_state: string;
  since: string;
}

export interface WageFloorsTable {
  id: string;
  member_state: string;
  subdivision: string | null;
  programme_code: string | null;
  occupation_system: string | null;
  occupation_code: string | null;
  skill_level: string | null;
  kind: string;
  hourly_rate: Numeric;
  currency: string;
  effective_from: string;
  effective_to: string | null;
  version: Generated<number>;
  superseded_at: Date | null;
  historical: Generated<boolean>;
  source: string;
  source_url: string | null;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface JobOrdersTable {
  id: string;
  /** Short key for rankings (GENERATED ALWAYS AS IDENTITY). */
  number: ColumnType<number, never, never>;
  member_state: string;
  reference: string;
  employer_id: string;
  programme_code: string;
  status: Generated<string>;
  occupation_system: string;
  occupation_code: string;
  job_title: string;
  skill_level: string | null;
  duties: string;
  crops_activities: string[];
  workers_needed: number;
  start_date: string;
  end_date: string;
  hours_per_week: Numeric;
  wage_hourly: Numeric;
  currency: string;
  piece_rates: Json<unknown[]>;
  pay_frequency: string;
  deductions: Json<unknown[]>;
  housing: Json<Record<string, unknown>>;
  transport: Json<Record<string, unknown>>;
  meals: Json<Record<string, unknown>>;
  requirements: Json<Record<string, unknown>>;
  worksite_ids: string[];
  named_person_ids: string[];
  wage_check: Json<Record<string, unknown>> | null;
  decision_note: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  submitted_at: Date | null;
  approved_at: Date | null;
  approved_by: string | null;
  updated_at: Timestamp;
}

export interface JobOrderAttestationsTable {
  id: string;
  job_order_id: string;
  member_state: string;
  no_recruitment_fees: boolean;
  no_document_retention: boolean;
  contract_in_worker_language: boolean;
  housing_terms: string;
  transport_terms: string;
  meals_terms: string;
  recruiter_ids: string[];
  attested_by: string;
  attested_at: Timestamp;
}

export interface AllocationRoundsTable {
  id: string;
  member_state: string;
  programme_code: string;
  number: number;
  status: Generated<string>;
  lottery_seed: string;
  ranking_closes_at: Date | null;
  job_id: string | null;
  summary: Json<Record<string, unknown>> | null;
  job_order_ids: string[] | null;
  capacities: (number | null)[] | null;
  cutoff_scores: (number | null)[] | null;
  cutoff_lotteries: (number | null)[] | null;
  created_by: string | null;
  created_at: Timestamp;
  published_at: Date | null;
  published_by: string | null;
}

export interface WorkerRankingsTable {
  round_id: string;
  person_id: string;
  member_state: string;
  /** job_orders.number, best first. */
  job_order_numbers: number[];
  skills: string[];
  experience_seasons: number;
  languages: string[];
  updated_at: Timestamp;
}

export interface AllocationResultsTable {
  id: string;
  round_id: string;
  person_id: string;
  member_state: string;
  job_order_id: string | null;
  rank: number | null;
  score: number | null;
  lottery: number;
  refused_positions: number[];
  refused_scores: (number | null)[];
  status: Generated<string>;
  responded_at: Date | null;
}

export interface PlacementsTable {
  id: string;
  member_state: string;
  job_order_id: string;
  result_id: string;
  person_id: string;
  worker_member_state: string;
  case_id: string | null;
  status: Generated<string>;
  arrived_on: string | null;
  season_ended_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkerReportsTable {
  id: string;
  member_state: string;
  inspectorate_agency_id: string | null;
  job_order_id: string | null;
  employer_id: string | null;
  reporter_person_id: string | null;
  kinds: string[];
  description: string;
  language: string;
  indicators: string[];
  protection_flag: boolean;
  status: Generated<string>;
  resolution: string | null;
  handled_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LaborTables {
  employers: EmployersTable;
  employer_compliance_events: EmployerComplianceEventsTable;
  worksites: WorksitesTable;
  recruiters: RecruitersTable;
  recruiter_employers: RecruiterEmployersTable;
  wage_floors: WageFloorsTable;
  job_orders: JobOrdersTable;
  job_order_attestations: JobOrderAttestationsTable;
  allocation_rounds: AllocationRoundsTable;
  worker_rankings: WorkerRankingsTable;
  allocation_results: AllocationResultsTable;
  placements: PlacementsTable;
  worker_reports: WorkerReportsTable;
}
