/**
 * Kysely table types of the platform and pact tables, in snake_case as in SQL; each domain
 * declares its own tables in src/<domain>/<domain>.tables.ts and they are joined here.
 * Kysely's CamelCasePlugin is not used: rows stay in storage shape and each domain's
 * service maps them to its own camelCase types (STYLE.md: rows stay in storage).
 */
import type { ColumnType, Generated } from 'kysely';
import type { CasesTables } from '../cases/cases.tables.ts';
import type { LaborTables } from '../labor/labor.tables.ts';
import type { LinkageTables } from '../linkage/linkage.tables.ts';
import type { PathwaysTables } from '../pathways/pathways.tables.ts';
import type { ProtectionTables } from '../protection/protection.tables.ts';
import type { RegistryTables } from '../registry/registry.tables.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, unknown, unknown>;

export interface MemberStatesTable {
  code: string;
  name: string;
  joined_on: string;
  roles: string[];
  created_at: Timestamp;
}

export interface AgenciesTable {
  id: string;
  member_state: string;
  name: string;
  kind: string;
  created_at: Timestamp;
}

export interface OfficesTable {
  id: string;
  agency_id: string;
  member_state: string;
  name: string;
  city: string;
  jurisdictions: string[];
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  email: string | null;
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  display_name: string;
  password_hash: string | null;
  member_state: string;
  agency_id: string | null;
  office_id: string | null;
  roles: string[];
  locale: string;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  disabled_at: Date | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  user_id: string;
  scopes: string[];
  created_at: Timestamp;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface IdempotencyKeysTable {
  key: string;
  principal: string;
  route: string;
  request_hash: string;
  status_code: number | null;
  response_body: Json | null;
  created_at: Timestamp;
}

export interface AuditEventsTable {
  seq: number;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  member_state: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  ip: string | null;
  details: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface JobsTable {
  id: string;
  kind: string;
  member_state: string | null;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress_done: Generated<number>;
  progress_total: Generated<number>;
  params: Json<Record<string, unknown>>;
  result: Json<Record<string, unknown>> | null;
  error: string | null;
  started_by: string | null;
  created_at: Timestamp;
  started_at: Date | null;
  finished_at: Date | null;
}

/** Platform tables, then each domain's own (declared beside the domain, in <domain>.tables.ts). */
export interface Database extends RegistryTables, PathwaysTables, CasesTables, LaborTables, ProtectionTables, LinkageTables {
  jobs: JobsTable;
  member_states: MemberStatesTable;
  agencies: AgenciesTable;
  offices: OfficesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_events: AuditEventsTable;
  schema_migrations: SchemaMigrationsTable;
}
