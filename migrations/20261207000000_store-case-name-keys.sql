-- Case search by name reads the cases table alone. Each case keeps the search keys of the names of
-- the people it covers (case_name_keys: phonetic words and pairs of words, per member state) and
-- those folded names, kept up to date by triggers whenever a case's members or a covered person's
-- name change. A search is then one GIN lookup on cases with the caller's scope as a filter, instead
-- of a lookup on people followed by a join through case_members for every person sharing a key.

ALTER TABLE cases ADD COLUMN name_keys text[] NOT NULL DEFAULT '{}';
ALTER TABLE cases ADD COLUMN member_names text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN cases.name_keys IS 'Search keys (case_name_keys) of the names of the people the case covers; kept by triggers.';
COMMENT ON COLUMN cases.member_names IS 'Folded names (people.name_search) of the people the case covers, principal first; kept by triggers.';

-- Recomputes the keys and names of the given cases from their members.
CREATE FUNCTION case_names_refresh(ids uuid[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  UPDATE cases c
  SET name_keys = coalesce((
        SELECT array_agg(DISTINCT k ORDER BY k)
        FROM case_members m JOIN people p ON p.id = m.person_id, unnest(case_name_keys(p.member_state, p.name_search)) k
        WHERE m.case_id = c.id), '{}'),
      member_names = coalesce((
        SELECT array_agg(p.name_search ORDER BY m.role = 'principal' DESC, p.name_search)
        FROM case_members m JOIN people p ON p.id = m.person_id
        WHERE m.case_id = c.id), '{}')
  WHERE c.id = ANY (ids)
$$;

CREATE FUNCTION case_members_names_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM case_names_refresh(ARRAY[OLD.case_id]);
  ELSIF TG_OP = 'UPDATE' AND OLD.case_id <> NEW.case_id THEN
    PERFORM case_names_refresh(ARRAY[OLD.case_id, NEW.case_id]);
  ELSE
    PERFORM case_names_refresh(ARRAY[NEW.case_id]);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER case_members_names AFTER INSERT OR UPDATE OR DELETE ON case_members
  FOR EACH ROW EXECUTE FUNCTION case_members_names_trigger();

CREATE FUNCTION people_case_names_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_names_refresh(ARRAY(SELECT m.case_id FROM case_members m WHERE m.person_id = NEW.id));
  RETURN NULL;
END
$$;
CREATE TRIGGER people_case_names AFTER UPDATE OF name_search, member_state ON people
  FOR EACH ROW WHEN (OLD.name_search IS DISTINCT FROM NEW.name_search OR OLD.member_state IS DISTINCT FROM NEW.member_state)
  EXECUTE FUNCTION people_case_names_trigger();

-- Cases that exist already.
UPDATE cases c
SET name_keys = coalesce(k.keys, '{}'), member_names = coalesce(k.names, '{}')
FROM (
  SELECT m.case_id,
         (SELECT array_agg(DISTINCT x ORDER BY x) FROM case_members m2 JOIN people p2 ON p2.id = m2.person_id, unnest(case_name_keys(p2.member_state, p2.name_search)) x WHERE m2.case_id = m.case_id) AS keys,
         array_agg(p.name_search ORDER BY m.role = 'principal' DESC, p.name_search) AS names
  FROM case_members m JOIN people p ON p.id = m.person_id
  GROUP BY m.case_id
) k
WHERE c.id = k.case_id;

-- Without the pending list (fastupdate): every non-HOT update of a case (a stage move) adds entries,
-- and a search would otherwise scan the whole unsorted pending list on each lookup.
CREATE INDEX cases_name_keys_idx ON cases USING gin (name_keys) WITH (fastupdate = off);
COMMENT ON INDEX cases_name_keys_idx IS 'Case search by name: phonetic words and pairs of words of the names of the people each case covers.';
DROP INDEX people_case_name_keys_idx;
