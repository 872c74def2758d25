-- Linkage: duplicate registrations and family tracing (issue 7). Scores, decisions, merges and
-- tracing matches are kept with their field-by-field weights so every one can be explained.
-- Every table that grows with people carries member_state.

CREATE TABLE linkage_models (
  id             uuid PRIMARY KEY,
  settings_name  text NOT NULL,
  model          jsonb NOT NULL,
  records        integer NOT NULL DEFAULT 0,
  active         boolean NOT NULL DEFAULT false,
  trained_by     uuid REFERENCES users(id),
  trained_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX linkage_models_active_idx ON linkage_models (settings_name) WHERE active;
COMMENT ON TABLE linkage_models IS 'Trained Fellegi-Sunter parameters (lambda, m and u per comparison level) for one settings file; one is active per settings name. Without one, the shipped seed model applies.';

CREATE TABLE linkage_thresholds (
  member_state          char(2) PRIMARY KEY REFERENCES member_states(code),
  review_threshold      double precision NOT NULL DEFAULT 0.5 CHECK (review_threshold > 0 AND review_threshold < 1),
  auto_merge_threshold  double precision CHECK (auto_merge_threshold IS NULL OR (auto_merge_threshold > 0 AND auto_merge_threshold < 1)),
  updated_by            uuid REFERENCES users(id),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE linkage_thresholds IS 'Per member state: pairs at or above review_threshold go to the review queue; nothing merges without a person unless a programme administrator sets auto_merge_threshold.';

CREATE TABLE linkage_sharing_agreements (
  id               uuid PRIMARY KEY,
  member_state_a   char(2) NOT NULL REFERENCES member_states(code),
  member_state_b   char(2) NOT NULL REFERENCES member_states(code),
  purpose          text NOT NULL CHECK (purpose IN ('deduplication','tracing')),
  valid_from       date NOT NULL DEFAULT CURRENT_DATE,
  valid_to         date,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (member_state_a < member_state_b)
);
CREATE INDEX linkage_sharing_agreements_pair_idx ON linkage_sharing_agreements (member_state_a, member_state_b, purpose);
COMMENT ON TABLE linkage_sharing_agreements IS 'Minimal data-sharing agreements between two member states for a linkage purpose; registrations are compared across the two only under one in force and with the person''s consent.';

CREATE TABLE linkage_keys (
  person_id     uuid NOT NULL REFERENCES people(id),
  member_state  char(2) NOT NULL,
  rule          smallint NOT NULL,
  key           text NOT NULL,
  PRIMARY KEY (person_id, rule, key)
);
CREATE INDEX linkage_keys_key_idx ON linkage_keys (rule, key);
COMMENT ON TABLE linkage_keys IS 'Blocking keys per person and blocking rule (settings/registry.settings.json), so a new registration finds its candidates with indexed look-ups.';
COMMENT ON COLUMN linkage_keys.key IS 'Folded name parts, dates, document numbers or phones: personal data.';

CREATE TABLE linkage_clusters (
  person_id     uuid PRIMARY KEY REFERENCES people(id),
  member_state  char(2) NOT NULL,
  cluster_id    uuid NOT NULL,
  merged_into   uuid REFERENCES people(id),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX linkage_clusters_cluster_idx ON linkage_clusters (cluster_id);
COMMENT ON TABLE linkage_clusters IS 'Stable person (cluster) ids: a record is its own cluster until merged; a merge moves the merged record into the survivor''s cluster and an undo gives it its own id back. A record without a row is its own cluster.';

CREATE TABLE linkage_pairs (
  id                 uuid PRIMARY KEY,
  member_state       char(2) NOT NULL,
  other_member_state char(2) NOT NULL,
  person_a           uuid NOT NULL REFERENCES people(id),
  person_b           uuid NOT NULL REFERENCES people(id),
  match_weight       double precision NOT NULL,
  match_probability  double precision NOT NULL,
  terms              jsonb NOT NULL,
  model_id           uuid REFERENCES linkage_models(id),
  status             text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','confirmed','rejected','merged','undone')),
  cannot_link        text CHECK (cannot_link IN ('rejected','document_conflict')),
  found_by           text NOT NULL CHECK (found_by IN ('registration','batch')),
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (person_a < person_b),
  UNIQUE (person_a, person_b)
);
CREATE INDEX linkage_pairs_queue_idx ON linkage_pairs (member_state, status, match_probability DESC);
CREATE INDEX linkage_pairs_other_idx ON linkage_pairs (other_member_state, status);
CREATE INDEX linkage_pairs_b_idx ON linkage_pairs (person_b);
COMMENT ON TABLE linkage_pairs IS 'Scored candidate duplicates at or above the review threshold, with the field-by-field weights (terms) a reviewer sees. A pair with cannot_link set is never merged.';
COMMENT ON COLUMN linkage_pairs.terms IS 'Per comparison: level, label, m, u and weight in bits; derived from personal data.';

CREATE TABLE linkage_decisions (
  id            uuid PRIMARY KEY,
  pair_id       uuid NOT NULL REFERENCES linkage_pairs(id),
  member_state  char(2) NOT NULL,
  decision      text NOT NULL CHECK (decision IN ('confirm','reject','merge','undo','auto_merge')),
  note          text,
  decided_by    uuid REFERENCES users(id),
  decided_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX linkage_decisions_pair_idx ON linkage_decisions (pair_id, decided_at);
COMMENT ON TABLE linkage_decisions IS 'Every reviewer decision on a pair, in order; never updated.';
COMMENT ON COLUMN linkage_decisions.note IS 'Free text by the reviewer; may hold personal data.';

CREATE TABLE linkage_merges (
  id            uuid PRIMARY KEY,
  pair_id       uuid NOT NULL REFERENCES linkage_pairs(id),
  member_state  char(2) NOT NULL,
  survivor_id   uuid NOT NULL REFERENCES people(id),
  merged_id     uuid NOT NULL REFERENCES people(id),
  cluster_id    uuid NOT NULL,
  moved         jsonb NOT NULL,
  merged_by     uuid REFERENCES users(id),
  merged_at     timestamptz NOT NULL DEFAULT now(),
  undone_by     uuid REFERENCES users(id),
  undone_at     timestamptz
);
CREATE INDEX linkage_merges_pair_idx ON linkage_merges (pair_id, merged_at);
COMMENT ON TABLE linkage_merges IS 'Merges: neither record is changed or deleted (every version of both stays); what moved to the survivor (case memberships, cases, relatives) is listed in moved so that an undo puts it back.';

CREATE TABLE linkage_tracing_requests (
  id              uuid PRIMARY KEY,
  member_state    char(2) NOT NULL,
  seeker_id       uuid NOT NULL REFERENCES people(id),
  relationship    text NOT NULL CHECK (relationship IN ('parent','child','sibling','spouse','other')),
  sought          jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open','matched','closed')),
  requested_by    uuid REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX linkage_tracing_requests_state_idx ON linkage_tracing_requests (member_state, status, created_at);
COMMENT ON TABLE linkage_tracing_requests IS 'A person (or a caseworker for them) looks for a relative with what they know.';
COMMENT ON COLUMN linkage_tracing_requests.sought IS 'The relative as described: names, birth year, place, and the names of the relative''s own parents; personal data.';

CREATE TABLE linkage_tracing_matches (
  id              uuid PRIMARY KEY,
  request_id      uuid NOT NULL REFERENCES linkage_tracing_requests(id),
  member_state    char(2) NOT NULL,
  candidate_id    uuid NOT NULL REFERENCES people(id),
  candidate_member_state char(2) NOT NULL,
  score           double precision NOT NULL,
  terms           jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed','confirmed','rejected')),
  decided_by      uuid REFERENCES users(id),
  decided_at      timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (request_id, candidate_id)
);
COMMENT ON TABLE linkage_tracing_matches IS 'Ranked relatives for a tracing request, with their explanation; only people who consented to tracing are ever stored here.';

CREATE TABLE linkage_notifications (
  id              uuid PRIMARY KEY,
  member_state    char(2) NOT NULL,
  person_id       uuid NOT NULL REFERENCES people(id),
  match_id        uuid NOT NULL REFERENCES linkage_tracing_matches(id),
  kind            text NOT NULL CHECK (kind IN ('tracing_match')),
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX linkage_notifications_state_idx ON linkage_notifications (member_state, status, created_at);
COMMENT ON TABLE linkage_notifications IS 'Tasks for the caseworkers of each side of a confirmed tracing match: they tell the person, never the system directly.';
