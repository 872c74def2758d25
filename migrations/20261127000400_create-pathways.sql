-- The programme catalogue (versioned, effective-dated rules as data) and screening results.
CREATE TABLE programmes (
  code          text PRIMARY KEY,
  host_member_state char(2) NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('work','family','humanitarian')),
  status        text NOT NULL CHECK (status IN ('open','paused','closed')),
  definition    jsonb NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE programmes IS 'Programmes: names, intake windows, quotas, next steps and sources; rules are in rule_versions.';

CREATE TABLE rule_versions (
  programme_code  text NOT NULL REFERENCES programmes(code),
  version         text NOT NULL,
  effective_from  date NOT NULL,
  effective_to    date,
  rule            jsonb NOT NULL,
  created_by      uuid REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (programme_code, version)
);
COMMENT ON TABLE rule_versions IS 'Eligibility rules per programme, each version effective from a date; criteria cite their sources.';

CREATE TABLE screening_results (
  id              uuid PRIMARY KEY,
  household_id    uuid NOT NULL REFERENCES households(id),
  member_state    char(2) NOT NULL,
  programme_code  text NOT NULL REFERENCES programmes(code),
  rule_version    text NOT NULL,
  outcome         text NOT NULL CHECK (outcome IN ('eligible','not_eligible','needs_information')),
  missing_facts   jsonb NOT NULL DEFAULT '[]',
  evaluation      jsonb NOT NULL,
  as_of           date NOT NULL,
  screened_at     timestamptz NOT NULL DEFAULT now(),
  screened_by     uuid REFERENCES users(id),
  job_id          uuid REFERENCES jobs(id),
  superseded_at   timestamptz
);
CREATE INDEX screening_results_current_idx ON screening_results (household_id, programme_code) WHERE superseded_at IS NULL;
CREATE INDEX screening_results_programme_idx ON screening_results (programme_code) WHERE superseded_at IS NULL;
COMMENT ON TABLE screening_results IS 'Each screening of a household against a programme, with the rule version; superseded rows stay readable.';

CREATE TABLE screening_changes (
  id              uuid PRIMARY KEY,
  job_id          uuid NOT NULL REFERENCES jobs(id),
  household_id    uuid NOT NULL REFERENCES households(id),
  member_state    char(2) NOT NULL,
  programme_code  text NOT NULL,
  old_outcome     text,
  new_outcome     text NOT NULL,
  old_rule_version text,
  new_rule_version text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screening_changes_job_idx ON screening_changes (job_id);
COMMENT ON TABLE screening_changes IS 'What a re-screening changed, for whom: one row per household whose outcome changed.';
