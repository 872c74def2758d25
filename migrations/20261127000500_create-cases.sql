-- Case management: applications to a programme worked through their pathway's workflow.
-- Every table that grows with people carries member_state (the member state holding the case).
-- Nothing newer than PostgreSQL 15 is used, so the same file runs on PGlite and on a server.

CREATE TABLE case_workflows (
  id                uuid PRIMARY KEY,
  programme_code    text NOT NULL REFERENCES programmes(code),
  host_member_state char(2) NOT NULL,
  version           integer NOT NULL CHECK (version >= 1),
  pathway           text NOT NULL CHECK (pathway IN ('resettlement','family_reunification','seasonal_work','asylum')),
  definition        jsonb NOT NULL,
  change_note       text,
  created_by        uuid REFERENCES users(id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_code, version)
);
COMMENT ON TABLE case_workflows IS 'Workflow versions per programme: stages, allowed moves, requirements and who may move. A case keeps the version it opened with, so a change never strands cases in flight.';

CREATE TABLE case_number_counters (
  member_state char(2) NOT NULL REFERENCES member_states(code),
  year         integer NOT NULL,
  last_value   bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (member_state, year)
);
COMMENT ON TABLE case_number_counters IS 'The last case number given per member state and year; the row is locked (SELECT … FOR UPDATE) while a number is taken, so numbers never repeat.';

