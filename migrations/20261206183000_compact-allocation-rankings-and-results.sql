-- A round of 200,000 workers ranking 50 job orders each reads 10 M rankings and writes 200,000
-- explanations; as uuids and jsonb these dominated the run time (src/labor/README.md "Benchmark").
-- Rankings now name job orders by a short number, and explanations are integer arrays.

-- Job orders get a number, unique and never reused, that rankings refer to.
ALTER TABLE job_orders ADD COLUMN number integer GENERATED ALWAYS AS IDENTITY UNIQUE;
COMMENT ON COLUMN job_orders.number IS 'Short key that worker_rankings.job_order_numbers refer to; the uuid stays the public identifier.';

ALTER TABLE worker_rankings ADD COLUMN job_order_numbers integer[];
UPDATE worker_rankings wr SET job_order_numbers = ARRAY(
  SELECT jo.number FROM unnest(wr.job_order_ids) WITH ORDINALITY AS u(id, o) JOIN job_orders jo ON jo.id = u.id ORDER BY u.o);
ALTER TABLE worker_rankings ALTER COLUMN job_order_numbers SET NOT NULL, DROP COLUMN job_order_ids;
COMMENT ON COLUMN worker_rankings.job_order_numbers IS 'The ranked job orders, best first, by job_orders.number.';

-- Explanations: a refusal is the job order's position in allocation_rounds.job_order_ids and the
-- worker's score there (NULL: the job order does not accept her); its rank is its index in the list,
-- because every job order ranked above the placement is refused, in order. What is the same for
-- every worker who ranked a job order (its places, its lowest admitted score and lottery number) is
-- stored once per round, by position.
ALTER TABLE allocation_rounds
  ADD COLUMN capacities integer[],
  ADD COLUMN cutoff_scores integer[],
  ADD COLUMN cutoff_lotteries integer[];
COMMENT ON COLUMN allocation_rounds.capacities IS 'Places offered in the last run, by position in job_order_ids; NULL element: not known (runs before these columns).';
COMMENT ON COLUMN allocation_rounds.cutoff_scores IS 'Score of the lowest-ranked worker each job order admitted in the last run, by position in job_order_ids; NULL: nobody admitted.';
COMMENT ON COLUMN allocation_rounds.cutoff_lotteries IS 'Lottery number of that worker, by position in job_order_ids; NULL: nobody admitted.';

ALTER TABLE allocation_results
  ADD COLUMN lottery integer,
  ADD COLUMN refused_positions integer[],
  ADD COLUMN refused_scores integer[];
COMMENT ON COLUMN allocation_results.lottery IS 'The worker''s number in the round''s lottery (the same at every job order).';
COMMENT ON COLUMN allocation_results.refused_positions IS 'Job orders ranked above the placement (all of them when not placed), best first, as positions in allocation_rounds.job_order_ids.';
COMMENT ON COLUMN allocation_results.refused_scores IS 'The worker''s score at each refused job order; NULL element: that job order does not accept her.';

-- Results written before: explanation.r held [position, rank, kind (0 not accepted, 1 no places,
-- 2 full), lowest admitted score, lowest admitted lottery, your score]; explanation.l the lottery.
UPDATE allocation_results SET
  lottery = (explanation->>'l')::integer,
  refused_positions = ARRAY(SELECT (x->>0)::integer FROM jsonb_array_elements(explanation->'r') WITH ORDINALITY AS e(x, o) ORDER BY o),
  -- Only "full" refusals kept the worker's score; a job order with no places reads from capacities.
  refused_scores = ARRAY(SELECT (x->>5)::integer FROM jsonb_array_elements(explanation->'r') WITH ORDINALITY AS e(x, o) ORDER BY o);

UPDATE allocation_rounds r SET
  capacities = ARRAY(
    SELECT CASE WHEN EXISTS (SELECT 1 FROM allocation_results ar, jsonb_array_elements(ar.explanation->'r') x
                             WHERE ar.round_id = r.id AND (x->>0)::integer = p.i - 1 AND (x->>2)::integer = 1) THEN 0 END
    FROM generate_subscripts(r.job_order_ids, 1) AS p(i) ORDER BY p.i),
  cutoff_scores = ARRAY(
    SELECT (SELECT max((x->>3)::integer) FROM allocation_results ar, jsonb_array_elements(ar.explanation->'r') x
            WHERE ar.round_id = r.id AND (x->>0)::integer = p.i - 1 AND (x->>2)::integer = 2)
    FROM generate_subscripts(r.job_order_ids, 1) AS p(i) ORDER BY p.i),
  cutoff_lotteries = ARRAY(
    SELECT (SELECT max((x->>4)::integer) FROM allocation_results ar, jsonb_array_elements(ar.explanation->'r') x
            WHERE ar.round_id = r.id AND (x->>0)::integer = p.i - 1 AND (x->>2)::integer = 2)
    FROM generate_subscripts(r.job_order_ids, 1) AS p(i) ORDER BY p.i)
WHERE r.job_order_ids IS NOT NULL;

ALTER TABLE allocation_results
  ALTER COLUMN lottery SET NOT NULL,
  ALTER COLUMN refused_positions SET NOT NULL,
  ALTER COLUMN refused_scores SET NOT NULL,
  DROP COLUMN explanation;
COMMENT ON TABLE allocation_results IS 'One row per worker per round: the job order offered (or none), the rank and score, and each job order ranked higher with her score there (why it was not offered: allocation_rounds.capacities and cutoffs). Hidden from workers until the round is published.';
