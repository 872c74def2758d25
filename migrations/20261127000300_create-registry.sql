-- The registry: households, people, identity documents, relatives elsewhere, consent,
-- and the versions of every change. Everything that grows with people carries member_state.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Applicants register phone first: an account may have a phone and no email.
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE users ADD COLUMN phone text;
CREATE UNIQUE INDEX users_phone_key ON users (phone) WHERE phone IS NOT NULL;
COMMENT ON COLUMN users.phone IS 'E.164; applicants may sign in with it instead of an email.';

CREATE TABLE households (
  id                  uuid PRIMARY KEY,
  member_state        char(2) NOT NULL REFERENCES member_states(code),
  registered_by       uuid REFERENCES users(id),
  registered_office   uuid REFERENCES offices(id),
  channel             text NOT NULL CHECK (channel IN ('self','caseworker')),
  principal_person_id uuid,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE households IS 'A household registered once; member_state is the member state that holds the record.';

CREATE TABLE people (
  id                  uuid PRIMARY KEY,
  household_id        uuid NOT NULL REFERENCES households(id),
  member_state        char(2) NOT NULL REFERENCES member_states(code),
  user_id             uuid REFERENCES users(id),
  given_names         text NOT NULL,
  family_name_1       text,
  family_name_2       text,
  name_search         text NOT NULL,
  sex                 text CHECK (sex IN ('female','male','other')),
  birth_date          text CHECK (birth_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  nationalities       text[] NOT NULL DEFAULT '{}',
  languages           text[] NOT NULL DEFAULT '{}',
  phone               text,
  email               text,
  current_country     char(2),
  current_subdivision text,
  status              text,
  arrival_date        text,
  relationship_to_principal text NOT NULL DEFAULT 'self',
  position            integer NOT NULL DEFAULT 0,
  marital_status      text,
  situation           jsonb NOT NULL DEFAULT '{}',
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX people_household_idx ON people (household_id);
CREATE INDEX people_user_idx ON people (user_id);
CREATE INDEX people_phone_idx ON people (member_state, phone);
CREATE INDEX people_name_trgm_idx ON people USING gin (name_search gin_trgm_ops);
COMMENT ON TABLE people IS 'Registered people, names as they write them; birth_date may be partial (YYYY or YYYY-MM).';
COMMENT ON COLUMN people.name_search IS 'Lower-case name without accents, for typo-tolerant search; derived from the name fields.';
COMMENT ON COLUMN people.situation IS 'Further facts for screening (experience, job offer, UNHCR referral…); sensitive.';
COMMENT ON COLUMN people.phone IS 'E.164; personal data.';

CREATE TABLE identity_documents (
  id               uuid PRIMARY KEY,
  person_id        uuid NOT NULL REFERENCES people(id),
  member_state     char(2) NOT NULL REFERENCES member_states(code),
  type             text NOT NULL CHECK (type IN ('passport','national_id','birth_certificate','refugee_id','residence_permit','other')),
  number           text NOT NULL,
  number_search    text NOT NULL,
  issuing_country  char(2) NOT NULL,
  expiry_date      date,
  mrz              text,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identity_documents_number_idx ON identity_documents (number_search);
CREATE INDEX identity_documents_person_idx ON identity_documents (person_id);
COMMENT ON TABLE identity_documents IS 'Identity documents; number_search is the number upper-case without spaces or dashes.';

CREATE TABLE relatives (
  id               uuid PRIMARY KEY,
  person_id        uuid NOT NULL REFERENCES people(id),
  member_state     char(2) NOT NULL REFERENCES member_states(code),
  relationship     text NOT NULL,
  given_names      text,
  family_name_1    text,
  family_name_2    text,
  birth_date       text,
  country          char(2),
  status           text,
  arrival_date     text,
  situation        jsonb NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX relatives_person_idx ON relatives (person_id);
COMMENT ON TABLE relatives IS 'Relatives who live elsewhere (the anchors of family pathways), as the person describes them.';

CREATE TABLE consents (
  id                      uuid PRIMARY KEY,
  person_id               uuid NOT NULL REFERENCES people(id),
  member_state            char(2) NOT NULL REFERENCES member_states(code),
  purpose                 text NOT NULL CHECK (purpose IN ('screening','sharing','contact','tracing','referral')),
  recipient_member_state  char(2),
  recipient_agency_id     uuid REFERENCES agencies(id),
  granted_at              timestamptz NOT NULL DEFAULT now(),
  granted_by              uuid REFERENCES users(id),
  withdrawn_at            timestamptz,
  withdrawn_by            uuid REFERENCES users(id)
);
CREATE INDEX consents_person_idx ON consents (person_id);
COMMENT ON TABLE consents IS 'Consent per purpose (and recipient, for sharing); withdrawal keeps the row and sets withdrawn_at.';

CREATE TABLE record_versions (
  id            uuid PRIMARY KEY,
  member_state  char(2) NOT NULL,
  record_type   text NOT NULL,
  record_id     uuid NOT NULL,
  version       integer NOT NULL,
  changed_by    uuid REFERENCES users(id),
  changed_at    timestamptz NOT NULL DEFAULT now(),
  changes       jsonb NOT NULL
);
CREATE INDEX record_versions_record_idx ON record_versions (record_type, record_id, version);
COMMENT ON TABLE record_versions IS 'Who changed what and when: each change with the old and new value of every field it touched.';
