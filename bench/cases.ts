/**
 * `npm run bench -- cases [--cases 1000000] [--duration 10] [--rate 200] [--db pglite|postgres] [--reuse] [--only queue,case,search,move]`
 *
 * Seeds N cases (households, principals, members and two events per case) across the member states'
 * government offices, set-wise (INSERT … SELECT FROM generate_series, secondary indexes built after
 * loading, then VACUUM ANALYZE), starts the server on loopback and offers it requests at a constant
 * rate from a load generator in its own thread (loadtest, open loop: see load-worker.ts), as a
 * caseworker of COMAR Tapachula: the queue, the case page, a name search with a typo, and stage
 * moves (each on a different case, with its version). Latency percentiles are computed from every
 * response time. PostgreSQL when DATABASE_URL is set, PGlite otherwise. With --reuse the seeded
 * database is kept under a name of its size and used again while the seeding code and the
 * migrations it was seeded with are unchanged. Issue 4's targets at 1,000,000 cases on PostgreSQL:
 * queue and case page p95 < 50 ms, search p95 < 150 ms at 200 requests/s.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { emit, numberOption, since, type BenchArgs } from './harness.ts';
import { offerLoad, type LoadRequest } from './load-worker.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { jsonb, openDb, type Db, type DbHandle } from '../src/platform/db.ts';
import { loadDemoData } from '../src/platform/demo.ts';
import { migrate, MIGRATIONS_DIR } from '../src/platform/migrate.ts';
import { hashPassword } from '../src/platform/auth.ts';
import { CATALOGUE } from '../src/pathways/catalogue/catalogue.ts';
import { DEFAULT_WORKFLOWS, pathwayOf } from '../src/cases/workflows/default-workflows.ts';

const GIVEN = ['maria', 'jose', 'juan', 'ana', 'luis', 'carmen', 'jean', 'marie', 'pierre', 'rosa', 'carlos', 'lucia', 'miguel', 'sofia', 'pedro', 'elena', 'jorge', 'paula', 'andres', 'daniela', 'fernando', 'gabriela', 'ricardo', 'valeria', 'wilson', 'yolanda', 'esther', 'samuel', 'ruth', 'josue', 'fabiola', 'guerline', 'wideline', 'jonas', 'nadege', 'stevenson', 'mirlande', 'junior', 'kenson', 'roseline'];
const FAMILY = ['hernandez', 'garcia', 'martinez', 'lopez', 'gonzalez', 'rodriguez', 'perez', 'sanchez', 'ramirez', 'cruz', 'flores', 'gomez', 'morales', 'vasquez', 'reyes', 'jimenez', 'torres', 'diaz', 'gutierrez', 'mendoza', 'ruiz', 'alvarez', 'castillo', 'romero', 'herrera', 'medina', 'aguilar', 'vargas', 'jean', 'pierre', 'joseph', 'louis', 'charles', 'baptiste', 'etienne', 'desir', 'toussaint', 'alexis', 'augustin', 'francois', 'dorvil', 'celestin', 'noel', 'michel', 'paul', 'thermidor', 'saint-louis', 'valcourt', 'moise', 'petit'];
const PROGRAMMES = ['mx_comar_asylum', 'ca_gar', 'ca_family_class', 'ca_sawp', 'us_h2a', 'mx_tvtf', 'us_t_visa'];
const CHUNK = 250_000;
const SCENARIOS = ['queue', 'case', 'search', 'move'];
const WARM_UP_SECONDS = 2;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * What a seeded database depends on: the seeding code's version and the migrations applied before
 * it. A kept database whose recorded migrations were since edited, or whose seed version differs,
 * is seeded again; migrations added since are applied on top of it by `migrate`.
 */
const SEED_VERSION = 'cases-seed-3';

function migrationChecksums(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(MIGRATIONS_DIR).filter((x) => x.endsWith('.sql')).sort()) {
    out[f] = createHash('sha256').update(readFileSync(path.join(MIGRATIONS_DIR, f))).digest('hex');
  }
  return out;
}

type RunQuery = (text: string) => Promise<Record<string, unknown>[]>;

