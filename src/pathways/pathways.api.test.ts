import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { insertUser, signInAs, waitForJob, type Session } from '../../test/helpers/factories.ts';
import { buildHousehold, buildPerson, registerHouseholdAs } from '../../test/helpers/registry-factories.ts';
import { getProgramme } from './catalogue/catalogue.ts';
import type { RuleNode } from './engine/rules.schemas.ts';

let t: TestApp;
let caseworker: Session;
let canadaAdmin: Session;
let mexicoAdmin: Session;
let applicant: Session;

beforeAll(async () => {
  t = await createTestApp();
  caseworker = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' })).email);
  canadaAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['programme_admin'], office: 'IRCC Ottawa' })).email);
  mexicoAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['programme_admin'], agencyName: 'Secretaría del Trabajo y Previsión Social' })).email);
  applicant = await signInAs(t.app, (await insertUser(t.db, { roles: ['applicant'] })).email);
});
afterAll(async () => {
  await t?.close();
});

/** A Mexican farm worker at home in rural Michoacán: SAWP's candidate. */
function farmWorker(birthDate: string) {
  return buildHousehold({
    members: [
      buildPerson({
        givenNames: 'Juan',
        familyName1: 'Pérez',
        familyName2: 'Ramírez',
        sex: 'male',
        birthDate,
        nationalities: ['MX'],
        currentCountry: 'MX',
        currentSubdivision: 'MX-MIC',
        status: 'citizen',
        arrivalDate: undefined,
        situation: { agriculturalExperienceYears: 6, canRead: true, residenceArea: 'rural' },
      }),
    ],
  });
}

async function screen(householdId: string, session = caseworker) {
  const res = await t.app.inject({ method: 'POST', url: `/api/pathways/households/${householdId}/screenings`, headers: session.headers });
  expect(res.statusCode, res.body).toBe(201);
}

async function pathways(householdId: string, lang = 'es') {
  const res = await t.app.inject({ method: 'GET', url: `/api/pathways/households/${householdId}/pathways?lang=${lang}`, headers: caseworker.headers });
  expect(res.statusCode).toBe(200);
  return res.json().items as { programmeCode: string; outcome: string; ruleVersion: string; programmeName: string; asOf: string; programmeStatus: string; criteria: { text: string; result: string; source?: { citation: string } }[]; nextSteps: string }[];
}

describe('the catalogue', () => {
  it('holds every programme, closed ones with their closing date, each criterion with its source', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/pathways/programmes?lang=fr' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; status: string; closedOn: string | null; sources: unknown[] }[];
    expect(items).toHaveLength(14);
    const closed = items.filter((p) => p.status === 'closed').map((p) => [p.code, p.closedOn]);
    expect(closed.map(([code]) => code).sort()).toEqual(['safe_mobility', 'us_frp']);
    expect(closed.every(([, on]) => on !== null)).toBe(true);
    expect(items.every((p) => p.sources.length > 0)).toBe(true);
  });
});

describe('screening', () => {
  it('ranks and explains the pathways criterion by criterion in the applicant language, with the rule version', async () => {
    const household = await registerHouseholdAs(t.app, caseworker, farmWorker('1990-03-15'));
    await screen(household.id);
    const items = await pathways(household.id, 'es');
    expect(items[0].outcome).toBe('eligible');
    const sawp = items.find((p) => p.programmeCode === 'ca_sawp')!;
    expect(sawp.outcome).toBe('eligible');
    expect(sawp.programmeName).toMatch(/Canadá/);
    expect(sawp.ruleVersion).toBe('2025-01-01');
    expect(sawp.criteria.some((c) => c.text.includes('Tiene 18 años o más') && c.result === 'met')).toBe(true);
    expect(sawp.criteria.filter((c) => c.source).every((c) => c.source!.citation.length > 2)).toBe(true);
    expect(sawp.nextSteps).toMatch(/Servicio Nacional de Empleo/);
    // Closed programmes are not screened at all now.
    expect(items.some((p) => p.programmeCode === 'safe_mobility' || p.programmeCode === 'us_frp')).toBe(false);
  });

  it('needs the household consent to screening', async () => {
    const household = await registerHouseholdAs(t.app, caseworker, { ...farmWorker('1990-03-15'), consents: [] });
    const res = await t.app.inject({ method: 'POST', url: `/api/pathways/households/${household.id}/screenings`, headers: caseworker.headers });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('CONSENT_REQUIRED');
    const rows = await t.db.selectFrom('screening_results').select('id').where('household_id', '=', household.id).execute();
    expect(rows).toHaveLength(0);
  });

  it('keeps past results of a programme that has closed readable', async () => {
    const household = await registerHouseholdAs(t.app, caseworker, farmWorker('1991-01-01'));
    await t.db
      .insertInto('screening_results')
      .values({
        id: crypto.randomUUID(),
        household_id: household.id,
        member_state: 'MX',
        programme_code: 'safe_mobility',
        rule_version: getProgramme('safe_mobility').ruleVersions[0].version,
        outcome: 'eligible',
        missing_facts: '[]',
        evaluation: JSON.stringify({ r: 'mmm', w: [0, 0, 0] }),
        as_of: '2024-06-01',
      })
      .execute();
    const items = await pathways(household.id, 'en');
    const past = items.find((p) => p.programmeCode === 'safe_mobility')!;
    expect(past.asOf).toBe('2024-06-01');
    expect(past.programmeStatus).toBe('closed');
  });
});

