import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';
import { buildHousehold, buildPerson, registerHouseholdAs } from '../../test/helpers/registry-factories.ts';

let t: TestApp;
let caseworker: Session;
let protection: Session;
let household: Awaited<ReturnType<typeof registerHouseholdAs>>;

const survivor = buildPerson({
  givenNames: 'Rosa Elena',
  currentCountry: 'US',
  currentSubdivision: 'US-TX',
  status: 'irregular',
  situation: { canRead: true, traffickingVictim: true, cooperatedWithLawEnforcement: true, fearOfReturn: true },
});

async function personRow(id: string) {
  return t.db.selectFrom('people').select(['situation', 'situation_sealed']).where('id', '=', id).executeTakeFirstOrThrow();
}

async function read(session: Session) {
  const res = await t.app.inject({ method: 'GET', url: `/api/registry/households/${household.id}`, headers: session.headers });
  expect(res.statusCode).toBe(200);
  return res.json().members[0].situation as Record<string, unknown>;
}

beforeAll(async () => {
  t = await createTestApp();
  caseworker = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' })).email);
  protection = await signInAs(t.app, (await insertUser(t.db, { roles: ['protection_officer'], office: 'COMAR Tapachula' })).email);
  household = await registerHouseholdAs(t.app, caseworker, buildHousehold({ members: [survivor] }));
});
afterAll(async () => {
  await t?.close();
});

describe('confidential situation facts', () => {
  it('are encrypted at rest, and the version history keeps only that they were given', async () => {
    const row = await personRow(household.principalPersonId);
    expect(row.situation).toEqual({ canRead: true });
    expect(row.situation_sealed).toMatch(/^pe1:[0-9a-f]{12}:/);
    expect(row.situation_sealed).not.toContain('trafficking');
    const versions = await t.db.selectFrom('record_versions').select('changes').where('record_id', '=', household.principalPersonId).execute();
    const history = JSON.stringify(versions.map((v) => v.changes));
    expect(history).toContain('"traffickingVictim":"[confidential]"');
    expect(history).not.toMatch(/"traffickingVictim":true/);
  });

  it('are withheld from a caseworker, and shown to a protection officer with the read audited', async () => {
    expect(await read(caseworker)).toEqual({ canRead: true });
    const auditsBefore = await t.db.selectFrom('audit_events').select('seq').where('action', '=', 'person.confidential_read').execute();
    expect(await read(protection)).toEqual({ canRead: true, traffickingVictim: true, cooperatedWithLawEnforcement: true, fearOfReturn: true });
    const audits = await t.db.selectFrom('audit_events').select(['record_id']).where('action', '=', 'person.confidential_read').execute();
    expect(audits.length).toBe(auditsBefore.length + 1);
    expect(audits.at(-1)?.record_id).toBe(household.id);
  });

  it('are read by screening: the T visa does not ask for them again', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/pathways/households/${household.id}/screenings`, headers: caseworker.headers });
    expect(res.statusCode).toBeLessThan(300);
    const results = await t.db
      .selectFrom('screening_results')
      .select(['programme_code', 'missing_facts'])
      .where('household_id', '=', household.id)
      .where('superseded_at', 'is', null)
      .execute();
    const tVisa = results.find((r) => r.programme_code === 'us_t_visa');
    expect(tVisa, JSON.stringify(results.map((r) => r.programme_code))).toBeDefined();
    const missing = JSON.stringify(results.map((r) => r.missing_facts));
    expect(missing).not.toContain('traffickingVictim');
    expect(missing).not.toContain('cooperatedWithLawEnforcement');
  });

  it('stay when a caseworker who cannot see them changes the open facts, and are gone when a protection officer removes them', async () => {
    const version = (await t.db.selectFrom('people').select('version').where('id', '=', household.principalPersonId).executeTakeFirstOrThrow()).version;
    const change = await t.app.inject({
      method: 'PATCH',
      url: `/api/registry/people/${household.principalPersonId}`,
      headers: caseworker.headers,
      payload: { expectedVersion: version, changes: { situation: { canRead: false } } },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(await read(protection)).toEqual({ canRead: false, traffickingVictim: true, cooperatedWithLawEnforcement: true, fearOfReturn: true });

    const removal = await t.app.inject({
      method: 'PATCH',
      url: `/api/registry/people/${household.principalPersonId}`,
      headers: protection.headers,
      payload: { expectedVersion: version + 1, changes: { situation: { canRead: false, fearOfReturn: true } } },
    });
    expect(removal.statusCode, removal.body).toBe(200);
    expect(await read(protection)).toEqual({ canRead: false, fearOfReturn: true });
    expect(await read(caseworker)).toEqual({ canRead: false });
  });

  it('written in the open column before sealing existed are sealed when the server starts', async () => {
    const [other] = (await registerHouseholdAs(t.app, caseworker, buildHousehold({ members: [buildPerson({ givenNames: 'Inés' })] }))).members;
    await t.db.updateTable('people').set({ situation: JSON.stringify({ canRead: true, traffickingVictim: false }) as never }).where('id', '=', other.id).execute();
    const { sealOpenConfidentialFacts } = await import('./confidential-situation.ts');
    const { loadKeyring } = await import('../platform/crypto.ts');
    const sealed = await sealOpenConfidentialFacts(t.db, loadKeyring({ dataKey: t.config.dataKey, dataDir: t.config.dataDir }));
    expect(sealed).toBe(1);
    const row = await personRow(other.id);
    expect(row.situation).toEqual({ canRead: true });
    expect(row.situation_sealed).toMatch(/^pe1:/);
  });
});