/** Whether the database holds a complete seed of n cases that the current code can reuse. */
async function isReusable(query: RunQuery, n: number): Promise<boolean> {
  const exists = await query(`SELECT to_regclass('bench_seed')::text AS t`);
  if (!exists[0]?.t) return false;
  const row = (await query('SELECT cases, seed_version, migrations FROM bench_seed'))[0] as { cases: number; seed_version: string; migrations: Record<string, string> } | undefined;
  if (!row || Number(row.cases) !== n || row.seed_version !== SEED_VERSION) return false;
  const now = migrationChecksums();
  return Object.entries(row.migrations).every(([file, sum]) => now[file] === sum);
}

function kyselyQuery(db: Db): RunQuery {
  return async (text) => (await sql.raw<Record<string, unknown>>(text).execute(db)).rows;
}

interface BenchDb {
  handle: DbHandle;
  /** True when a seeded database was found and kept (--reuse). */
  reused: boolean;
  drop: () => Promise<void>;
}

/**
 * PostgreSQL when DATABASE_URL is set, PGlite otherwise. With --reuse the database is named after
 * the size (puente_bench_cases_N, or data/bench/pglite-cases-N) and kept; without it a fresh
 * database is used and dropped afterwards (unless --keep).
 */
async function openBenchDb(kind: string, n: number, reuse: boolean, keep: boolean): Promise<BenchDb> {
  const url = process.env.DATABASE_URL;
  if (kind !== 'postgres' || !url) {
    if (!reuse) return { handle: await openDb({ dataDir: 'memory://' }), reused: false, drop: async () => {} };
    const dir = path.resolve('data/bench', `pglite-cases-${n}`);
    mkdirSync(dir, { recursive: true });
    let handle = await openDb({ dataDir: dir });
    if (await isReusable(kyselyQuery(handle.db), n)) {
      console.log(`reusing benchmark database ${dir}`);
      return { handle, reused: true, drop: async () => {} };
    }
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    handle = await openDb({ dataDir: dir });
    console.log(`benchmark database ${dir}`);
    return { handle, reused: false, drop: async () => {} };
  }
  const name = reuse ? `puente_bench_cases_${n}` : `puente_bench_${randomBytes(4).toString('hex')}`;
  const u = new URL(url);
  u.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    if (reuse && (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1) {
      const probe = new pg.Client({ connectionString: u.toString() });
      await probe.connect();
      const reusable = await isReusable(async (text) => (await probe.query(text)).rows as Record<string, unknown>[], n).finally(() => probe.end());
      if (reusable) {
        console.log(`reusing benchmark database ${name}`);
        return { handle: await openDb({ databaseUrl: u.toString(), poolSize: 20 }), reused: true, drop: async () => {} };
      }
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  console.log(`benchmark database ${name}`);
  return {
    handle: await openDb({ databaseUrl: u.toString(), poolSize: 20 }),
    reused: false,
    drop: async () => {
      if (reuse || keep) return;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const LOADED_TABLES = ['households', 'people', 'cases', 'case_members', 'case_events'];

/**
 * Drops the secondary indexes of the tables the seed fills and gives back the statements that
 * recreate them: building an index once over a million rows is many times faster than keeping it
 * up to date row by row. Indexes behind constraints (primary keys, unique) stay.
 */
async function dropSecondaryIndexes(db: Db): Promise<string[]> {
  const rows = (
    await sql<{ name: string; def: string }>`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename IN (${sql.join(LOADED_TABLES)})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`.execute(db)
  ).rows;
  for (const r of rows) await sql.raw(`DROP INDEX ${r.name}`).execute(db);
  return rows.map((r) => r.def);
}

/** Waits (up to two minutes) until no autovacuum worker is busy with the freshly loaded tables. */
async function waitForAutovacuum(db: Db): Promise<void> {
  for (let waited = 0; waited < 120; waited++) {
    const busy = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND datname = current_database()`.execute(db)).rows[0];
    if (!busy || Number(busy.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function seed(db: Db, n: number): Promise<void> {
  for (const p of CATALOGUE) {
    await db
      .insertInto('programmes')
      .values({ code: p.code, host_member_state: p.hostState, kind: p.kind, status: p.status, definition: jsonb({ name: p.name }) })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  // Deterministic ids from the row number, shaped as version-4 UUIDs (the API validates them).
  await sql`CREATE FUNCTION bench_uuid(t text) RETURNS uuid IMMUTABLE LANGUAGE sql AS $$ SELECT overlay(overlay(md5(t) placing '4' from 13) placing '8' from 17)::uuid $$`.execute(db);
  await sql`CREATE TABLE bench_programmes (idx int PRIMARY KEY, code text, workflow_id uuid, stage text)`.execute(db);
  for (const [idx, code] of PROGRAMMES.entries()) {
    const p = CATALOGUE.find((x) => x.code === code);
    if (!p) throw new Error(`no programme ${code}`);
    const pathway = pathwayOf(code, p.kind);
    const id = crypto.randomUUID();
    await db.insertInto('case_workflows').values({ id, programme_code: code, host_member_state: p.hostState, version: 1, pathway, definition: jsonb(DEFAULT_WORKFLOWS[pathway]) }).execute();
    await sql`INSERT INTO bench_programmes VALUES (${idx}, ${code}, ${id}, ${DEFAULT_WORKFLOWS[pathway].initialStage})`.execute(db);
  }
  await sql`CREATE TABLE bench_offices AS
    SELECT (row_number() OVER (ORDER BY o.member_state, o.name) - 1)::int AS idx, o.id AS office_id, o.member_state, o.jurisdictions[1] AS jurisdiction
    FROM offices o JOIN agencies a ON a.id = o.agency_id WHERE a.kind = 'government'`.execute(db);
  const offices = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM bench_offices`.execute(db)).rows[0].n);
  const given = sql.raw(`ARRAY[${GIVEN.map((g) => `'${g}'`).join(',')}]`);
  const family = sql.raw(`ARRAY[${FAMILY.map((f) => `'${f}'`).join(',')}]`);
  const rebuild = await dropSecondaryIndexes(db);
  for (let a = 1; a <= n; a += CHUNK) {
    const b = Math.min(n, a + CHUNK - 1);
    await db.transaction().execute(async (trx) => {
      // The rows are consistent by construction: foreign-key triggers are skipped while loading.
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`INSERT INTO households (id, member_state, channel, registered_office, principal_person_id)
        SELECT bench_uuid('h' || i), o.member_state, 'caseworker', o.office_id, bench_uuid('p' || i)
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices}`.execute(trx);
      await sql`INSERT INTO people (id, household_id, member_state, given_names, family_name_1, family_name_2, name_search, nationalities, current_country, current_subdivision)
        SELECT bench_uuid('p' || i), bench_uuid('h' || i), o.member_state, initcap(g), initcap(f1), initcap(f2), g || ' ' || replace(f1, '-', ' ') || ' ' || replace(f2, '-', ' '), ARRAY['HN'], o.member_state, o.jurisdiction
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices},
        LATERAL (SELECT (${given})[1 + i % ${GIVEN.length}] AS g, (${family})[1 + (i / ${GIVEN.length}) % ${FAMILY.length}] AS f1, (${family})[1 + (i / 7) % ${FAMILY.length}] AS f2) names`.execute(trx);
      // The name keys the case_members trigger would write (triggers are off while loading).
      await sql`INSERT INTO cases (id, member_state, case_number, programme_code, workflow_id, household_id, office_id, jurisdiction, stage, priority, channel, opened_at, stage_entered_at, stage_due_at, name_keys, member_names)
        SELECT bench_uuid('c' || i), o.member_state, o.member_state || '-2025-' || lpad(i::text, 7, '0'), p.code, p.workflow_id, bench_uuid('h' || i), o.office_id, o.jurisdiction, p.stage,
               CASE WHEN i % 50 = 0 THEN 'emergency' WHEN i % 10 = 0 THEN 'urgent' ELSE 'normal' END, 'caseworker',
               now() - make_interval(days => i % 365), now() - make_interval(days => i % 365), now() - make_interval(days => i % 365) + interval '30 days',
               case_name_keys(o.member_state, pe.name_search), ARRAY[pe.name_search]
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices} JOIN bench_programmes p ON p.idx = (i / ${offices}) % ${PROGRAMMES.length}
        JOIN people pe ON pe.id = bench_uuid('p' || i)`.execute(trx);
      await sql`INSERT INTO case_members (case_id, person_id, member_state, role)
        SELECT bench_uuid('c' || i), bench_uuid('p' || i), o.member_state, 'principal'
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices}`.execute(trx);
      await sql`INSERT INTO case_events (id, case_id, member_state, occurred_at, kind, stage, details, visible_to_applicant)
        SELECT bench_uuid('e' || k.kind || i), bench_uuid('c' || i), o.member_state, now() - make_interval(days => i % 365), k.kind, p.stage, '{}'::jsonb, k.kind = 'opened'
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices} JOIN bench_programmes p ON p.idx = (i / ${offices}) % ${PROGRAMMES.length},
        (VALUES ('opened'), ('assigned')) k(kind)`.execute(trx);
    });
    process.stderr.write(`  seeded ${b.toLocaleString('en')} cases\n`);
  }
  const started = performance.now();
  for (const def of rebuild) await sql.raw(def).execute(db);
  process.stderr.write(`  rebuilt ${rebuild.length} indexes in ${(since(started) / 1000).toFixed(1)} s\n`);
  // VACUUM sets the visibility map (index-only scans) and ANALYZE gives the planner the new sizes.
  await sql`VACUUM ANALYZE`.execute(db);
  // Write the loaded pages out now, not while the scenarios are measured.
  await sql`CHECKPOINT`.execute(db);
  await waitForAutovacuum(db);
  await sql`CREATE TABLE bench_seed (cases int NOT NULL, seed_version text NOT NULL, migrations jsonb NOT NULL)`.execute(db);
  await sql`INSERT INTO bench_seed VALUES (${n}, ${SEED_VERSION}, ${JSON.stringify(migrationChecksums())}::jsonb)`.execute(db);
}

export async function run(args: BenchArgs): Promise<void> {
  const n = numberOption(args.options, 'cases', 1_000_000);
  const duration = numberOption(args.options, 'duration', 10);
  const rate = numberOption(args.options, 'rate', 200);
  const kind = String(args.options.db ?? (process.env.DATABASE_URL ? 'postgres' : 'pglite'));
  const only = typeof args.options.only === 'string' ? args.options.only.split(',') : SCENARIOS;
  const { handle, reused, drop } = await openBenchDb(kind, n, args.options.reuse === true, args.options.keep === true);
  const db = handle.db;
  try {
    if (!reused) {
      await migrate(db);
      await loadDemoData(db);
      const started = performance.now();
      await seed(db, n);
      const seedSeconds = since(started) / 1000;
      console.log(`seeded ${n.toLocaleString('en')} cases on ${handle.kind} in ${seedSeconds.toFixed(1)} s`);
      emit('cases', 'seed_seconds', Number(seedSeconds.toFixed(2)), 's', { db: handle.kind, cases: n });
    } else {
      const { applied } = await migrate(db);
      if (applied.length > 0) {
        console.log(`applied ${applied.join(', ')} to the kept database`);
        await sql`ANALYZE`.execute(db);
      }
    }

    const office = await db.selectFrom('offices').select(['id', 'agency_id']).where('name', '=', 'COMAR Tapachula').executeTakeFirstOrThrow();
    if (reused) {
      // Earlier runs moved some of the office's asylum cases on: put them back at the first stage,
      // so that a kept database never runs out of cases to move (their events and tasks stay).
      await db
        .updateTable('cases')
        .set({ stage: 'registration', version: sql<number>`version + 1` })
        .where('office_id', '=', office.id)
        .where('programme_code', '=', 'mx_comar_asylum')
        .where('stage', '=', 'eligibility_interview')
        .execute();
    }
    const email = 'bench-caseworker@bench.puente.test';
    if (!(await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst())) {
      await db
        .insertInto('users')
        .values({ id: crypto.randomUUID(), email, display_name: 'Bench caseworker', password_hash: await hashPassword('bench-password-123'), member_state: 'MX', agency_id: office.agency_id, office_id: office.id, roles: ['caseworker'], locale: 'es' })
        .execute();
    }
    const config = loadConfig({ DATA_DIR: 'data/bench', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, []);
    const app = await buildApp({ config, database: handle, logger: args.options.verbose ? { level: 'error' } : false });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const signIn = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'bench-password-123' }) });
      const cookie = String(signIn.headers.get('set-cookie')).split(';')[0];
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const headers = { cookie, 'x-csrf-token': csrfToken };
      const visible = await db.selectFrom('cases').select('id').where('office_id', '=', office.id).limit(5000).execute();
      // Cases still at their first stage: a kept database has had some moved by earlier runs.
      const movable = await db
        .selectFrom('cases')
        .select(['id', 'version'])
        .where('office_id', '=', office.id)
        .where('programme_code', '=', 'mx_comar_asylum')
        .where('stage', '=', 'registration')
        .where('status', '=', 'open')
        .limit(Math.ceil(rate * (duration + WARM_UP_SECONDS) * 1.5) + 100)
        .execute();
      const names = ['maria hernandes garcia', 'jose ramires lopez', 'jean baptist pierre', 'luis gonzales cruz', 'roseline jozeph petit'];
      const total = Math.round(rate * duration);
      const scenarios: Record<string, LoadRequest[]> = {
        queue: [{ method: 'GET', path: '/api/cases/queue?limit=50' }],
        case: visible.map((c) => ({ method: 'GET', path: `/api/cases/${c.id}` })),
        search: names.map((name) => ({ method: 'GET', path: `/api/cases/search?name=${encodeURIComponent(name)}&limit=20` })),
        move: movable.map((c) => ({ method: 'POST', path: `/api/cases/${c.id}/move`, body: JSON.stringify({ toStage: 'eligibility_interview', expectedVersion: c.version }) })),
      };
      for (const name of SCENARIOS.filter((s) => only.includes(s))) {
        // Unmeasured: the first requests of a scenario compile its code paths and read its pages into memory.
        const warmUp = Math.round(rate * WARM_UP_SECONDS);
        await offerLoad({ url, rate, total: warmUp, headers, requests: scenarios[name].slice(-warmUp) });
        const { times, statuses, errors, seconds, peakInFlight } = await offerLoad({ url, rate, total, headers, requests: scenarios[name].slice(0, scenarios[name].length - (name === 'move' ? warmUp : 0)) });
        const sorted = times.toSorted((a, b) => a - b);
        const [p50, p95, p99] = [50, 95, 99].map((p) => Number(percentile(sorted, p).toFixed(1)));
        const rps = Number((times.length / seconds).toFixed(1));
        const non2xx = Object.entries(statuses).reduce((sum, [status, count]) => sum + (status.startsWith('2') ? 0 : count), 0);
        console.log(`${name.padEnd(7)} ${rps} req/s  p50 ${p50} ms  p95 ${p95} ms  p99 ${p99} ms  (${times.length} responses, status ${JSON.stringify(statuses)}, no response ${errors}, at most ${peakInFlight} at once)`);
        // The machine is shared: the one-minute load average when the scenario ended tells how busy it was.
        const extra = { db: handle.kind, cases: n, rate, peakInFlight, load1: Number(loadavg()[0].toFixed(1)) };
        emit('cases', `${name}_p50_ms`, p50, 'ms', extra);
        emit('cases', `${name}_p95_ms`, p95, 'ms', extra);
        emit('cases', `${name}_p99_ms`, p99, 'ms', extra);
        emit('cases', `${name}_rps`, rps, 'req/s', extra);
        emit('cases', `${name}_non2xx`, non2xx + errors, 'count', extra);
      }
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
    if (args.options.keep) console.log('kept the benchmark database (--keep)');
    await drop();
  }
}
