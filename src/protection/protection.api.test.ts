import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { buildProtectionWorld, SECRET_ACCOUNT, SECRET_NEED_DETAILS, SECRET_REFERRAL_SUMMARY, traffickingScreening, type ProtectionWorld } from '../../test/helpers/protection-factories.ts';
import { insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';
import { insertHousehold } from '../../test/helpers/cases-factories.ts';
import { raiseFlagFromWorkerReport } from './service/needs-and-flags.ts';

let t: TestApp;
let w: ProtectionWorld;
const SECRETS = [SECRET_ACCOUNT, SECRET_NEED_DETAILS, SECRET_REFERRAL_SUMMARY, 'Huixtla', 'Ramiro'];
/** Every body any test saw, checked at the end for confidential values that reached the wrong reader. */
const seenByOthers: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildProtectionWorld(t.app, t.db);
});
afterAll(async () => {
  await t?.close();
});

async function call(s: Session | null, method: 'GET' | 'POST', url: string, payload?: unknown) {
  const res = await t.app.inject({ method, url, headers: s?.headers ?? {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  return res;
}

async function protectionCounts() {
  const tables = ['protection_files', 'protection_assessments', 'specific_needs', 'protection_flags', 'protection_referrals', 'protection_tasks', 'protection_file_shares'] as const;
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return out;
}

describe('screening a seasonal worker', () => {
  it('makes the case urgent with the reasons shown, without echoing the answers', async () => {
    const res = await call(w.caseworker, 'POST', `/api/protection/people/${w.personId}/assessments`, traffickingScreening());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.priority).toBe('urgent');
    expect(body.reasons.map((r: { rule: string }) => r.rule)).toEqual(['trafficking-element']);
    expect(body.reasons[0].text).toMatch(/element of trafficking/);
    expect(body.flags.map((f: { code: string }) => f.code)).toEqual(['trafficking_indicators']);
    expect(res.body).not.toContain('pasaporte');
    const kase = await call(w.caseworker, 'GET', `/api/cases/${w.caseId}`);
    expect(kase.json().priority).toBe('urgent');
    seenByOthers.push(res.body, kase.body);
  });

  it('orders the case queue by the new priority and gives the protection officers a review task', async () => {
    const queue = await call(w.caseworker, 'GET', '/api/cases/queue');
    expect(queue.json().items[0].id).toBe(w.caseId);
    const tasks = await call(w.officer, 'GET', '/api/protection/tasks');
    expect(tasks.json().items.map((x: { kind: string }) => x.kind)).toContain('urgent_review');
    seenByOthers.push(queue.body);
  });

  it('shows the caseworker the summary and reasons, but not the confidential account', async () => {
    const summary = await call(w.caseworker, 'GET', `/api/protection/people/${w.personId}?lang=es`);
    expect(summary.statusCode).toBe(200);
    expect(summary.json().priority).toBe('urgent');
    expect(summary.json().reasons[0].text).toMatch(/elemento de trata/);
    expect(summary.json().canReadConfidential).toBe(false);
    const denied = await call(w.caseworker, 'GET', `/api/protection/people/${w.personId}/confidential`);
    expect(denied.statusCode).toBe(403);
    seenByOthers.push(summary.body, denied.body);
  });

  it('shows the protection officer of the holding office the account, and audits the read', async () => {
    const before = Number((await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'protection.confidential_read').executeTakeFirstOrThrow()).n);
    const res = await call(w.officer, 'GET', `/api/protection/people/${w.personId}/confidential`);
    expect(res.statusCode).toBe(200);
    const a = res.json().assessments[0];
    expect(a.account).toBe(SECRET_ACCOUNT);
    expect(a.answers).toEqual({ documents_kept: true, debt_bondage: true, excessive_hours: false });
    expect(a.outcome.ilo.present).toEqual(['coercion_at_destination']);
    expect(res.headers['cache-control']).toBe('no-store');
    const after = Number((await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'protection.confidential_read').executeTakeFirstOrThrow()).n);
    expect(after).toBe(before + 1);
  });
});

