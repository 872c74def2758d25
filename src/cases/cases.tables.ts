/** Kysely table types of the cases domain; added to the Database interface in platform/schema.ts. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T = unknown> = ColumnType<T, unknown, unknown>;

export interface CaseWorkflowsTable {
  id: string;
  programme_code: string;
  host_member_state: string;
  version: number;
  pathway: string;
  definition: Json<Record<string, unknown>>;
  change_note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CaseNumberCountersTable {
  member_state: string;
  year: number;
  last_value: Generated<number>;
}

export interface CasesTable {
  id: string;
  member_state: string;
  case_number: string;
  programme_code: string;
  workflow_id: string;
  household_id: string;
  screening_result_id: string | null;
  office_id: string;
  jurisdiction: string | null;
  stage: string;
  status: Generated<'open' | 'closed'>;
  priority: Generated<'normal' | 'urgent' | 'emergency'>;
  priority_rank: ColumnType<number, never, never>;
  assigned_to: string | null;
  channel: 'self' | 'caseworker';
  facts: Json<Record<string, string | boolean>>;
  opened_by: string | null;
  opened_at: Timestamp;
  stage_entered_at: Timestamp;
  stage_due_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  closure_reason: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
  /** Search keys of the covered people's names (case_name_keys); written only by triggers. */
  name_keys: ColumnType<string[], never, never>;
  /** The covered people's folded names, principal first; written only by triggers. */
  member_names: ColumnType<string[], never, never>;
}

export interface CaseMembersTable {
  case_id: string;
  person_id: string;
  member_state: string;
  role: 'principal' | 'dependant';
}

export interface CaseEventsTable {
  id: string;
  case_id: string;
  member_state: string;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  kind: string;
  stage: string | null;
  details: Json<Record<string, unknown>>;
  visible_to_applicant: Generated<boolean>;
}

export interface CaseTasksTable {
  id: string;
  case_id: string;
  member_state: string;
  stage: string | null;
  origin: 'stage' | 'manual';
  title: string;
  title_key: string | null;
  for_applicant: Generated<boolean>;
  document_type: string | null;
  due_on: string | null;
  assigned_to: string | null;
  status: Generated<'open' | 'done' | 'cancelled'>;
  created_by: string | null;
  created_at: Timestamp;
  completed_by: string | null;
  completed_at: NullableTimestamp;
}

export interface CaseInterviewsTable {
  id: string;
  case_id: string;
  member_state: string;
  stage: string | null;
  scheduled_at: Timestamp;
  place: string;
  language: string;
  interpreter: string | null;
  status: Generated<'scheduled' | 'held' | 'cancelled' | 'no_show'>;
  outcome_note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CaseNotesTable {
  id: string;
  case_id: string;
  member_state: string;
  body: string;
  author: string | null;
  created_at: Timestamp;
}

export interface CaseDocumentsTable {
  id: string;
  case_id: string;
  member_state: string;
  type: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  task_id: string | null;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface CaseDecisionsTable {
  id: string;
  case_id: string;
  member_state: string;
  stage: string;
  kind: 'recommendation' | 'decision' | 'closure';
  outcome: string;
  reason_codes: string[];
  reason_text: string | null;
  legal_basis: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'recorded';
  requested_by: string;
  requested_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  review_comment: string | null;
}

export interface CaseMessagesTable {
  id: string;
  case_id: string;
  member_state: string;
  direction: 'to_applicant' | 'from_applicant';
  body: string;
  author: string | null;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

export interface NotificationOutboxTable {
  id: string;
  member_state: string;
  recipient_user_id: string;
  case_id: string | null;
  channel: 'email' | 'sms';
  template: string;
  params: Json<Record<string, unknown>>;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface CasesTables {
  case_workflows: CaseWorkflowsTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_members: CaseMembersTable;
  case_events: CaseEventsTable;
  case_tasks: CaseTasksTable;
  case_interviews: CaseInterviewsTable;
  case_notes: CaseNotesTable;
  case_documents: CaseDocumentsTable;
  case_decisions: CaseDecisionsTable;
  case_messages: CaseMessagesTable;
  notification_outbox: NotificationOutboxTable;
}
