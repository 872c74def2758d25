import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, unknown, unknown>;

export interface ProgrammesTable {
  code: string;
  host_member_state: string;
  kind: string;
  status: string;
  definition: Json<Record<string, unknown>>;
  updated_at: Timestamp;
}

export interface RuleVersionsTable {
  programme_code: string;
  version: string;
  effective_from: string;
  effective_to: string | null;
  rule: Json<Record<string, unknown>>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ScreeningResultsTable {
  id: string;
  household_id: string;
  member_state: string;
  programme_code: string;
  rule_version: string;
  outcome: string;
  missing_facts: Json<unknown[]>;
  evaluation: Json<Record<string, unknown>>;
  as_of: string;
  screened_at: Timestamp;
  screened_by: string | null;
  job_id: string | null;
  superseded_at: Date | null;
}

export interface ScreeningChangesTable {
  id: string;
  job_id: string;
  household_id: string;
  member_state: string;
  programme_code: string;
  old_outcome: string | null;
  new_outcome: string;
  old_rule_version: string | null;
  new_rule_version: string;
  created_at: Timestamp;
}

export interface PathwaysTables {
  programmes: ProgrammesTable;
  rule_versions: RuleVersionsTable;
  screening_results: ScreeningResultsTable;
  screening_changes: ScreeningChangesTable;
}