describe('access to a file', () => {
  it('answers 401 to an anonymous caller on every route', async () => {
    for (const [method, url] of [
      ['GET', `/api/protection/people/${w.personId}`],
      ['GET', `/api/protection/people/${w.personId}/confidential`],
      ['POST', `/api/protection/people/${w.personId}/assessments`],
      ['GET', '/api/protection/queue'],
      ['GET', '/api/protection/services'],
      ['GET', '/api/protection/referrals/incoming'],
      ['GET', '/api/protection/exports/htcds'],
      ['GET', '/api/protection/questionnaires/trafficking-ilo'],
    ] as const) {
      const res = await call(null, method, url, method === 'POST' ? traffickingScreening() : undefined);
      expect(res.statusCode, url).toBe(401);
    }
  });

  it('answers 404 to another member state and hides the file from another agency', async () => {
    const ca = await call(w.otherStateOfficer, 'GET', `/api/protection/people/${w.personId}`);
    expect(ca.statusCode).toBe(404);
    const caConf = await call(w.otherStateOfficer, 'GET', `/api/protection/people/${w.personId}/confidential`);
    expect(caConf.statusCode).toBe(404);
    const caScreen = await call(w.otherStateOfficer, 'POST', `/api/protection/people/${w.personId}/assessments`, traffickingScreening());
    expect(caScreen.statusCode).toBe(404);
    const other = await call(w.otherAgencyOfficer, 'GET', `/api/protection/people/${w.personId}`);
    expect(other.statusCode).toBe(200);
    expect(other.json()).toMatchObject({ exists: false, flags: [], priority: 'normal' });
    const otherConf = await call(w.otherAgencyOfficer, 'GET', `/api/protection/people/${w.personId}/confidential`);
    expect(otherConf.statusCode).toBe(404);
    const otherQueue = await call(w.otherAgencyOfficer, 'GET', '/api/protection/queue');
    expect(otherQueue.json().items).toEqual([]);
    seenByOthers.push(ca.body, caConf.body, caScreen.body, other.body, otherConf.body, otherQueue.body);
  });

  it('answers 403 to roles without protection scopes, and leaves the data unchanged', async () => {
    const before = await protectionCounts();
    for (const s of [w.supervisor, w.auditor, w.caseworker]) {
      const conf = await call(s, 'GET', `/api/protection/people/${w.personId}/confidential`);
      expect(conf.statusCode).toBe(403);
      const need = await call(s, 'POST', `/api/protection/people/${w.personId}/specific-needs`, { code: 'SV-VF', status: 'suspected', details: SECRET_NEED_DETAILS });
      expect(need.statusCode).toBe(403);
      seenByOthers.push(conf.body, need.body);
    }
    const export403 = await call(w.caseworker, 'GET', '/api/protection/exports/htcds');
    expect(export403.statusCode).toBe(403);
    expect(await protectionCounts()).toEqual(before);
  });

  it('lets the holding office share the file; the shared office then sees it', async () => {
    const acnur = (await t.db.selectFrom('offices').select('id').where('name', '=', 'ACNUR Tapachula').executeTakeFirstOrThrow()).id;
    const notHolder = await call(w.otherAgencyOfficer, 'POST', `/api/protection/people/${w.personId}/shares`, { officeId: acnur });
    expect(notHolder.statusCode).toBe(404);
    const shared = await call(w.officer, 'POST', `/api/protection/people/${w.personId}/shares`, { officeId: acnur });
    expect(shared.statusCode).toBe(201);
    const now = await call(w.otherAgencyOfficer, 'GET', `/api/protection/people/${w.personId}/confidential`);
    expect(now.json().assessments[0].account).toBe(SECRET_ACCOUNT);
  });
});

