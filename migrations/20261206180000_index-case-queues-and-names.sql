-- Case queues read in index order with keyset pagination, and name search through phonetic keys.
-- Nothing newer than PostgreSQL 15 and no extension is used, so the same file runs on PGlite.

-- Queues: open cases of an office, most urgent first, then oldest, then id. The rank is stored
-- negated in the index so that the whole order ascends and a keyset cursor is one row comparison,
-- (-priority_rank, opened_at, id) > (…), which the index answers as a range.
CREATE INDEX cases_open_queue_idx ON cases (office_id, (-priority_rank), opened_at, id) WHERE status = 'open';
CREATE INDEX cases_open_stage_queue_idx ON cases (office_id, programme_code, stage, (-priority_rank), opened_at, id) WHERE status = 'open';
CREATE INDEX cases_open_jurisdiction_queue_idx ON cases (member_state, jurisdiction, (-priority_rank), opened_at, id) WHERE status = 'open';
DROP INDEX cases_office_queue_idx;
DROP INDEX cases_jurisdiction_queue_idx;
DROP INDEX cases_stage_idx;
-- Search by opening date and the ordering of search results.
CREATE INDEX cases_office_opened_idx ON cases (office_id, opened_at DESC, id);

-- Name search tolerates spelling variants and typos without trigrams. Each word of a folded name
-- (people.name_search: lower case, no accents, words separated by one space) gets the phonetic
-- key of the linkage engine (src/linkage/engine/phonetic.ts, Spanish, Portuguese and French
-- rules: b/v, s/z/c, ll/y, silent h, x/j, g/j, qu/k/c, gu/w, nh/lh/gn, ch, eau/au/ou, doubled
-- letters). A test checks that both give the same keys.
CREATE FUNCTION case_name_phonetic(folded text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(translate(lower(translate(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        regexp_replace(folded, '[^a-z ]', '', 'g'),
        'sch', 'X'), 'ch', 'X'), 'sh', 'X'), 'ph', 'f'), 'th', 't'), 'lh', 'Y'), 'll', 'Y'), 'nh', 'N'), 'gn', 'N'),
        'eau', 'o'), 'au', 'o'), 'ou', 'u'), 'qu', 'K'),
      'gu([ei])', 'G\1', 'g'), 'gu([ao])', 'W\1', 'g'), '(^| )hu([aeio])', '\1W\2', 'g'),
      'g([eiy])', 'J\1', 'g'), 'c([eiy])', 'S\1', 'g'), '(^| )x', '\1J', 'g'),
    'xzcqkvwyh', 'SSKKKbWi')), 'y', 'i'), '([a-z])\1+', '\1', 'g')
$$;
COMMENT ON FUNCTION case_name_phonetic(text) IS 'Phonetic key of each word of a folded name, words kept apart by spaces; the rules of the linkage engine''s phoneticKey.';

-- The keys of a name: each phonetic word, and each pair of them ("ernandes|maria"), prefixed with
-- the member state. Particles (de, la, dos…) and one-letter words are left out. The search path is
-- fixed because index builds run with only pg_catalog on it (PostgreSQL 17 and later, so PGlite).
CREATE FUNCTION case_name_keys(member_state text, folded text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$
  WITH w AS (
    SELECT array(
      SELECT DISTINCT p FROM unnest(string_to_array(case_name_phonetic(
        regexp_replace(' ' || folded || ' ', ' (de|del|la|las|los|da|das|do|dos|du|des|le|les)(?= )', '', 'g')), ' ')) p
      WHERE length(p) > 1 ORDER BY p) AS t
  )
  SELECT array(
    SELECT member_state || ':' || a FROM w, unnest(w.t) a
    UNION ALL
    SELECT member_state || ':' || a || '|' || b FROM w, unnest(w.t) a, unnest(w.t) b WHERE a < b
  )
$$;
COMMENT ON FUNCTION case_name_keys(text, text) IS 'Search keys of a folded name: member state with each phonetic word and each pair of words.';

-- What a search looks up: the pairs when the query has two words or more (two of its words must
-- sound alike, so one may be badly mistyped), otherwise its one word.
CREATE FUNCTION case_name_query_keys(member_state text, folded text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN EXISTS (SELECT 1 FROM unnest(k) x WHERE x LIKE '%|%')
              THEN array(SELECT x FROM unnest(k) x WHERE x LIKE '%|%') ELSE k END
  FROM (SELECT case_name_keys(member_state, folded) AS k) q
$$;

CREATE INDEX people_case_name_keys_idx ON people USING gin (case_name_keys(member_state, name_search));
COMMENT ON INDEX people_case_name_keys_idx IS 'Case search by name: phonetic words and pairs of words of each person, per member state.';
