-- Protection: specific needs, assessments (heightened risk, vulnerability, trafficking indicators),
-- flags, priority, protection tasks, the service directory and referrals.
-- Confidential values (survivor accounts, screening answers, specific-needs details, referral
-- contents) are stored only as AES-256-GCM envelopes 'pe1:<key id>:<iv>:<tag>:<ciphertext>' written
-- by the application (src/platform/crypto.ts); the database never sees them in plain text.
-- Every table that grows with people carries member_state.

CREATE TABLE protection_files (
  id               uuid PRIMARY KEY,
  person_id        uuid NOT NULL UNIQUE REFERENCES people(id),
  member_state     char(2) NOT NULL REFERENCES member_states(code),
  office_id        uuid NOT NULL REFERENCES offices(id),
  priority         text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal','urgent','emergency')),
  priority_reasons jsonb NOT NULL DEFAULT '[]',
  priority_set_at  timestamptz,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX protection_files_office_idx ON protection_files (office_id, priority);
COMMENT ON TABLE protection_files IS 'One protection file per person, held by one office: its protection officers (and those of offices it is shared with) see the confidential fields.';
COMMENT ON COLUMN protection_files.priority_reasons IS 'Rule ids and translation keys of the routing rules that set the priority; codes only, never answers.';

CREATE TABLE protection_file_shares (
  file_id      uuid NOT NULL REFERENCES protection_files(id),
  office_id    uuid NOT NULL REFERENCES offices(id),
  member_state char(2) NOT NULL,
  shared_by    uuid REFERENCES users(id),
  shared_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (file_id, office_id)
);
COMMENT ON TABLE protection_file_shares IS 'Offices the holding office shared a protection file with; their protection officers see its confidential fields.';

CREATE TABLE protection_assessments (
  id                    uuid PRIMARY KEY,
  file_id               uuid NOT NULL REFERENCES protection_files(id),
  person_id             uuid NOT NULL REFERENCES people(id),
  member_state          char(2) NOT NULL,
  questionnaire         text NOT NULL,
  questionnaire_version integer NOT NULL,
  mode                  text NOT NULL CHECK (mode IN ('interviewer','self')),
  language              text NOT NULL,
  answers               text NOT NULL,
  account               text,
  outcome               text NOT NULL,
  flag_codes            text[] NOT NULL DEFAULT '{}',
  conducted_by          uuid REFERENCES users(id),
  conducted_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX protection_assessments_file_idx ON protection_assessments (file_id, conducted_at);
COMMENT ON TABLE protection_assessments IS 'A questionnaire answered for a person, by an interviewer or by the person themself, with the questionnaire version it used.';
COMMENT ON COLUMN protection_assessments.answers IS 'CONFIDENTIAL, encrypted (AES-256-GCM envelope): the answers, question by question.';
COMMENT ON COLUMN protection_assessments.account IS 'CONFIDENTIAL, encrypted: the survivor''s own account in free text.';
COMMENT ON COLUMN protection_assessments.outcome IS 'CONFIDENTIAL, encrypted: the scored result (ILO elements present, presumed victim, risk levels, HTCDS facets).';
COMMENT ON COLUMN protection_assessments.flag_codes IS 'The flag codes the assessment raised (codes only); they drive priority.';

CREATE TABLE specific_needs (
  id            uuid PRIMARY KEY,
  file_id       uuid NOT NULL REFERENCES protection_files(id),
  person_id     uuid NOT NULL REFERENCES people(id),
  member_state  char(2) NOT NULL,
  code          text NOT NULL,
  status        text NOT NULL CHECK (status IN ('confirmed','suspected')),
  assessment_id uuid REFERENCES protection_assessments(id),
  details       text,
  recorded_by   uuid REFERENCES users(id),
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  removed_by    uuid REFERENCES users(id),
  removed_at    timestamptz
);
CREATE INDEX specific_needs_file_idx ON specific_needs (file_id);
COMMENT ON TABLE specific_needs IS 'UNHCR standardized specific-needs codes recorded for a person: who, when, from which assessment, confirmed or suspected.';
COMMENT ON COLUMN specific_needs.details IS 'CONFIDENTIAL, encrypted: free-text details of the need.';

CREATE TABLE protection_flags (
  id           uuid PRIMARY KEY,
  file_id      uuid NOT NULL REFERENCES protection_files(id),
  person_id    uuid NOT NULL REFERENCES people(id),
  member_state char(2) NOT NULL,
  code         text NOT NULL,
  source       text NOT NULL CHECK (source IN ('assessment','specific_need','worker_report','manual')),
  source_id    uuid,
  raised_by    uuid REFERENCES users(id),
  raised_at    timestamptz NOT NULL DEFAULT now(),
  resolved_by  uuid REFERENCES users(id),
  resolved_at  timestamptz
);
CREATE INDEX protection_flags_file_idx ON protection_flags (file_id) WHERE resolved_at IS NULL;
COMMENT ON TABLE protection_flags IS 'Flags raised by assessments, specific needs, worker reports or by hand; the routing rules turn open flags into a priority.';

CREATE TABLE protection_services (
  id           uuid PRIMARY KEY,
  member_state char(2) NOT NULL REFERENCES member_states(code),
  agency_id    uuid NOT NULL REFERENCES agencies(id),
  name         text NOT NULL,
  kinds        text[] NOT NULL,
  country      char(2) NOT NULL,
  subdivision  text NOT NULL,
  city         text NOT NULL,
  address      text NOT NULL,
  languages    text[] NOT NULL,
  hours        text NOT NULL,
  serves       text[] NOT NULL,
  phone        text,
  email        text,
  active       boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX protection_services_place_idx ON protection_services (country, subdivision) WHERE active;
COMMENT ON TABLE protection_services IS 'Directory of services (shelter, legal aid, medical, MHPSS, child protection, anti-trafficking, livelihoods) run by an agency.';

CREATE TABLE protection_referrals (
  id                     uuid PRIMARY KEY,
  file_id                uuid NOT NULL REFERENCES protection_files(id),
  person_id              uuid NOT NULL REFERENCES people(id),
  member_state           char(2) NOT NULL,
  service_id             uuid NOT NULL REFERENCES protection_services(id),
  recipient_agency_id    uuid NOT NULL REFERENCES agencies(id),
  recipient_member_state char(2) NOT NULL,
  from_office_id         uuid NOT NULL REFERENCES offices(id),
  consent_id             uuid NOT NULL REFERENCES consents(id),
  need                   text NOT NULL,
  urgency                text NOT NULL CHECK (urgency IN ('normal','urgent','emergency')),
  payload                text NOT NULL,
  status                 text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent','accepted','declined','completed')),
  decline_reason         text,
  created_by             uuid REFERENCES users(id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  responded_by           uuid REFERENCES users(id),
  responded_at           timestamptz,
  completed_at           timestamptz,
  version                integer NOT NULL DEFAULT 1
);
CREATE INDEX protection_referrals_recipient_idx ON protection_referrals (recipient_agency_id, status);
CREATE INDEX protection_referrals_file_idx ON protection_referrals (file_id);
COMMENT ON TABLE protection_referrals IS 'A referral of a person to a service, with the consent it rests on; the receiving agency sees the referral and nothing else of the file.';
COMMENT ON COLUMN protection_referrals.payload IS 'CONFIDENTIAL, encrypted: only the fields the recipient needs (name, contact, language, the need in a sentence).';
COMMENT ON COLUMN protection_referrals.decline_reason IS 'A reason code from a fixed list, never free text.';

CREATE TABLE protection_tasks (
  id           uuid PRIMARY KEY,
  file_id      uuid NOT NULL REFERENCES protection_files(id),
  member_state char(2) NOT NULL,
  office_id    uuid NOT NULL REFERENCES offices(id),
  kind         text NOT NULL CHECK (kind IN ('emergency_review','urgent_review','referral_follow_up')),
  referral_id  uuid REFERENCES protection_referrals(id),
  due_at       timestamptz NOT NULL,
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  done_by      uuid REFERENCES users(id),
  done_at      timestamptz
);
CREATE INDEX protection_tasks_office_idx ON protection_tasks (office_id, status, due_at);
COMMENT ON TABLE protection_tasks IS 'Work for the protection officers of an office: an emergency or urgent review, or following up a referral.';