describe('specific needs, flags and emergencies', () => {
  it('records a specific need with who, when and which assessment; details only in the confidential part', async () => {
    const assessmentId = (await call(w.officer, 'GET', `/api/protection/people/${w.personId}`)).json().assessments[0].id;
    const res = await call(w.officer, 'POST', `/api/protection/people/${w.personId}/specific-needs`, { code: 'LP-ND', status: 'suspected', assessmentId, details: SECRET_NEED_DETAILS });
    expect(res.statusCode, res.body).toBe(201);
    const summary = (await call(w.caseworker, 'GET', `/api/protection/people/${w.personId}`));
    const need = summary.json().specificNeeds[0];
    expect(need).toMatchObject({ code: 'LP-ND', status: 'suspected', assessmentId, recordedBy: w.officerId, hasDetails: true });
    expect(summary.body).not.toContain('Cicatriz');
    const conf = await call(w.officer, 'GET', `/api/protection/people/${w.personId}/confidential`);
    expect(conf.json().specificNeeds[0].details).toBe(SECRET_NEED_DETAILS);
    seenByOthers.push(summary.body);
  });

  it('turns an emergency into a task for a protection officer at once and raises the case', async () => {
    const res = await call(w.officer, 'POST', `/api/protection/people/${w.personId}/flags`, { code: 'immediate_danger' });
    expect(res.statusCode).toBe(201);
    expect(res.json().priority).toBe('emergency');
    const tasks = (await call(w.officer, 'GET', '/api/protection/tasks')).json().items;
    const emergency = tasks.find((x: { kind: string }) => x.kind === 'emergency_review');
    expect(emergency).toBeDefined();
    expect(new Date(emergency.dueAt).getTime() - Date.now()).toBeLessThanOrEqual(4 * 3600_000);
    expect((await call(w.caseworker, 'GET', `/api/cases/${w.caseId}`)).json().priority).toBe('emergency');
    const done = await call(w.officer, 'POST', `/api/protection/tasks/${emergency.id}/done`);
    expect(done.statusCode).toBe(200);
  });

  it('raises a flag from a worker report (document kept, unpaid wages)', async () => {
    const result = await t.db.transaction().execute((trx) => raiseFlagFromWorkerReport(trx, { personId: w.personId, memberState: 'MX', indicators: ['document_kept', 'unpaid_wages'] }));
    expect(result.flags).toEqual(['trafficking_indicators']);
    const other = await t.db.transaction().execute((trx) => raiseFlagFromWorkerReport(trx, { personId: w.personId, memberState: 'MX', indicators: ['fee_charged'] }));
    expect(other.flags).toEqual(['exploitation_indicators']);
    const wrongState = await call(w.otherStateOfficer, 'POST', '/api/protection/worker-reports', { personId: w.personId, indicators: ['threats'] });
    expect(wrongState.statusCode).toBe(404);
  });
});

