-- Data-sharing agreements managed through the API (issue 7): the legal instrument each one rests
-- on, and when, why and by whom it was ended. Agreements are never deleted: an ended one keeps its
-- row, so it stays on record under which agreement registrations were compared on any day.
-- The linkage queries read valid_from and valid_to only, so ending an agreement also sets valid_to
-- to the day before it stops applying (checked below).

ALTER TABLE linkage_sharing_agreements
  ADD COLUMN reference   text,
  ADD COLUMN ended_on    date,
  ADD COLUMN end_reason  text,
  ADD COLUMN ended_by    uuid REFERENCES users(id),
  ADD COLUMN ended_at    timestamptz;

ALTER TABLE linkage_sharing_agreements
  ADD CONSTRAINT linkage_sharing_agreements_ended_check CHECK (
    (ended_on IS NULL AND end_reason IS NULL AND ended_at IS NULL)
    OR (ended_on IS NOT NULL AND end_reason IS NOT NULL AND ended_at IS NOT NULL AND valid_to = ended_on - 1)
  );

COMMENT ON COLUMN linkage_sharing_agreements.reference IS 'The legal instrument the agreement rests on (treaty, memorandum of understanding, exchange of notes) and its reference. Empty only on rows written before agreements were managed through the API.';
COMMENT ON COLUMN linkage_sharing_agreements.valid_from IS 'First day in force.';
COMMENT ON COLUMN linkage_sharing_agreements.valid_to IS 'Last day in force, inclusive; none for an open-ended agreement. Ending an agreement sets it to the day before ended_on.';
COMMENT ON COLUMN linkage_sharing_agreements.ended_on IS 'First day on which an ended agreement no longer applies, as the pact administrator who ended it decided.';
COMMENT ON COLUMN linkage_sharing_agreements.end_reason IS 'Why the agreement was ended, as the pact administrator wrote it.';
