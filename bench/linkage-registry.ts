/**
 * `npm run bench -- linkage-registry [--records 20000] [--checks 200]`
 *
 * The duplicate check a registration runs (issue 7 item 2, target under 100 ms): seeds a registry
 * with generated regional registrations (bench/linkage-generator.ts, with their duplicates), their
 * identity documents and blocking keys, then registers the last `checks` records one at a time and
 * times `checkHouseholdForDuplicates` in each registration's transaction: key look-ups, candidate
 * fetch, scoring and queueing. PGlite in memory, or PostgreSQL when DATABASE_URL is set (in a fresh
 * database, dropped afterwards). JSON lines: `registration_check_ms` (p50 and p95).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { emit, numberOption, type BenchArgs } from './harness.ts';
import { generateRegistrations } from './linkage-generator.ts';
import { checkHouseholdForDuplicates } from '../src/linkage/service/check-people.ts';
import { blockingKeys, registrySettings, toEngineRow } from '../src/linkage/registry-record.ts';
import { openDb, type Db } from '../src/platform/db.ts';
import { loadDemoData } from '../src/platform/demo.ts';
import { migrate } from '../src/platform/migrate.ts';
import { seedReferenceData } from '../src/seed.ts';

const BENCH = 'linkage-registry';
const CHUNK = 1000;

function personRow(row: string[], householdId: string, id: string) {
  const [, given, f1, f2, sex, birth, nationality, , phone] = row;
  const birthDate = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(birth) ? birth : /^\d{4}/.test(birth) ? birth.slice(0, 4) : null;
  return {
    id,
    household_id: householdId,
    member_state: 'MX',
    given_names: given || 'N',
    family_name_1: f1 || null,
    family_name_2: f2 || null,
    name_search: `${given} ${f1} ${f2}`.toLowerCase(),
    sex: sex.startsWith('f') || sex.startsWith('F') ? 'female' : sex.startsWith('m') || sex.startsWith('M') ? 'male' : null,
    birth_date: birthDate,
    nationalities: /^[A-Z]{2}$/.test(nationality) ? [nationality] : [],
    phone: phone || null,
    languages: [] as string[],
    relationship_to_principal: 'self',
  };
}

async function insertPeople(db: Db, rows: string[][]): Promise<string[]> {
  const ids = rows.map(() => randomUUID());
  const households = rows.map(() => randomUUID());
  await db.insertInto('households').values(households.map((id) => ({ id, member_state: 'MX', channel: 'caseworker' as const }))).execute();
  await db.insertInto('people').values(rows.map((r, k) => personRow(r, households[k], ids[k]))).execute();
  const docs = rows.flatMap((r, k) => (r[7] ? [{ id: randomUUID(), person_id: ids[k], member_state: 'MX', type: 'passport' as const, number: r[7], number_search: r[7].toUpperCase().replace(/[^A-Z0-9]/g, ''), issuing_country: /^[A-Z]{2}$/.test(r[6]) ? r[6] : 'MX' }] : []));
  if (docs.length > 0) await db.insertInto('identity_documents').values(docs).execute();
  return ids;
}

export async function run({ options }: BenchArgs): Promise<void> {
  const records = numberOption(options, 'records', 20_000);
  const checks = numberOption(options, 'checks', 200);
  const url = process.env.DATABASE_URL;
  // On a server: a fresh database of its own, dropped afterwards.
  const scratch = url ? `puente_linkage_bench_${randomUUID().slice(0, 8)}` : '';
  if (url) await adminQuery(url, `CREATE DATABASE ${scratch}`);
  const scratchUrl = url ? Object.assign(new URL(url), { pathname: `/${scratch}` }).toString() : '';
  const handle = await openDb(url ? { databaseUrl: scratchUrl } : { dataDir: 'memory://' });
  const db = handle.db;
  try {
    await migrate(db);
    await seedReferenceData(db);
    await loadDemoData(db);
    const generated = generateRegistrations(records + checks, 21);
    const settings = registrySettings();
    const seedRows = generated.rows.slice(0, records);
    const start = performance.now();
    for (let s = 0; s < seedRows.length; s += CHUNK) {
      const chunk = seedRows.slice(s, s + CHUNK);
      const ids = await insertPeople(db, chunk);
      const keys = chunk.flatMap((r, k) => blockingKeys(settings, toEngineRow({ ...personRow(r, '', ids[k]), document_number: r[7] || null, current_subdivision: null })).map((key) => ({ person_id: ids[k], member_state: 'MX', rule: key.rule, key: key.key })));
      for (let q = 0; q < keys.length; q += 5 * CHUNK) await db.insertInto('linkage_keys').values(keys.slice(q, q + 5 * CHUNK)).onConflict((oc) => oc.doNothing()).execute();
    }
    process.stderr.write(`  seeded ${records} registrations with their keys in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
    const times: number[] = [];
    let queued = 0;
    for (const row of generated.rows.slice(records)) {
      const [personId] = await insertPeople(db, [row]);
      const person = await db.selectFrom('people').select('household_id').where('id', '=', personId).executeTakeFirstOrThrow();
      const t0 = performance.now();
      const result = await db.transaction().execute((trx) => checkHouseholdForDuplicates(trx, person.household_id));
      times.push(performance.now() - t0);
      queued += result.queued;
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    const dataset = `registry_${records}`;
    process.stderr.write(`  ${dataset}: ${checks} registrations checked, p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, ${queued} pairs queued (${handle.kind})\n`);
    emit(BENCH, 'registration_check_ms', p(0.5), 'ms', { dataset, percentile: 50, db: handle.kind });
    emit(BENCH, 'registration_check_ms', p(0.95), 'ms', { dataset, percentile: 95, db: handle.kind });
  } finally {
    await handle.close();
    if (url) await adminQuery(url, `DROP DATABASE ${scratch}`);
  }
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