describe('referrals', () => {
  const body = () => ({ serviceId: '', need: 'anti_trafficking', urgency: 'urgent', fields: ['name', 'phone', 'languages', 'summary'], summary: SECRET_REFERRAL_SUMMARY });
  let serviceId: string;
  let referralId: string;

  it('finds services by place and need', async () => {
    const res = await call(w.officer, 'GET', '/api/protection/services?country=MX&kind=anti_trafficking&subdivision=MX-CMX');
    const items = res.json().items as { id: string; agencyId: string; subdivision: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.subdivision).toBe('MX-CMX');
    serviceId = items.find((s) => s.agencyId === w.ngoAgencyId)!.id;
    const bad = await call(w.officer, 'GET', '/api/protection/services?kind=massage');
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a referral without consent for that recipient, and writes nothing', async () => {
    const before = await protectionCounts();
    const res = await call(w.officer, 'POST', `/api/protection/people/${w.personId}/referrals`, { ...body(), serviceId });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('PROTECTION_CONSENT_REQUIRED');
    expect(res.body).not.toContain('Ramiro');
    expect(await protectionCounts()).toEqual(before);
  });

  it('sends it with consent, with a follow-up task; the agency sees the referral and nothing else', async () => {
    const consent = await call(w.caseworker, 'POST', `/api/registry/people/${w.personId}/consents`, { purpose: 'referral', recipientAgencyId: w.ngoAgencyId });
    expect(consent.statusCode, consent.body).toBeLessThan(300);
    const sent = await call(w.officer, 'POST', `/api/protection/people/${w.personId}/referrals`, { ...body(), serviceId });
    expect(sent.statusCode, sent.body).toBe(201);
    referralId = sent.json().id;
    const tasks = (await call(w.officer, 'GET', '/api/protection/tasks')).json().items;
    expect(tasks.some((x: { referralId: string | null }) => x.referralId === referralId)).toBe(true);
    const incoming = await call(w.ngo, 'GET', '/api/protection/referrals/incoming');
    const r = incoming.json().items[0];
    expect(r.person).toEqual({ need: 'anti_trafficking', urgency: 'urgent', name: 'Juan Carlos Pérez Xicará', phone: '+502 5555 0101', languages: ['es', 'kek'], summary: SECRET_REFERRAL_SUMMARY });
    expect(incoming.body).not.toContain('pasaporte');
    for (const url of [`/api/protection/people/${w.personId}`, `/api/protection/people/${w.personId}/confidential`, `/api/cases/${w.caseId}`]) {
      const res = await call(w.ngo, 'GET', url);
      seenByOthers.push(res.body);
      if (res.statusCode === 200) expect(res.json().exists).toBe(false);
      else expect(res.statusCode).toBe(404);
    }
  });

  it('lets only the receiving agency accept and complete it', async () => {
    const notTheirs = await call(w.otherAgencyOfficer, 'POST', `/api/protection/referrals/${referralId}/response`, { decision: 'accepted', expectedVersion: 1 });
    expect(notTheirs.statusCode).toBe(404);
    const stranger = await call(w.otherStateOfficer, 'GET', `/api/protection/referrals/${referralId}`);
    expect(stranger.statusCode).toBe(404);
    seenByOthers.push(notTheirs.body, stranger.body);
    const accepted = await call(w.ngo, 'POST', `/api/protection/referrals/${referralId}/response`, { decision: 'accepted', expectedVersion: 1 });
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2 });
    const again = await call(w.ngo, 'POST', `/api/protection/referrals/${referralId}/response`, { decision: 'declined', reason: 'no_capacity', expectedVersion: 2 });
    expect(again.statusCode).toBe(409);
    const completed = await call(w.ngo, 'POST', `/api/protection/referrals/${referralId}/completion`, { expectedVersion: 2 });
    expect(completed.json().status).toBe('completed');
    const summary = await call(w.officer, 'GET', `/api/protection/people/${w.personId}`);
    expect(summary.json().referrals[0].status).toBe('completed');
  });
});

describe('the applicant answering for themself', () => {
  it('takes only the discreet questions, tells nothing back, and raises the flags for the officers', async () => {
    const user = await insertUser(t.db, { roles: ['applicant'], memberState: 'MX' });
    const office = (await t.db.selectFrom('offices').select('id').where('name', '=', 'COMAR Tapachula').executeTakeFirstOrThrow()).id;
    const { personIds } = await insertHousehold(t.db, { officeId: office, people: [{ givenNames: 'Rosa', familyName: 'Us', userId: user.id }] });
    const applicant = await signInAs(t.app, user.email);
    const form = await call(applicant, 'GET', '/api/protection/questionnaires/heightened-risk?mode=interviewer&lang=es');
    expect(form.json().mode).toBe('self');
    expect(form.body).not.toMatch(/tortura|violencia sexual/i);
    const body = { personId: personIds[0], questionnaire: 'heightened-risk', language: 'es' };
    const interviewerOnly = await call(applicant, 'POST', '/api/protection/me/assessments', { ...body, answers: { sgbv: true } });
    expect(interviewerOnly.statusCode).toBe(422);
    const notMine = await call(applicant, 'POST', '/api/protection/me/assessments', { ...body, personId: w.personId, answers: { in_danger_now: true } });
    expect(notMine.statusCode).toBe(404);
    const res = await call(applicant, 'POST', '/api/protection/me/assessments', { ...body, answers: { in_danger_now: true } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), received: true });
    expect((await call(applicant, 'GET', `/api/protection/people/${personIds[0]}`)).statusCode).toBe(404);
    const seen = await call(w.officer, 'GET', `/api/protection/people/${personIds[0]}`);
    expect(seen.json().priority).toBe('emergency');
  });
});

