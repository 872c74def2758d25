-- Long work (bulk re-screening, allocation runs, duplicate detection, imports) runs as a job
-- whose progress the web app and the command line show.
CREATE TABLE jobs (
  id             uuid PRIMARY KEY,
  kind           text NOT NULL,
  member_state   char(2),
  status         text NOT NULL CHECK (status IN ('queued','running','succeeded','failed')),
  progress_done  integer NOT NULL DEFAULT 0,
  progress_total integer NOT NULL DEFAULT 0,
  params         jsonb NOT NULL DEFAULT '{}',
  result         jsonb,
  error          text,
  started_by     uuid REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  started_at     timestamptz,
  finished_at    timestamptz
);
CREATE INDEX jobs_kind_idx ON jobs (kind, created_at DESC);
COMMENT ON TABLE jobs IS 'Background jobs with progress; params and result hold no personal data.';
