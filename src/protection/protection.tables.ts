/** Kysely table types of the protection domain; added to the Database interface in platform/schema.ts. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T = unknown> = ColumnType<T, unknown, unknown>;
type PriorityColumn = 'normal' | 'urgent' | 'emergency';

/** Columns holding an AES-256-GCM envelope (src/platform/crypto.ts), never plain text. */
export type Encrypted = string;

export interface ProtectionFilesTable {
  id: string;
  person_id: string;
  member_state: string;
  office_id: string;
  priority: Generated<PriorityColumn>;
  priority_reasons: Json<{ rule: string; priority: PriorityColumn; flag: string }[]>;
  priority_set_at: NullableTimestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProtectionFileSharesTable {
  file_id: string;
  office_id: string;
  member_state: string;
  shared_by: string | null;
  shared_at: Timestamp;
}

export interface ProtectionAssessmentsTable {
  id: string;
  file_id: string;
  person_id: string;
  member_state: string;
  questionnaire: string;
  questionnaire_version: number;
  mode: 'interviewer' | 'self';
  language: string;
  answers: Encrypted;
  account: Encrypted | null;
  outcome: Encrypted;
  flag_codes: string[];
  conducted_by: string | null;
  conducted_at: Timestamp;
}

export interface SpecificNeedsTable {
  id: string;
  file_id: string;
  person_id: string;
  member_state: string;
  code: string;
  status: 'confirmed' | 'suspected';
  assessment_id: string | null;
  details: Encrypted | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
  removed_by: string | null;
  removed_at: NullableTimestamp;
}

export interface ProtectionFlagsTable {
  id: string;
  file_id: string;
  person_id: string;
  member_state: string;
  code: string;
  source: 'assessment' | 'specific_need' | 'worker_report' | 'manual';
  source_id: string | null;
  raised_by: string | null;
  raised_at: Timestamp;
  resolved_by: string | null;
  resolved_at: NullableTimestamp;
}

export interface ProtectionServicesTable {
  id: string;
  member_state: string;
  agency_id: string;
  name: string;
  kinds: string[];
  country: string;
  subdivision: string;
  city: string;
  address: string;
  languages: string[];
  hours: string;
  serves: string[];
  phone: string | null;
  email: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface ProtectionReferralsTable {
  id: string;
  file_id: string;
  person_id: string;
  member_state: string;
  service_id: string;
  recipient_agency_id: string;
  recipient_member_state: string;
  from_office_id: string;
  consent_id: string;
  need: string;
  urgency: PriorityColumn;
  payload: Encrypted;
  status: Generated<'sent' | 'accepted' | 'declined' | 'completed'>;
  decline_reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
  responded_by: string | null;
  responded_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  version: Generated<number>;
}

export interface ProtectionTasksTable {
  id: string;
  file_id: string;
  member_state: string;
  office_id: string;
  kind: 'emergency_review' | 'urgent_review' | 'referral_follow_up';
  referral_id: string | null;
  due_at: Timestamp;
  status: Generated<'open' | 'done' | 'cancelled'>;
  created_at: Timestamp;
  done_by: string | null;
  done_at: NullableTimestamp;
}

export interface ProtectionTables {
  protection_files: ProtectionFilesTable;
  protection_file_shares: ProtectionFileSharesTable;
  protection_assessments: ProtectionAssessmentsTable;
  specific_needs: SpecificNeedsTable;
  protection_flags: ProtectionFlagsTable;
  protection_services: ProtectionServicesTable;
  protection_referrals: ProtectionReferralsTable;
  protection_tasks: ProtectionTasksTable;
}