CREATE TABLE cases (
  id                  uuid PRIMARY KEY,
  member_state        char(2) NOT NULL REFERENCES member_states(code),
  case_number         text NOT NULL UNIQUE,
  programme_code      text NOT NULL REFERENCES programmes(code),
  workflow_id         uuid NOT NULL REFERENCES case_workflows(id),
  household_id        uuid NOT NULL REFERENCES households(id),
  screening_result_id uuid REFERENCES screening_results(id),
  office_id           uuid NOT NULL REFERENCES offices(id),
  jurisdiction        text,
  stage               text NOT NULL,
  status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  priority            text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal','urgent','emergency')),
  priority_rank       smallint GENERATED ALWAYS AS (CASE priority WHEN 'emergency' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END) STORED,
  assigned_to         uuid REFERENCES users(id),
  channel             text NOT NULL CHECK (channel IN ('self','caseworker')),
  facts               jsonb NOT NULL DEFAULT '{}',
  opened_by           uuid REFERENCES users(id),
  opened_at           timestamptz NOT NULL DEFAULT now(),
  stage_entered_at    timestamptz NOT NULL DEFAULT now(),
  stage_due_at        timestamptz,
  closed_at           timestamptz,
  closure_reason      text,
  version             integer NOT NULL DEFAULT 1,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_office_queue_idx ON cases (office_id, status, priority_rank DESC, opened_at);
CREATE INDEX cases_jurisdiction_queue_idx ON cases (member_state, jurisdiction, status, priority_rank DESC, opened_at);
CREATE INDEX cases_assignee_idx ON cases (assigned_to, status) WHERE assigned_to IS NOT NULL;
CREATE INDEX cases_household_idx ON cases (household_id);
CREATE INDEX cases_stage_idx ON cases (office_id, programme_code, stage) WHERE status = 'open';
CREATE INDEX cases_overdue_idx ON cases (office_id, stage_due_at) WHERE status = 'open';
COMMENT ON TABLE cases IS 'One application to one programme, held by an office of the member state where the household is registered.';
COMMENT ON COLUMN cases.case_number IS 'Readable number per member state and year, e.g. MX-2026-000123.';
COMMENT ON COLUMN cases.version IS 'Optimistic concurrency: every change sets version = version + 1 WHERE version = the version the caller saw.';
COMMENT ON COLUMN cases.facts IS 'What the stages record (submission categories, medical and security results, travel dates); may be sensitive.';
COMMENT ON COLUMN cases.priority IS 'normal, urgent or emergency (UNHCR Resettlement Handbook 4.2); set by protection; queues order by it.';

CREATE TABLE case_members (
  case_id      uuid NOT NULL REFERENCES cases(id),
  person_id    uuid NOT NULL REFERENCES people(id),
  member_state char(2) NOT NULL,
  role         text NOT NULL CHECK (role IN ('principal','dependant')),
  PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_members_person_idx ON case_members (person_id);
COMMENT ON TABLE case_members IS 'The household members an application covers.';

CREATE TABLE case_events (
  id                   uuid PRIMARY KEY,
  case_id              uuid NOT NULL REFERENCES cases(id),
  member_state         char(2) NOT NULL,
  occurred_at          timestamptz NOT NULL DEFAULT now(),
  actor_user_id        uuid REFERENCES users(id),
  kind                 text NOT NULL,
  stage                text,
  details              jsonb NOT NULL DEFAULT '{}',
  visible_to_applicant boolean NOT NULL DEFAULT false
);
CREATE INDEX case_events_case_idx ON case_events (case_id, occurred_at);
COMMENT ON TABLE case_events IS 'The case timeline: every event on the case, in order. details holds identifiers and codes, never free text from notes.';

CREATE TABLE case_tasks (
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES cases(id),
  member_state  char(2) NOT NULL,
  stage         text,
  origin        text NOT NULL CHECK (origin IN ('stage','manual')),
  title         text NOT NULL,
  title_key     text,
  for_applicant boolean NOT NULL DEFAULT false,
  document_type text,
  due_on        date,
  assigned_to   uuid REFERENCES users(id),
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
  created_by    uuid REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  completed_by  uuid REFERENCES users(id),
  completed_at  timestamptz
);
CREATE INDEX case_tasks_case_idx ON case_tasks (case_id);
CREATE INDEX case_tasks_open_due_idx ON case_tasks (due_on) WHERE status = 'open';
COMMENT ON TABLE case_tasks IS 'Work on a case with a due date, created by a stage or by hand; for_applicant tasks are what the applicant must do (document_type: a document they are asked for).';

CREATE TABLE case_interviews (
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES cases(id),
  member_state  char(2) NOT NULL,
  stage         text,
  scheduled_at  timestamptz NOT NULL,
  place         text NOT NULL,
  language      text NOT NULL,
  interpreter   text,
  status        text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','held','cancelled','no_show')),
  outcome_note  text,
  created_by    uuid REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_interviews_case_idx ON case_interviews (case_id);
COMMENT ON TABLE case_interviews IS 'Interviews with place, language and interpreter.';
COMMENT ON COLUMN case_interviews.outcome_note IS 'Free text of the interviewer; personal data.';

CREATE TABLE case_notes (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases(id),
  member_state char(2) NOT NULL,
  body         text NOT NULL,
  author       uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_notes_case_idx ON case_notes (case_id);
COMMENT ON TABLE case_notes IS 'Caseworker notes; never shown to the applicant.';
COMMENT ON COLUMN case_notes.body IS 'Free text; personal data.';

CREATE TABLE case_documents (
  id            uuid PRIMARY KEY,
  case_id       uuid NOT NULL REFERENCES cases(id),
  member_state  char(2) NOT NULL,
  type          text NOT NULL,
  file_name     text NOT NULL,
  content_type  text NOT NULL,
  size_bytes    integer NOT NULL CHECK (size_bytes > 0),
  sha256        char(64) NOT NULL,
  storage_key   text NOT NULL UNIQUE,
  task_id       uuid REFERENCES case_tasks(id),
  uploaded_by   uuid REFERENCES users(id),
  uploaded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_documents_case_idx ON case_documents (case_id);
COMMENT ON TABLE case_documents IS 'Documents on a case. The file is stored outside the database, under the files directory, at storage_key; sha256 is its checksum.';
COMMENT ON COLUMN case_documents.file_name IS 'The name the uploader gave; may contain personal data.';

CREATE TABLE case_decisions (
  id             uuid PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES cases(id),
  member_state   char(2) NOT NULL,
  stage          text NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('recommendation','decision','closure')),
  outcome        text NOT NULL,
  reason_codes   text[] NOT NULL DEFAULT '{}',
  reason_text    text,
  legal_basis    text,
  status         text NOT NULL CHECK (status IN ('pending','approved','rejected','recorded')),
  requested_by   uuid NOT NULL REFERENCES users(id),
  requested_at   timestamptz NOT NULL DEFAULT now(),
  reviewed_by    uuid REFERENCES users(id),
  reviewed_at    timestamptz,
  review_comment text,
  -- Four eyes: whoever asks for an approval can never be the one who gives it.
  CONSTRAINT case_decisions_four_eyes CHECK (reviewed_by IS NULL OR reviewed_by <> requested_by)
);
CREATE INDEX case_decisions_case_idx ON case_decisions (case_id);
CREATE INDEX case_decisions_pending_idx ON case_decisions (member_state, requested_at) WHERE status = 'pending';
COMMENT ON TABLE case_decisions IS 'Decisions with reasons from a list, free text and legal basis; recommendations and closures wait for a supervisor (four eyes).';
COMMENT ON COLUMN case_decisions.reason_text IS 'Free text; personal data.';

CREATE TABLE case_messages (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases(id),
  member_state char(2) NOT NULL,
  direction    text NOT NULL CHECK (direction IN ('to_applicant','from_applicant')),
  body         text NOT NULL,
  author       uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  read_at      timestamptz
);
CREATE INDEX case_messages_case_idx ON case_messages (case_id, created_at);
COMMENT ON TABLE case_messages IS 'Messages between the caseworker and the applicant.';
COMMENT ON COLUMN case_messages.body IS 'Free text; personal data.';

CREATE TABLE notification_outbox (
  id                uuid PRIMARY KEY,
  member_state      char(2) NOT NULL,
  recipient_user_id uuid NOT NULL REFERENCES users(id),
  case_id           uuid REFERENCES cases(id),
  channel           text NOT NULL CHECK (channel IN ('email','sms')),
  template          text NOT NULL,
  params            jsonb NOT NULL DEFAULT '{}',
  status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed')),
  attempts          integer NOT NULL DEFAULT 0,
  next_attempt_at   timestamptz NOT NULL DEFAULT now(),
  last_error        text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  sent_at           timestamptz
);
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at) WHERE status = 'pending';
COMMENT ON TABLE notification_outbox IS 'Notifications written in the same transaction as the change; a dispatcher sends them through the configured adapter and retries, so nothing is lost when a provider is down.';
COMMENT ON COLUMN notification_outbox.params IS 'Template parameters: case number and stage code only, no names.';
