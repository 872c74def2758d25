-- Labour mobility: employers, worksites, recruiters, wage floors, job orders and their attestations,
-- allocation rounds, offers, placements and workers' problem reports.
-- Tables that grow with people carry member_state (the state holding the row: the host state for
-- employers and job orders, the worker's registration state for rankings, offers and placements).
-- Nothing newer than PostgreSQL 15 is used, so the same file runs on PGlite and on a server.

CREATE TABLE employers (
  id                 uuid PRIMARY KEY,
  member_state       char(2) NOT NULL REFERENCES member_states(code),
  legal_name         text NOT NULL,
  trade_name         text,
  tax_id             text NOT NULL,
  sector_system      text NOT NULL CHECK (sector_system IN ('NAICS','SCIAN')),
  sector_code        text NOT NULL,
  address            jsonb NOT NULL,
  contacts           jsonb NOT NULL DEFAULT '[]',
  acting_agency_id   uuid REFERENCES agencies(id),
  debarred_until     date,
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (member_state, tax_id)
);
CREATE INDEX employers_agency_idx ON employers (acting_agency_id);
COMMENT ON TABLE employers IS 'Employers hiring through the seasonal and temporary work programmes, registered in the host member state.';
COMMENT ON COLUMN employers.tax_id IS 'Tax identifier in the host state (US FEIN, CA business number, MX RFC); unique per member state.';
COMMENT ON COLUMN employers.sector_system IS 'NAICS (US, CA) or SCIAN (its Mexican edition).';
COMMENT ON COLUMN employers.acting_agency_id IS 'The employer association that files for this employer (FARMS, NCAE, …); its employer users act for it.';
COMMENT ON COLUMN employers.contacts IS 'Points of contact: names, job titles, phones and e-mails of staff; personal data of those staff.';
COMMENT ON COLUMN employers.debarred_until IS 'Debarred from the programmes until this date (e.g. 20 CFR 655.182); no job order may be approved before it.';

CREATE TABLE employer_compliance_events (
  id             uuid PRIMARY KEY,
  employer_id    uuid NOT NULL REFERENCES employers(id),
  member_state   char(2) NOT NULL REFERENCES member_states(code),
  kind           text NOT NULL CHECK (kind IN ('violation','debarment','inspection','back_wages')),
  occurred_on    date NOT NULL,
  description    text NOT NULL,
  source         text NOT NULL,
  debarred_until date,
  recorded_by    uuid REFERENCES users(id),
  recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_compliance_employer_idx ON employer_compliance_events (employer_id, occurred_on DESC);
COMMENT ON TABLE employer_compliance_events IS 'Compliance history: past violations, inspections, back wages and debarments, each with its source.';

CREATE TABLE worksites (
  id           uuid PRIMARY KEY,
  employer_id  uuid NOT NULL REFERENCES employers(id),
  member_state char(2) NOT NULL REFERENCES member_states(code),
  name         text NOT NULL,
  address      jsonb NOT NULL,
  subdivision  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX worksites_employer_idx ON worksites (employer_id);
COMMENT ON TABLE worksites IS 'Places of employment of an employer; the subdivision (ISO 3166-2) decides which wage floors apply.';

CREATE TABLE recruiters (
  id                  uuid PRIMARY KEY,
  member_state        char(2) NOT NULL REFERENCES member_states(code),
  name                text NOT NULL,
  registration_number text NOT NULL,
  country             char(2) NOT NULL,
  status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active','suspended','revoked')),
  created_by          uuid REFERENCES users(id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (member_state, registration_number)
);
COMMENT ON TABLE recruiters IS 'Registered recruiters and agents (20 CFR 655.137 disclosure; MOU registries such as MINTRAB''s).';

CREATE TABLE recruiter_employers (
  recruiter_id uuid NOT NULL REFERENCES recruiters(id),
  employer_id  uuid NOT NULL REFERENCES employers(id),
  member_state char(2) NOT NULL REFERENCES member_states(code),
  since        date NOT NULL,
  PRIMARY KEY (recruiter_id, employer_id)
);
COMMENT ON TABLE recruiter_employers IS 'Which employers a recruiter acts for.';

CREATE TABLE wage_floors (
  id               uuid PRIMARY KEY,
  member_state     char(2) NOT NULL,
  subdivision      text,
  programme_code   text REFERENCES programmes(code),
  occupation_system text,
  occupation_code  text,
  skill_level      text,
  kind             text NOT NULL CHECK (kind IN ('aewr','prevailing','federal_minimum','state_minimum','provincial_minimum','programme_rate','general_minimum','collective_agreement')),
  hourly_rate      numeric(10,2) NOT NULL CHECK (hourly_rate > 0),
  currency         char(3) NOT NULL,
  effective_from   date NOT NULL,
  effective_to     date,
  version          integer NOT NULL DEFAULT 1,
  superseded_at    timestamptz,
  historical       boolean NOT NULL DEFAULT false,
  source           text NOT NULL,
  source_url       text,
  note             text,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX wage_floors_lookup_idx ON wage_floors (member_state, effective_from) WHERE superseded_at IS NULL;
COMMENT ON TABLE wage_floors IS 'Dated, versioned wage floors by member state, place, occupation and skill level, each with its source. A null place, programme, occupation or skill level means "all". A correction adds a version and marks the previous one superseded; nothing is deleted.';
COMMENT ON COLUMN wage_floors.member_state IS 'The state whose law or programme sets the floor; no foreign key, because floors are public reference data seeded before member states are admitted.';
COMMENT ON COLUMN wage_floors.historical IS 'Kept for job orders dated in its range only (e.g. the FLS-based AEWR, replaced by OEWS-based rates on 2025-10-02).';

CREATE TABLE job_orders (
  id                 uuid PRIMARY KEY,
  member_state       char(2) NOT NULL REFERENCES member_states(code),
  reference          text NOT NULL UNIQUE,
  employer_id        uuid NOT NULL REFERENCES employers(id),
  programme_code     text NOT NULL REFERENCES programmes(code),
  status             text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','approved','recruiting','filled','in_season','closed')),
  occupation_system  text NOT NULL CHECK (occupation_system IN ('SOC','NOC','SINCO')),
  occupation_code    text NOT NULL,
  job_title          text NOT NULL,
  skill_level        text,
  duties             text NOT NULL,
  crops_activities   text[] NOT NULL DEFAULT '{}',
  workers_needed     integer NOT NULL CHECK (workers_needed >= 1),
  start_date         date NOT NULL,
  end_date           date NOT NULL,
  hours_per_week     numeric(5,2) NOT NULL,
  wage_hourly        numeric(10,2) NOT NULL,
  currency           char(3) NOT NULL,
  piece_rates        jsonb NOT NULL DEFAULT '[]',
  pay_frequency      text NOT NULL CHECK (pay_frequency IN ('weekly','biweekly','semimonthly','monthly')),
  deductions         jsonb NOT NULL DEFAULT '[]',
  housing            jsonb NOT NULL,
  transport          jsonb NOT NULL,
  meals              jsonb NOT NULL,
  requirements       jsonb NOT NULL,
  worksite_ids       uuid[] NOT NULL,
  named_person_ids   uuid[] NOT NULL DEFAULT '{}',
  wage_check         jsonb,
  decision_note      text,
  version            integer NOT NULL DEFAULT 1,
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  submitted_at       timestamptz,
  approved_at        timestamptz,
  approved_by        uuid REFERENCES users(id),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date > start_date)
);
CREATE INDEX job_orders_employer_idx ON job_orders (employer_id, status);
CREATE INDEX job_orders_public_idx ON job_orders (programme_code, status, start_date) WHERE status IN ('approved','recruiting');
COMMENT ON TABLE job_orders IS 'Job orders (H-2A ETA-790/790A, H-2B, SAWP/TFWP LMIA job details): draft → submitted → approved → recruiting → filled → in_season → closed.';
COMMENT ON COLUMN job_orders.named_person_ids IS 'Returning workers the employer requests by name (SAWP "named" requests); personal data, never in the public feed.';
COMMENT ON COLUMN job_orders.wage_check IS 'The wage floors checked at submission: the highest floor, its source, and each piece rate''s hourly equivalent.';

CREATE TABLE job_order_attestations (
  id                          uuid PRIMARY KEY,
  job_order_id                uuid NOT NULL REFERENCES job_orders(id),
  member_state                char(2) NOT NULL REFERENCES member_states(code),
  no_recruitment_fees         boolean NOT NULL CHECK (no_recruitment_fees),
  no_document_retention       boolean NOT NULL CHECK (no_document_retention),
  contract_in_worker_language boolean NOT NULL CHECK (contract_in_worker_language),
  housing_terms               text NOT NULL,
  transport_terms             text NOT NULL,
  meals_terms                 text NOT NULL,
  recruiter_ids               uuid[] NOT NULL DEFAULT '{}',
  attested_by                 uuid NOT NULL REFERENCES users(id),
  attested_at                 timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_order_attestations_idx ON job_order_attestations (job_order_id, attested_at DESC);
COMMENT ON TABLE job_order_attestations IS 'Fair-recruitment attestations signed before approval (20 CFR 655.135(j),(k); 2024 Farmworker Protection Rule; SAWP/TFWP no-fee rule). The checks make a false "no" impossible to store.';

CREATE TABLE allocation_rounds (
  id              uuid PRIMARY KEY,
  member_state    char(2) NOT NULL REFERENCES member_states(code),
  programme_code  text NOT NULL REFERENCES programmes(code),
  number          integer NOT NULL,
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open','running','verified','published','failed')),
  lottery_seed    text NOT NULL,
  ranking_closes_at timestamptz,
  job_id          uuid REFERENCES jobs(id),
  summary         jsonb,
  job_order_ids   uuid[],
  created_by      uuid REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  published_at    timestamptz,
  published_by    uuid REFERENCES users(id),
  UNIQUE (programme_code, number)
);
COMMENT ON TABLE allocation_rounds IS 'Allocation rounds per programme: workers rank while open; a run (a job) allocates by worker-proposing deferred acceptance and verifies stability; an officer publishes. Later rounds offer the places left.';
COMMENT ON COLUMN allocation_rounds.job_order_ids IS 'The job orders of the last run in market order; stored explanations refer to them by position, which keeps 200,000 explanations small.';
COMMENT ON COLUMN allocation_rounds.lottery_seed IS 'Published seed of the one platform-wide tie-break lottery (labor/allocation/draw-lottery.ts).';

CREATE TABLE worker_rankings (
  round_id      uuid NOT NULL REFERENCES allocation_rounds(id),
  person_id     uuid NOT NULL REFERENCES people(id),
  member_state  char(2) NOT NULL REFERENCES member_states(code),
  job_order_ids uuid[] NOT NULL,
  skills        text[] NOT NULL DEFAULT '{}',
  experience_seasons integer NOT NULL DEFAULT 0,
  languages     text[] NOT NULL DEFAULT '{}',
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, person_id)
);
COMMENT ON TABLE worker_rankings IS 'A worker''s ranked list of job orders in a round, best first, with the profile the published score reads (self-declared, checked in the case).';

CREATE TABLE allocation_results (
  id              uuid PRIMARY KEY,
  round_id        uuid NOT NULL REFERENCES allocation_rounds(id),
  person_id       uuid NOT NULL REFERENCES people(id),
  member_state    char(2) NOT NULL REFERENCES member_states(code),
  job_order_id    uuid REFERENCES job_orders(id),
  rank            integer,
  score           integer,
  explanation     jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','unplaced','offered','accepted','declined')),
  responded_at    timestamptz,
  UNIQUE (round_id, person_id)
);
CREATE INDEX allocation_results_job_idx ON allocation_results (job_order_id) WHERE job_order_id IS NOT NULL;
CREATE INDEX allocation_results_person_idx ON allocation_results (person_id);
COMMENT ON TABLE allocation_results IS 'One row per worker per round: the job order offered (or none), the rank and score, and why each job ranked higher was not offered. Hidden from workers until the round is published.';

CREATE TABLE placements (
  id              uuid PRIMARY KEY,
  member_state    char(2) NOT NULL REFERENCES member_states(code),
  job_order_id    uuid NOT NULL REFERENCES job_orders(id),
  result_id       uuid NOT NULL UNIQUE REFERENCES allocation_results(id),
  person_id       uuid NOT NULL REFERENCES people(id),
  worker_member_state char(2) NOT NULL REFERENCES member_states(code),
  case_id         uuid REFERENCES cases(id),
  status          text NOT NULL DEFAULT 'placed' CHECK (status IN ('placed','arrived','season_ended','left_early')),
  arrived_on      date,
  season_ended_on date,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX placements_job_idx ON placements (job_order_id);
COMMENT ON TABLE placements IS 'Accepted offers: the worker placed in a job order, the case opened for the permit or visa, arrival and season end.';

CREATE TABLE worker_reports (
  id                     uuid PRIMARY KEY,
  member_state           char(2) NOT NULL REFERENCES member_states(code),
  inspectorate_agency_id uuid REFERENCES agencies(id),
  job_order_id           uuid REFERENCES job_orders(id),
  employer_id            uuid REFERENCES employers(id),
  reporter_person_id     uuid REFERENCES people(id),
  kinds                  text[] NOT NULL,
  description            text NOT NULL,
  language               text NOT NULL,
  indicators             text[] NOT NULL DEFAULT '{}',
  protection_flag        boolean NOT NULL DEFAULT false,
  status                 text NOT NULL DEFAULT 'received' CHECK (status IN ('received','in_review','referred','closed')),
  resolution             text,
  handled_by             uuid REFERENCES users(id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX worker_reports_queue_idx ON worker_reports (member_state, status, created_at);
COMMENT ON TABLE worker_reports IS 'Problems workers report (fees, documents kept, unpaid wages, unsafe housing), routed to the host state''s labour inspectorate.';
COMMENT ON COLUMN worker_reports.reporter_person_id IS 'Null when the worker reports anonymously; then nothing links the report to them, not even the audit row.';
COMMENT ON COLUMN worker_reports.description IS 'The worker''s own words; sensitive.';
