/** Kysely table types of the linkage domain; added to the Database interface in platform/schema.ts. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, unknown, unknown>;

export interface LinkageModelsTable {
  id: string;
  settings_name: string;
  model: Json<Record<string, unknown>>;
  records: Generated<number>;
  active: Generated<boolean>;
  trained_by: string | null;
  trained_at: Timestamp;
}

export interface LinkageThresholdsTable {
  member_state: string;
  review_threshold: Generated<number>;
  auto_merge_threshold: number | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface LinkageSharingAgreementsTable {
  id: string;
  member_state_a: string;
  member_state_b: string;
  purpose: 'deduplication' | 'tracing';
  valid_from: ColumnType<string, string | undefined, string>;
  valid_to: string | null;
  created_by: string | null;
  created_at: Timestamp;
  /** The legal instrument; null only on rows written before agreements were managed through the API. */
  reference: string | null;
  /** Set with end_reason, ended_by and ended_at when a pact administrator ends it; valid_to is then the day before. */
  ended_on: string | null;
  end_reason: string | null;
  ended_by: string | null;
  ended_at: Date | null;
}

export interface LinkageKeysTable {
  person_id: string;
  member_state: string;
  rule: number;
  key: string;
}

export interface LinkageClustersTable {
  person_id: string;
  member_state: string;
  cluster_id: string;
  merged_into: string | null;
  updated_at: Timestamp;
}

export type PairStatus = 'pending' | 'confirmed' | 'rejected' | 'merged' | 'undone';

export interface LinkagePairsTable {
  id: string;
  member_state: string;
  other_member_state: string;
  person_a: string;
  person_b: string;
  match_weight: number;
  match_probability: number;
  terms: Json<unknown[]>;
  model_id: string | null;
  status: Generated<PairStatus>;
  cannot_link: 'rejected' | 'document_conflict' | null;
  found_by: 'registration' | 'batch';
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LinkageDecisionsTable {
  id: string;
  pair_id: string;
  member_state: string;
  decision: 'confirm' | 'reject' | 'merge' | 'undo' | 'auto_merge';
  note: string | null;
  decided_by: string | null;
  decided_at: Timestamp;
}

export interface LinkageMergesTable {
  id: string;
  pair_id: string;
  member_state: string;
  survivor_id: string;
  merged_id: string;
  cluster_id: string;
  moved: Json<Record<string, unknown>>;
  merged_by: string | null;
  merged_at: Timestamp;
  undone_by: string | null;
  undone_at: Date | null;
}

export interface LinkageTracingRequestsTable {
  id: string;
  member_state: string;
  seeker_id: string;
  relationship: 'parent' | 'child' | 'sibling' | 'spouse' | 'other';
  sought: Json<Record<string, unknown>>;
  status: Generated<'open' | 'matched' | 'closed'>;
  requested_by: string | null;
  created_at: Timestamp;
}

export interface LinkageTracingMatchesTable {
  id: string;
  request_id: string;
  member_state: string;
  candidate_id: string;
  candidate_member_state: string;
  score: number;
  terms: Json<unknown[]>;
  status: Generated<'proposed' | 'confirmed' | 'rejected'>;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: Timestamp;
}

export interface LinkageNotificationsTable {
  id: string;
  member_state: string;
  person_id: string;
  match_id: string;
  kind: 'tracing_match';
  status: Generated<'open' | 'done'>;
  created_at: Timestamp;
}

export interface LinkageTables {
  linkage_models: LinkageModelsTable;
  linkage_thresholds: LinkageThresholdsTable;
  linkage_sharing_agreements: LinkageSharingAgreementsTable;
  linkage_keys: LinkageKeysTable;
  linkage_clusters: LinkageClustersTable;
  linkage_pairs: LinkagePairsTable;
  linkage_decisions: LinkageDecisionsTable;
  linkage_merges: LinkageMergesTable;
  linkage_tracing_requests: LinkageTracingRequestsTable;
  linkage_tracing_matches: LinkageTracingMatchesTable;
  linkage_notifications: LinkageNotificationsTable;
}
