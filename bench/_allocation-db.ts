/**
 * The database-backed phase of the allocation benchmark (`run_seconds`): a whole allocation round as
 * the platform runs it (src/labor/service/run-round.ts): read the job orders, places held and the
 * rankings of workers still screened eligible from the database (a fresh PostgreSQL database on the
 * server of DATABASE_URL, or an in-memory PGlite), score every pair with the published
 * score, deferred acceptance, the stability check, one explanation per worker, and one result row per
 * worker written back in one transaction.
 *
 * The market's shape comes from generateMarket (the same ranked lists and capacities); scores are the
 * platform's own, from per-worker profiles and per-job-order criteria seeded here. Seeding (not timed)
 * uses set-based SQL on a fresh database that is dropped afterwards. The timed part is exactly what
 * the officer's "run" starts: a job with progress whose work is runAllocationRound.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import type { Market } from '../src/labor/allocation/market.ts';
import { runAllocationRound, type RoundSummary } from '../src/labor/service/run-round.ts';
import { openDb, type DbHandle } from '../src/platform/db.ts';
import { loadDemoData } from '../src/platform/demo.ts';
import { runJob } from '../src/platform/jobs.ts';
import { migrate } from '../src/platform/migrate.ts';
import { seedReferenceData } from '../src/seed.ts';

const SKILLS = 40;
const JOB_NUMBER_BASE = 1_000_000;

/** A fresh database: a new one on the PostgreSQL server of `url`, or an in-memory PGlite when `url` is null. */
async function openFreshDb(url: string | null): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  if (url === null) return { handle: await openDb({ dataDir: 'memory://' }), drop: async () => {} };
  const name = `puente_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const drop = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
  return { handle: await openDb({ databaseUrl: target.toString(), poolSize: 4 }), drop };
}

export async function runDatabasePhase(url: string | null, market: Market, log: (line: string) => void): Promise<{ seconds: number; summary: RoundSummary }> {
  const { handle, drop } = await openFreshDb(url);
  const db = handle.db;
  try {
    await migrate(db);
    await seedReferenceData(db);
    await loadDemoData(db);
    const seedStart = performance.now();
    const W = market.workerCount;
    const J = market.jobCount;
    await sql`INSERT INTO employers (id, member_state, legal_name, tax_id, sector_system, sector_code, address)
              VALUES (md5('employer')::uuid, 'CA', 'Bench Farms', 'BENCH-1', 'NAICS', '111331', '{}')`.execute(db);
    await sql`INSERT INTO worksites (id, employer_id, member_state, name, address, subdivision)
              VALUES (md5('site')::uuid, md5('employer')::uuid, 'CA', 'Bench site', '{}', 'CA-ON')`.execute(db);
    // Job orders: capacities from the market; 15% need one season; one skill of 40; Spanish earns points.
    // Numbered from JOB_NUMBER_BASE, above any demo job order, so that rankings can be written directly.
    await sql`INSERT INTO job_orders (id, number, member_state, reference, employer_id, programme_code, status, occupation_system, occupation_code, job_title,
                duties, workers_needed, start_date, end_date, hours_per_week, wage_hourly, currency, pay_frequency, housing, transport, meals,
                requirements, worksite_ids)
              OVERRIDING SYSTEM VALUE
              SELECT md5('jo' || i)::uuid, ${JOB_NUMBER_BASE}::int + i, 'CA', 'BENCH-' || i, md5('employer')::uuid, 'ca_sawp', 'approved', 'NOC', '85100', 'Harvester',
                'Harvest', c, '2027-04-01', '2027-10-31', 48, 17.60, 'CAD', 'biweekly', '{}', '{}', '{}',
                jsonb_build_object('minExperienceSeasons', CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END, 'requiredLanguages', '[]'::jsonb,
                  'skills', jsonb_build_array('s' || (i % ${SKILLS})), 'languages', '["es"]'::jsonb),
                ARRAY[md5('site')::uuid]
              FROM unnest(${Array.from(market.capacity)}::int[]) WITH ORDINALITY AS t(c, n), LATERAL (SELECT (n - 1)::int AS i) x`.execute(db);
    await sql`INSERT INTO households (id, member_state, channel) SELECT md5('h' || i)::uuid, 'MX', 'self' FROM generate_series(0, ${W - 1}::int) i`.execute(db);
    await sql`INSERT INTO people (id, household_id, member_state, given_names, name_search, languages, relationship_to_principal)
              SELECT md5('p' || i)::uuid, md5('h' || i)::uuid, 'MX', 'Worker ' || i, 'worker ' || i, ARRAY['es'], 'self' FROM generate_series(0, ${W - 1}::int) i`.execute(db);
    await sql`INSERT INTO screening_results (id, household_id, member_state, programme_code, rule_version, outcome, evaluation, as_of)
              SELECT md5('s' || i)::uuid, md5('h' || i)::uuid, 'MX', 'ca_sawp', 'bench', 'eligible', '{}', '2026-11-27' FROM generate_series(0, ${W - 1}::int) i`.execute(db);
    const round = await sql<{ id: string }>`INSERT INTO allocation_rounds (id, member_state, programme_code, number, lottery_seed)
              VALUES (md5('round')::uuid, 'CA', 'ca_sawp', 1, 'bench-seed') RETURNING id`.execute(db);
    const roundId = round.rows[0].id;
    const BATCH = 10_000;
    for (let from = 0; from < W; from += BATCH) {
      const to = Math.min(W, from + BATCH);
      const lists: string[] = [];
      for (let w = from; w < to; w++) {
        lists.push(Array.from(market.prefJob.subarray(market.prefStart[w], market.prefStart[w + 1]), (j) => JOB_NUMBER_BASE + j).join(','));
      }
      await sql`INSERT INTO worker_rankings (round_id, person_id, member_state, job_order_numbers, skills, experience_seasons, languages)
                SELECT ${roundId}, md5('p' || (${from}::int + n::int - 1))::uuid, 'MX', string_to_array(l, ',')::int[],
                  ARRAY['s' || ((${from}::int + n::int) % ${SKILLS})], (${from}::int + n::int) % 11, ARRAY['es']
                FROM unnest(${lists}::text[]) WITH ORDINALITY AS t(l, n)`.execute(db);
    }
    await sql`ANALYZE`.execute(db);
    log(`seeded ${W} workers, ${J} job orders and their rankings on ${handle.kind} in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    const job = await sql<{ id: string }>`INSERT INTO jobs (id, kind, member_state, status, params) VALUES (gen_random_uuid(), 'labor.allocation', 'CA', 'queued', '{}') RETURNING id`.execute(db);
    const start = performance.now();
    const view = await runJob(db, job.rows[0].id, (ctx) => runAllocationRound(db, ctx, roundId));
    const seconds = (performance.now() - start) / 1000;
    if (view.status !== 'succeeded') throw new Error(`allocation run failed: ${view.error}`);
    const written = await sql<{ n: number }>`SELECT count(*)::int AS n FROM allocation_results WHERE round_id = ${roundId}`.execute(db);
    if (written.rows[0].n !== W) throw new Error(`expected ${W} result rows, found ${written.rows[0].n}`);
    return { seconds, summary: view.result as RoundSummary };
  } finally {
    await handle.close();
    await drop();
  }
}