function raiseMinimumAge(node: RuleNode, min: number): RuleNode {
  if (node.type === 'criterion') return node.id === 'sawp.age' ? ({ ...node, min } as RuleNode) : node;
  if ('children' in node) return { ...node, children: node.children.map((c) => raiseMinimumAge(c, min)) } as RuleNode;
  if ('child' in node) return { ...node, child: raiseMinimumAge(node.child, min) } as RuleNode;
  return node;
}

describe('a new rule version re-screens everyone affected', () => {
  it('updates exactly the households whose outcome changed, and records what changed for whom', async () => {
    const young = await registerHouseholdAs(t.app, caseworker, farmWorker('2000-05-05'));
    const older = await registerHouseholdAs(t.app, caseworker, farmWorker('1980-05-05'));
    await screen(young.id);
    await screen(older.id);
    const before = await t.db.selectFrom('screening_results').select(['id', 'household_id']).where('programme_code', '=', 'ca_sawp').where('superseded_at', 'is', null).execute();

    const current = getProgramme('ca_sawp').ruleVersions[0];
    const newVersion = { version: '2026-11-01', effectiveFrom: '2026-11-01', changeNote: 'Test: minimum age 30.', rule: raiseMinimumAge(current.rule, 30) };
    const refused = await t.app.inject({ method: 'POST', url: '/api/pathways/programmes/ca_sawp/rule-versions', headers: mexicoAdmin.headers, payload: newVersion });
    expect(refused.statusCode).toBe(404);
    const invalid = await t.app.inject({ method: 'POST', url: '/api/pathways/programmes/ca_sawp/rule-versions', headers: canadaAdmin.headers, payload: { ...newVersion, rule: { type: 'criterion' } } });
    expect(invalid.statusCode).toBe(422);
    const forbidden = await t.app.inject({ method: 'POST', url: '/api/pathways/programmes/ca_sawp/rule-versions', headers: caseworker.headers, payload: newVersion });
    expect(forbidden.statusCode).toBe(403);

    const res = await t.app.inject({ method: 'POST', url: '/api/pathways/programmes/ca_sawp/rule-versions', headers: canadaAdmin.headers, payload: newVersion });
    expect(res.statusCode, res.body).toBe(202);
    const { jobId } = res.json();
    const job = await waitForJob(t.app, canadaAdmin, jobId);
    expect(job.status).toBe('succeeded');
    expect(job.progressDone).toBe(job.progressTotal);
    // Staff of the member state see the job; an employer of the same state does not.
    const employer = await signInAs(t.app, (await insertUser(t.db, { roles: ['employer'], memberState: 'CA' })).email);
    const colleague = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'IRCC Ottawa' })).email);
    expect((await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: colleague.headers })).statusCode).toBe(200);
    const hidden = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: employer.headers });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('JOB_NOT_FOUND');

    const changes = await t.db.selectFrom('screening_changes').selectAll().where('job_id', '=', jobId).execute();
    expect(changes.map((c) => [c.household_id, c.old_outcome, c.new_outcome, c.new_rule_version])).toEqual([[young.id, 'eligible', 'not_eligible', '2026-11-01']]);
    const after = await t.db.selectFrom('screening_results').select(['id', 'household_id']).where('programme_code', '=', 'ca_sawp').where('superseded_at', 'is', null).execute();
    const unchanged = before.filter((b) => after.some((a) => a.id === b.id)).map((b) => b.household_id);
    expect(unchanged).toContain(older.id);
    expect(unchanged).not.toContain(young.id);
    expect((await pathways(young.id, 'en')).find((p) => p.programmeCode === 'ca_sawp')!.outcome).toBe('not_eligible');
  });
});

describe('access to screening', () => {
  it('401 anonymous, 404 for a household the caller may not see, nothing written', async () => {
    const household = await registerHouseholdAs(t.app, caseworker, farmWorker('1990-03-15'));
    expect((await t.app.inject({ method: 'POST', url: `/api/pathways/households/${household.id}/screenings` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/pathways/households/${household.id}/screenings`, headers: canadaAdmin.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/pathways/households/${household.id}/screenings`, headers: applicant.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/pathways/households/${household.id}/pathways`, headers: applicant.headers })).statusCode).toBe(404);
    const rows = await t.db.selectFrom('screening_results').select('id').where('household_id', '=', household.id).execute();
    expect(rows).toHaveLength(0);
  });
});

describe('before the first screening', () => {
  it('lists no pathways rather than failing', async () => {
    const household = await registerHouseholdAs(t.app, caseworker, farmWorker('1990-03-15'));
    expect(await pathways(household.id, 'en')).toEqual([]);
  });
});
