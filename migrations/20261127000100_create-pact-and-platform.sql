-- Platform and pact foundation: member states, agencies, offices, users, sessions,
-- API tokens, idempotency keys and the hash-chained audit trail.
-- Runs on PostgreSQL 15 and on PGlite (PostgreSQL 18): nothing newer than 15.

CREATE TABLE member_states (
  code        char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
  name        text NOT NULL,
  joined_on   date NOT NULL,
  roles       text[] NOT NULL CHECK (roles <@ ARRAY['origin','transit','destination']::text[] AND cardinality(roles) > 0),
  created_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE member_states IS 'States that have joined the pact (ISO 3166-1 alpha-2), with their role on the migration route.';

CREATE TABLE agencies (
  id            uuid PRIMARY KEY,
  member_state  char(2) NOT NULL REFERENCES member_states(code),
  name          text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('government','unhcr','iom','ngo','employer_association','labour_inspectorate')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (member_state, name)
);
COMMENT ON TABLE agencies IS 'Organisations acting in a member state: government bodies, UNHCR and IOM country offices, NGOs, employer associations.';

CREATE TABLE offices (
  id             uuid PRIMARY KEY,
  agency_id      uuid NOT NULL REFERENCES agencies(id),
  member_state   char(2) NOT NULL REFERENCES member_states(code),
  name           text NOT NULL,
  city           text NOT NULL,
  jurisdictions  text[] NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE offices IS 'Offices of an agency; jurisdictions are ISO 3166-2 subdivision codes the office serves.';
COMMENT ON COLUMN offices.jurisdictions IS 'ISO 3166-2 codes such as MX-CHP; empty means the whole member state.';

CREATE TABLE users (
  id               uuid PRIMARY KEY,
  email            text NOT NULL,
  display_name     text NOT NULL,
  password_hash    text,
  member_state     char(2) NOT NULL REFERENCES member_states(code),
  agency_id        uuid REFERENCES agencies(id),
  office_id        uuid REFERENCES offices(id),
  roles            text[] NOT NULL,
  locale           text NOT NULL DEFAULT 'en' CHECK (locale IN ('en','es','fr','ht','pt')),
  failed_sign_ins  integer NOT NULL DEFAULT 0,
  locked_until     timestamptz,
  disabled_at      timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
COMMENT ON TABLE users IS 'People who sign in: applicants and staff. Staff belong to an agency and usually an office.';
COMMENT ON COLUMN users.password_hash IS 'argon2id hash; never logged or returned.';

CREATE TABLE sessions (
  id_hash      text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users(id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ip           text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
COMMENT ON TABLE sessions IS 'Browser sessions; only the SHA-256 of the cookie value is stored.';

CREATE TABLE api_tokens (
  id            uuid PRIMARY KEY,
  name          text NOT NULL,
  token_hash    text NOT NULL UNIQUE,
  user_id       uuid NOT NULL REFERENCES users(id),
  scopes        text[] NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
COMMENT ON TABLE api_tokens IS 'Tokens for system clients; the token acts for its user, narrowed to its scopes. Only the SHA-256 is stored.';

CREATE TABLE idempotency_keys (
  key            text NOT NULL,
  principal      text NOT NULL,
  route          text NOT NULL,
  request_hash   text NOT NULL,
  status_code    integer,
  response_body  jsonb,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (principal, route, key)
);
COMMENT ON TABLE idempotency_keys IS 'Responses of create requests by idempotency key, so that a retried request returns the first answer.';

CREATE TABLE audit_events (
  seq            bigint PRIMARY KEY,
  occurred_at    timestamptz NOT NULL,
  actor_user_id  uuid,
  actor_agency_id uuid,
  member_state   char(2),
  action         text NOT NULL,
  record_type    text NOT NULL,
  record_id      text,
  ip             text,
  details        jsonb NOT NULL DEFAULT '{}',
  prev_hash      text NOT NULL,
  hash           text NOT NULL
);
CREATE INDEX audit_events_record_idx ON audit_events (record_type, record_id);
COMMENT ON TABLE audit_events IS 'Append-only, hash-chained audit trail: every change and every read of confidential data.';
COMMENT ON COLUMN audit_events.details IS 'Field names and non-confidential values only; confidential values are never written here.';

-- Append-only: nobody changes or removes audit rows in normal operation. Only a superuser
-- who switches session_replication_role off can bypass this (that is how the tamper test works).
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC;
