/**
 * `npm run bench -- cases [--cases 1000000] [--duration 10] [--connections 20] [--rate 200] [--db pglite|postgres]`
 *
 * Seeds N cases (households, principals, members and two events per case) across the member states'
 * government offices with multi-row INSERT … SELECT generate_series, starts the server on loopback
 * and measures with autocannon, as a caseworker of COMAR Tapachula: the queue, the case page, a
 * name search with a typo, and stage moves (each on a different case, with its version). Latency
 * percentiles are computed from every response time. PostgreSQL when DATABASE_URL is set (in a
 * fresh database that is dropped afterwards), PGlite otherwise. Issue 4's targets at 1,000,000
 * cases on PostgreSQL: queue and case page p95 < 50 ms, search p95 < 150 ms at 200 requests/s.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { sql } from 'kysely';
import pg from 'pg';
import { emit, numberOption, since, type BenchArgs } from './harness.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { jsonb, openDb, type Db, type DbHandle } from '../src/platform/db.ts';
import { loadDemoData } from '../src/platform/demo.ts';
import { migrate } from '../src/platform/migrate.ts';
import { hashPassword } from '../src/platform/auth.ts';
import { CATALOGUE } from '../src/pathways/catalogue/catalogue.ts';
import { DEFAULT_WORKFLOWS, pathwayOf } from '../src/cases/workflows/default-workflows.ts';

interface AutocannonResult {
  requests: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (options: Record<string, unknown>) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const GIVEN = ['maria', 'jose', 'juan', 'ana', 'luis', 'carmen', 'jean', 'marie', 'pierre', 'rosa', 'carlos', 'lucia', 'miguel', 'sofia', 'pedro', 'elena', 'jorge', 'paula', 'andres', 'daniela', 'fernando', 'gabriela', 'ricardo', 'valeria', 'wilson', 'yolanda', 'esther', 'samuel', 'ruth', 'josue', 'fabiola', 'guerline', 'wideline', 'jonas', 'nadege', 'stevenson', 'mirlande', 'junior', 'kenson', 'roseline'];
const FAMILY = ['hernandez', 'garcia', 'martinez', 'lopez', 'gonzalez', 'rodriguez', 'perez', 'sanchez', 'ramirez', 'cruz', 'flores', 'gomez', 'morales', 'vasquez', 'reyes', 'jimenez', 'torres', 'diaz', 'gutierrez', 'mendoza', 'ruiz', 'alvarez', 'castillo', 'romero', 'herrera', 'medina', 'aguilar', 'vargas', 'jean', 'pierre', 'joseph', 'louis', 'charles', 'baptiste', 'etienne', 'desir', 'toussaint', 'alexis', 'augustin', 'francois', 'dorvil', 'celestin', 'noel', 'michel', 'paul', 'thermidor', 'saint-louis', 'valcourt', 'moise', 'petit'];
const PROGRAMMES = ['mx_comar_asylum', 'ca_gar', 'ca_family_class', 'ca_sawp', 'us_h2a', 'mx_tvtf', 'us_t_visa'];
const CHUNK = 50_000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function openBenchDb(kind: string): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (kind !== 'postgres' || !url) return { handle: await openDb({ dataDir: 'memory://' }), drop: async () => {} };
  const name = `puente_bench_${randomBytes(4).toString('hex')}`;
  console.log(`benchmark database ${name}`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    handle: await openDb({ databaseUrl: u.toString(), poolSize: 20 }),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
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
  for (let a = 1; a <= n; a += CHUNK) {
    const b = Math.min(n, a + CHUNK - 1);
    await db.transaction().execute(async (trx) => {
      await sql`INSERT INTO households (id, member_state, channel, registered_office, principal_person_id)
        SELECT bench_uuid('h' || i), o.member_state, 'caseworker', o.office_id, bench_uuid('p' || i)
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices}`.execute(trx);
      await sql`INSERT INTO people (id, household_id, member_state, given_names, family_name_1, family_name_2, name_search, nationalities, current_country, current_subdivision)
        SELECT bench_uuid('p' || i), bench_uuid('h' || i), o.member_state, initcap(g), initcap(f1), initcap(f2), g || ' ' || f1 || ' ' || f2, ARRAY['HN'], o.member_state, o.jurisdiction
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices},
        LATERAL (SELECT (${given})[1 + i % ${GIVEN.length}] AS g, (${family})[1 + (i / ${GIVEN.length}) % ${FAMILY.length}] AS f1, (${family})[1 + (i / 7) % ${FAMILY.length}] AS f2) names`.execute(trx);
      await sql`INSERT INTO cases (id, member_state, case_number, programme_code, workflow_id, household_id, office_id, jurisdiction, stage, priority, channel, opened_at, stage_entered_at, stage_due_at)
        SELECT bench_uuid('c' || i), o.member_state, o.member_state || '-2025-' || lpad(i::text, 7, '0'), p.code, p.workflow_id, bench_uuid('h' || i), o.office_id, o.jurisdiction, p.stage,
               CASE WHEN i % 50 = 0 THEN 'emergency' WHEN i % 10 = 0 THEN 'urgent' ELSE 'normal' END, 'caseworker',
               now() - make_interval(days => i % 365), now() - make_interval(days => i % 365), now() - make_interval(days => i % 365) + interval '30 days'
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices} JOIN bench_programmes p ON p.idx = (i / ${offices}) % ${PROGRAMMES.length}`.execute(trx);
      await sql`INSERT INTO case_members (case_id, person_id, member_state, role)
        SELECT bench_uuid('c' || i), bench_uuid('p' || i), o.member_state, 'principal'
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices}`.execute(trx);
      await sql`INSERT INTO case_events (id, case_id, member_state, occurred_at, kind, stage, details, visible_to_applicant)
        SELECT gen_random_uuid(), bench_uuid('c' || i), o.member_state, now() - make_interval(days => i % 365), k.kind, p.stage, '{}'::jsonb, k.kind = 'opened'
        FROM generate_series(${a}::int, ${b}::int) i JOIN bench_offices o ON o.idx = i % ${offices} JOIN bench_programmes p ON p.idx = (i / ${offices}) % ${PROGRAMMES.length},
        (VALUES ('opened'), ('assigned')) k(kind)`.execute(trx);
    });
    process.stderr.write(`  seeded ${b.toLocaleString('en')} cases\r`);
  }
  process.stderr.write('\n');
  // VACUUM also merges the trigram index's pending list, as autovacuum would on a live server.
  await sql`VACUUM ANALYZE`.execute(db);
}

export async function run(args: BenchArgs): Promise<void> {
  const n = numberOption(args.options, 'cases', 1_000_000);
  const duration = numberOption(args.options, 'duration', 10);
  const connections = numberOption(args.options, 'connections', 20);
  const rate = numberOption(args.options, 'rate', 200);
  const kind = String(args.options.db ?? (process.env.DATABASE_URL ? 'postgres' : 'pglite'));
  const { handle, drop } = await openBenchDb(kind);
  const db = handle.db;
  try {
    await migrate(db);
    await loadDemoData(db);
    let started = performance.now();
    await seed(db, n);
    const seedSeconds = since(started) / 1000;
    console.log(`seeded ${n.toLocaleString('en')} cases on ${handle.kind} in ${seedSeconds.toFixed(1)} s`);
    emit('cases', 'seed_seconds', Number(seedSeconds.toFixed(2)), 's', { db: handle.kind, cases: n });

    const office = await db.selectFrom('offices').select(['id', 'agency_id']).where('name', '=', 'COMAR Tapachula').executeTakeFirstOrThrow();
    const email = 'bench-caseworker@bench.puente.test';
    await db
      .insertInto('users')
      .values({ id: crypto.randomUUID(), email, display_name: 'Bench caseworker', password_hash: await hashPassword('bench-password-123'), member_state: 'MX', agency_id: office.agency_id, office_id: office.id, roles: ['caseworker'], locale: 'es' })
      .execute();
    const config = loadConfig({ DATA_DIR: 'data/bench', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, []);
    const app = await buildApp({ config, database: handle, logger: args.options.verbose ? { level: 'error' } : false });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const signIn = await fetch(`${url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'bench-password-123' }) });
      const cookie = String(signIn.headers.get('set-cookie')).split(';')[0];
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const headers = { cookie, 'x-csrf-token': csrfToken };
      const visible = await db.selectFrom('cases').select('id').where('office_id', '=', office.id).limit(5000).execute();
      const movable = await db
        .selectFrom('cases')
        .select('id')
        .where('office_id', '=', office.id)
        .where('programme_code', '=', 'mx_comar_asylum')
        .where('stage', '=', 'registration')
        .limit(Math.ceil(rate * duration * 1.5) + 100)
        .execute();
      const names = ['maria hernandes garcia', 'jose ramires lopez', 'jean baptist pierre', 'luis gonzales cruz', 'roseline jozeph petit'];
      let i = 0;
      let m = 0;
      const scenarios: [string, Record<string, unknown>][] = [
        ['queue', { method: 'GET', path: '/api/cases/queue?limit=50' }],
        ['case', { method: 'GET', setupRequest: (r: Record<string, unknown>) => ({ ...r, path: `/api/cases/${visible[i++ % visible.length].id}` }) }],
        ['search', { method: 'GET', setupRequest: (r: Record<string, unknown>) => ({ ...r, path: `/api/cases/search?name=${encodeURIComponent(names[i++ % names.length])}&limit=20` }) }],
        [
          'move',
          {
            method: 'POST',
            setupRequest: (r: Record<string, unknown>) => {
              const target = movable[m++ % movable.length];
              return { ...r, path: `/api/cases/${target.id}/move`, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ toStage: 'eligibility_interview', expectedVersion: 1 }) };
            },
          },
        ],
      ];
      for (const [name, request] of scenarios) {
        const times: number[] = [];
        const statuses = new Map<number, number>();
        started = performance.now();
        const instance = autocannon({ url, connections, duration, overallRate: rate, headers, requests: [request] });
        instance.on('response', (_c, status, _b, ms) => {
          times.push(ms);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        });
        const result = await instance;
        const elapsed = since(started) / 1000;
        times.sort((a, b) => a - b);
        const [p50, p95, p99] = [50, 95, 99].map((p) => Number(percentile(times, p).toFixed(1)));
        const rps = Number((times.length / elapsed).toFixed(1));
        console.log(
          `${name.padEnd(7)} ${rps} req/s  p50 ${p50} ms  p95 ${p95} ms  p99 ${p99} ms  (${times.length} requests, status ${JSON.stringify(Object.fromEntries(statuses))}, errors ${result.errors}, timeouts ${result.timeouts})`,
        );
        const extra = { db: handle.kind, cases: n, rate, connections };
        emit('cases', `${name}_p50_ms`, p50, 'ms', extra);
        emit('cases', `${name}_p95_ms`, p95, 'ms', extra);
        emit('cases', `${name}_p99_ms`, p99, 'ms', extra);
        emit('cases', `${name}_rps`, rps, 'req/s', extra);
        emit('cases', `${name}_non2xx`, result.non2xx, 'count', extra);
      }
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
    if (args.options.keep) console.log('kept the benchmark database (--keep)');
    else await drop();
  }
}
