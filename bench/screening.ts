/**
 * `npm run bench -- screening [--households 200000] [--seed 7] [--db both|pglite|postgres]`
 *
 * (a) In memory: every generated household against every programme of the catalogue on one
 *     core, counting criterion-level evaluations per second.
 * (b) From the database: the households are stored, then timed (into an empty results table
 *     each time): reading every household's facts; writing one result per household and open
 *     programme without evaluating (together the floor the database sets); and the whole
 *     re-screen (read, evaluate, explain, write). Target: re-screen within 3× the floor.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { emit, numberOption, type BenchArgs } from './harness.ts';
import { CATALOGUE, compileRuleVersion, findRuleVersion, isIntakeOpen, screenProgramme } from '../src/pathways/catalogue/catalogue.ts';
import { loadProgrammes } from '../src/pathways/catalogue-store.ts';
import { countCriterionEvaluations } from '../src/pathways/engine/compile-rule.ts';
import { evaluateOutcome } from '../src/pathways/engine/evaluate-rule.ts';
import { createSeededRandom, generateHousehold } from '../src/pathways/engine/generate-household.ts';
import type { HouseholdFacts } from '../src/pathways/engine/household-facts.ts';
import { rescreenAll } from '../src/pathways/rescreen.ts';
import { writeResults, type NewResult } from '../src/pathways/write-results.ts';
import { loadFactsPage } from '../src/registry/household-facts.ts';
import { createKeyring, generateKey, type Keyring } from '../src/platform/crypto.ts';
import { openDb, type Db, type DbHandle } from '../src/platform/db.ts';
import { loadDemoData } from '../src/platform/demo.ts';
import { migrate } from '../src/platform/migrate.ts';
import { seedReferenceData } from '../src/seed.ts';

const AS_OF = '2026-11-27';
const STATES = ['MX', 'GT', 'HN', 'SV', 'CO', 'CR', 'EC', 'PA', 'HT', 'CA', 'US'];

function generate(n: number, seed: number): HouseholdFacts[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: n }, () => generateHousehold(random, 2026));
}

function inMemory(households: HouseholdFacts[]): { rate: number; seconds: number; evaluations: number } {
  const compiled = CATALOGUE.map((p) => compileRuleVersion(findRuleVersion(p, AS_OF) ?? p.ruleVersions[p.ruleVersions.length - 1]));
  // Warm up the JIT on a slice, then measure the whole population.
  for (let i = 0; i < Math.min(20_000, households.length); i++) for (const c of compiled) evaluateOutcome(c, households[i], AS_OF);
  const before = countCriterionEvaluations();
  const start = performance.now();
  for (const h of households) for (const c of compiled) evaluateOutcome(c, h, AS_OF);
  const seconds = (performance.now() - start) / 1000;
  const evaluations = countCriterionEvaluations() - before;
  return { rate: evaluations / seconds, seconds, evaluations };
}

/** Stores the generated households with multi-row inserts (setup, not timed). */
async function store(db: Db, households: HouseholdFacts[]): Promise<void> {
  const CHUNK = 1000;
  for (let i = 0; i < households.length; i += CHUNK) {
    const slice = households.slice(i, i + CHUNK);
    const hh: Record<string, unknown>[] = [];
    const people: Record<string, unknown>[] = [];
    const relatives: Record<string, unknown>[] = [];
    slice.forEach((h, k) => {
      const id = randomUUID();
      const memberState = STATES[(i + k) % STATES.length];
      const ids = new Map(h.members.map((m) => [m.id, randomUUID()]));
      hh.push({ id, member_state: memberState, channel: 'caseworker', principal_person_id: ids.get(h.principalId) });
      h.members.forEach((m, position) => {
        const { id: _id, relationshipToPrincipal, birthDate, sex, maritalStatus, nationalities, languages, currentCountry, currentSubdivision, status, arrivalDate, relatives: rel, ...situation } = m;
        const personId = ids.get(m.id)!;
        people.push({
          id: personId,
          household_id: id,
          member_state: memberState,
          given_names: `Persona ${i + k}`,
          name_search: `persona ${i + k}`,
          relationship_to_principal: relationshipToPrincipal ?? 'self',
          position,
          birth_date: birthDate ?? null,
          sex: sex ?? null,
          marital_status: maritalStatus ?? null,
          nationalities: nationalities ?? [],
          languages: languages ?? [],
          current_country: currentCountry ?? null,
          current_subdivision: currentSubdivision ?? null,
          status: status ?? null,
          arrival_date: arrivalDate ?? null,
          situation: JSON.stringify(situation),
        });
        for (const r of rel ?? []) {
          const { relationship, birthDate: rb, country, status: rs, arrivalDate: ra, ...rsituation } = r;
          relatives.push({
            id: randomUUID(),
            person_id: personId,
            member_state: memberState,
            relationship: relationship ?? 'other',
            birth_date: rb ?? null,
            country: country ?? null,
            status: rs ?? null,
            arrival_date: ra ?? null,
            situation: JSON.stringify(rsituation),
          });
        }
      });
    });
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('households').values(hh as never).execute();
      for (let j = 0; j < people.length; j += 2000) await trx.insertInto('people').values(people.slice(j, j + 2000) as never).execute();
      for (let j = 0; j < relatives.length; j += 2000) await trx.insertInto('relatives').values(relatives.slice(j, j + 2000) as never).execute();
    });
  }
}

