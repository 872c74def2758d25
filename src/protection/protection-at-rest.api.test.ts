import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { buildProtectionWorld, SECRET_ACCOUNT, SECRET_NEED_DETAILS, SECRET_REFERRAL_SUMMARY, traffickingScreening, type ProtectionWorld } from '../../test/helpers/protection-factories.ts';
import { createKeyring, generateKey, KEY_FILE_NAME, parseKey, readKeyFile } from '../platform/crypto.ts';
import { aad } from './service/file-support.ts';
import { ENCRYPTED_COLUMNS, rotateProtectionKeys } from './service/rotate-keys.ts';

let t: TestApp;
let w: ProtectionWorld;
// Fragments too, so a partial leak is caught. The amount is looked for with its word: five bare digits
// turn up by chance in the dump's 20,000 hexadecimal characters (identifiers, hashes): about one run in 50.
const SECRETS = [SECRET_ACCOUNT, SECRET_NEED_DETAILS, SECRET_REFERRAL_SUMMARY, 'Huixtla', 'Ramiro', '38500 pesos'];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildProtectionWorld(t.app, t.db);
  const post = (url: string, payload: object, s = w.officer) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
  expect((await post(`/api/protection/people/${w.personId}/assessments`, traffickingScreening(), w.caseworker)).statusCode).toBe(201);
  expect((await post(`/api/protection/people/${w.personId}/specific-needs`, { code: 'TR-PI', status: 'confirmed', details: SECRET_NEED_DETAILS })).statusCode).toBe(201);
  expect((await post(`/api/registry/people/${w.personId}/consents`, { purpose: 'referral', recipientAgencyId: w.ngoAgencyId }, w.caseworker)).statusCode).toBeLessThan(300);
  const service = (await t.db.selectFrom('protection_services').select('id').where('agency_id', '=', w.ngoAgencyId).where(sql<boolean>`'anti_trafficking' = ANY(kinds)`).executeTakeFirstOrThrow()).id;
  const sent = await post(`/api/protection/people/${w.personId}/referrals`, { serviceId: service, need: 'anti_trafficking', fields: ['name', 'summary'], summary: SECRET_REFERRAL_SUMMARY });
  expect(sent.statusCode, sent.body).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

/** Every row of every table as text (PGlite), or pg_dump of the test database (PostgreSQL). */
async function dumpDatabase(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = (await sql<{ db: string }>`SELECT current_database() AS db`.execute(t.db)).rows[0]!.db;
    const target = new URL(url);
    target.pathname = `/${name}`;
    return execFileSync('pg_dump', ['--data-only', '--no-owner', target.toString()], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  }
  const tables = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(t.db);
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ row: string }>`SELECT t::text AS row FROM ${sql.table(table_name)} t`.execute(t.db);
    parts.push(`-- ${table_name}`, ...rows.rows.map((r) => r.row));
  }
  return parts.join('\n');
}

describe('confidential data at rest', () => {
  it('is nowhere in a dump of the database in plain text', async () => {
    const dump = await dumpDatabase();
    expect(dump).toContain('Juan Carlos'); // the dump is real: registry data is there in the clear
    expect(dump).toContain('pe1:');
    for (const secret of SECRETS) expect(dump).not.toContain(secret);
    // The answers themselves (question ids with their values) are not in the clear either.
    expect(dump).not.toMatch(/documents_kept"?\s*:\s*true/);
  });

  it('stays readable after rotating the key, and every value then uses the new key', async () => {
    // The old keys as keys:rotate finds them: the configured key, else the key file in DATA_DIR.
    const oldKeys = t.config.dataKey ? [parseKey(t.config.dataKey)] : readKeyFile(path.join(t.config.dataDir, KEY_FILE_NAME));
    const newKey = generateKey();
    const result = await rotateProtectionKeys(t.db, createKeyring([newKey, ...oldKeys]));
    expect(result.reencrypted).toBeGreaterThanOrEqual(4);
    const onlyNew = createKeyring([newKey]);
    expect(result.keysInUse).toEqual([onlyNew.currentKeyId]);
    const plain: string[] = [];
    for (const { table, column } of ENCRYPTED_COLUMNS) {
      const rows = (await sql<{ id: string; value: string | null }>`SELECT id, ${sql.ref(column)} AS value FROM ${sql.table(table)}`.execute(t.db)).rows;
      for (const r of rows) if (r.value) plain.push(onlyNew.decrypt(r.value, aad(table, column, r.id)));
    }
    const all = plain.join('\n');
    expect(all).toContain(SECRET_ACCOUNT);
    expect(all).toContain(SECRET_NEED_DETAILS);
    expect(all).toContain(SECRET_REFERRAL_SUMMARY);
    // A second rotation with the same key has nothing left to do.
    expect((await rotateProtectionKeys(t.db, onlyNew)).reencrypted).toBe(0);
  });
});