describe('bad input', () => {
  it('answers 4xx on every endpoint and writes nothing', async () => {
    const before = await protectionCounts();
    const P = '/api/protection';
    const cases: [Session, 'GET' | 'POST', string, unknown][] = [
      [w.caseworker, 'POST', `${P}/people/${w.personId}/assessments`, { ...traffickingScreening(), extra: 1 }],
      [w.caseworker, 'POST', `${P}/people/${w.personId}/assessments`, traffickingScreening({ answers: { not_a_question: true } })],
      [w.caseworker, 'POST', `${P}/people/${w.personId}/assessments`, traffickingScreening({ questionnaire: 'astrology' })],
      [w.caseworker, 'POST', `${P}/people/not-a-uuid/assessments`, traffickingScreening()],
      [w.caseworker, 'POST', `${P}/people/${w.personId}/assessments`, traffickingScreening({ answers: { documents_kept: 'yes' } })],
      [w.officer, 'POST', `${P}/people/${w.personId}/specific-needs`, { code: 'XX-YY', status: 'confirmed' }],
      [w.officer, 'POST', `${P}/people/${w.personId}/specific-needs`, { code: 'SV-VF', status: 'maybe' }],
      [w.officer, 'POST', `${P}/people/${w.personId}/flags`, { code: 'bad_luck' }],
      [w.officer, 'POST', `${P}/flags/00000000-0000-4000-8000-000000000000/resolve`, undefined],
      [w.officer, 'POST', `${P}/people/${w.personId}/shares`, { officeId: 'nope' }],
      [w.officer, 'POST', `${P}/people/${w.personId}/referrals`, { serviceId: '00000000-0000-4000-8000-000000000000', need: 'anti_trafficking' }],
      [w.officer, 'POST', `${P}/people/${w.personId}/referrals`, { serviceId: 'x', need: 'spa' }],
      [w.ngo, 'POST', `${P}/referrals/00000000-0000-4000-8000-000000000000/response`, { decision: 'accepted', expectedVersion: 1 }],
      [w.ngo, 'POST', `${P}/referrals/${'0'.repeat(8)}/completion`, { expectedVersion: 'one' }],
      [w.officer, 'POST', `${P}/tasks/00000000-0000-4000-8000-000000000000/done`, undefined],
      [w.officer, 'POST', `${P}/worker-reports`, { personId: w.personId, indicators: ['bad_weather'] }],
      [w.officer, 'GET', `${P}/queue?limit=100000`, undefined],
      [w.officer, 'GET', `${P}/questionnaires/horoscope`, undefined],
      [w.statistician, 'GET', `${P}/exports/htcds?k=2`, undefined],
    ];
    for (const [s, method, url, payload] of cases) {
      const res = await call(s, method, url, payload);
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
      seenByOthers.push(res.body);
    }
    expect(await protectionCounts()).toEqual(before);
  });
});

describe('no confidential value by any other path', () => {
  it('keeps them out of searches, exports, the audit trail and error messages', async () => {
    const paths: [Session, string][] = [
      [w.caseworker, '/api/cases/search?q=Juan'],
      [w.caseworker, `/api/registry/search?q=Juan`],
      [w.caseworker, '/api/cases/export.csv'],
      [w.statistician, '/api/protection/exports/htcds'],
      [w.auditor, '/api/audit/events?limit=500'],
      [w.caseworker, `/api/cases/${w.caseId}/timeline`],
    ];
    for (const [s, url] of paths) {
      const res = await call(s, 'GET', url);
      seenByOthers.push(res.body);
    }
    const audit = await t.db.selectFrom('audit_events').select('details').execute();
    seenByOthers.push(JSON.stringify(audit));
    for (const body of seenByOthers) for (const secret of SECRETS) expect(body).not.toContain(secret);
  });
});