async function readAll(db: Db, ring: Keyring): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let n = 0;
  for (;;) {
    const page = await db.selectFrom('households').select(['id', 'member_state']).where('id', '>', after).orderBy('id').limit(1000).execute();
    if (page.length === 0) return n;
    after = page[page.length - 1].id;
    n += (await loadFactsPage(db, ring, page.map((h) => h.id))).size;
  }
}

/** Writes one placeholder result per household and open programme, without evaluating. */
async function writeAll(db: Db): Promise<number> {
  const programmes = (await loadProgrammes(db)).filter((p) => isIntakeOpen(p, AS_OF));
  const probe: HouseholdFacts = { principalId: 'p', members: [{ id: 'p' }] };
  const templates = programmes.map((p) => screenProgramme(p, probe, AS_OF));
  let after = '00000000-0000-0000-0000-000000000000';
  let n = 0;
  for (;;) {
    const page = await db.selectFrom('households').select(['id', 'member_state']).where('id', '>', after).orderBy('id').limit(1000).execute();
    if (page.length === 0) return n;
    after = page[page.length - 1].id;
    const rows: NewResult[] = [];
    for (const h of page) for (const t of templates) rows.push({ householdId: h.id, memberState: h.member_state, result: t, memberIds: ['p'] });
    await db.transaction().execute((trx) => writeResults(trx, rows, null));
    n += rows.length;
  }
}

async function openBenchDb(kind: 'pglite' | 'postgres'): Promise<{ handle: DbHandle; cleanup: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'puente-bench-'));
    const handle = await openDb({ dataDir: dir });
    return { handle, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const name = `puente_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDb({ databaseUrl: url.toString() });
  return {
    handle,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, (performance.now() - start) / 1000];
}

export async function run({ options }: BenchArgs): Promise<void> {
  const n = numberOption(options, 'households', 200_000);
  const seed = numberOption(options, 'seed', 7);
  const which = String(options.db ?? 'both');
  const dbs = (which === 'both' ? ['pglite', 'postgres'] : [which]) as ('pglite' | 'postgres')[];

  console.log(`Generating ${n.toLocaleString('en')} households (seed ${seed})…`);
  const households = generate(n, seed);
  const members = households.reduce((s, h) => s + h.members.length, 0);
  console.log(`  ${members.toLocaleString('en')} people`);

  for (const kind of dbs) {
    const mem = inMemory(households);
    console.log(`\n[${kind}] (a) in memory: ${mem.evaluations.toLocaleString('en')} criterion evaluations in ${mem.seconds.toFixed(2)} s = ${(mem.rate / 1e6).toFixed(2)} M/s on one core`);
    emit('screening', 'evaluations_per_second', Math.round(mem.rate), 'evaluations/s', { db: kind, households: n });

    const { handle, cleanup } = await openBenchDb(kind);
    try {
      const db = handle.db;
      const ring = createKeyring([generateKey()]);
      await migrate(db);
      await seedReferenceData(db);
      await loadDemoData(db);
      const [, storeSeconds] = await timed(() => store(db, households));
      console.log(`[${kind}] stored the households in ${storeSeconds.toFixed(1)} s (setup)`);

      const [read, readSeconds] = await timed(() => readAll(db, ring));
      const [written, writeSeconds] = await timed(() => writeAll(db));
      // DELETE, not TRUNCATE: cases reference the screening they started from.
      await sql`DELETE FROM screening_results`.execute(db);
      const floor = readSeconds + writeSeconds;
      console.log(`[${kind}] floor: read ${read.toLocaleString('en')} households in ${readSeconds.toFixed(1)} s + write ${written.toLocaleString('en')} results in ${writeSeconds.toFixed(1)} s = ${floor.toFixed(1)} s`);

      const ctx = { id: randomUUID(), progress: async () => {} };
      await db.insertInto('jobs').values({ id: ctx.id, kind: 'bench.rescreen', member_state: null, status: 'running', params: '{}', started_by: null }).execute();
      const [result, rescreenSeconds] = await timed(() => rescreenAll(db, ring, ctx, AS_OF));
      console.log(
        `[${kind}] (b) re-screen: ${result.households.toLocaleString('en')} households × ${result.programmes} open programmes = ${result.results.toLocaleString('en')} results in ${rescreenSeconds.toFixed(1)} s (${(rescreenSeconds / floor).toFixed(2)}× the floor; target ≤ 3×)`,
      );
      emit('screening', 'rescreen_seconds', Number(rescreenSeconds.toFixed(2)), 's', { db: kind, households: n });
      emit('screening', 'floor_seconds', Number(floor.toFixed(2)), 's', { db: kind, households: n });
    } finally {
      await handle.close();
      await cleanup();
    }
  }
}
