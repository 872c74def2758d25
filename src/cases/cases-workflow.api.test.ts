/**
 * A resettlement case from application to arrival through the API, illegal moves, four eyes,
 * optimistic concurrency (real concurrency on PostgreSQL), case numbers and workflow versions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';
import { countCaseRows, ensureProgrammes, insertHousehold, insertScreeningResult, multipartBody, openCaseVia, PDF_BYTES } from '../../test/helpers/cases-factories.ts';

let t: TestApp;
let caseworker: Session;
let caseworker2: Session;
let supervisor: Session;
let monterrey: Session;
let applicant: Session;
let applicantUserId: string;
let caAdmin: Session;
let mxAdmin: Session;

beforeAll(async () => {
  t = await createTestApp({ env: { FILES_DIR: `data/test/files-${process.pid}` } });
  await ensureProgrammes(t.db);
  caseworker = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' })).email);
  caseworker2 = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' })).email);
  supervisor = await signInAs(t.app, (await insertUser(t.db, { roles: ['supervisor'], office: 'COMAR Ciudad de México' })).email);
  monterrey = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Monterrey' })).email);
  const a = await insertUser(t.db, { roles: ['applicant'], memberState: 'MX', locale: 'fr' });
  applicantUserId = a.id;
  applicant = await signInAs(t.app, a.email);
  caAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['programme_admin'], office: 'IRCC Ottawa' })).email);
  mxAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['programme_admin'], office: 'COMAR Tapachula' })).email);
  // Sign-ins hash passwords: generous on a loaded machine where every test file runs at once.
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function getCase(id: string, s: Session = caseworker) {
  const res = await t.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: s.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function post(url: string, payload: unknown, s: Session = caseworker) {
  return t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
}

async function move(id: string, toStage: string, s: Session = caseworker) {
  const c = await getCase(id, s);
  return post(`/api/cases/${id}/move`, { toStage, expectedVersion: c.version }, s);
}

async function facts(id: string, values: Record<string, unknown>) {
  const c = await getCase(id);
  const res = await post(`/api/cases/${id}/facts`, { facts: values, expectedVersion: c.version });
  expect(res.statusCode, res.body).toBe(200);
}

async function upload(id: string, type: string) {
  const body = multipartBody(`${type}.pdf`, 'application/pdf', PDF_BYTES);
  const res = await t.app.inject({ method: 'POST', url: `/api/cases/${id}/documents?type=${type}`, headers: { ...caseworker.headers, ...body.headers }, payload: body.payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function completeStageTasks(id: string) {
  const c = await getCase(id);
  for (const task of c.tasks.filter((x: { status: string; forApplicant: boolean }) => x.status === 'open' && !x.forApplicant)) {
    expect((await post(`/api/cases/${id}/tasks/${task.id}/complete`, {})).statusCode).toBe(200);
  }
}

async function applicantStage(id: string): Promise<{ stageName: string; stageExplanation: string; stagesDone: { code: string }[] }> {
  const res = await t.app.inject({ method: 'GET', url: `/api/my/cases/${id}?lang=fr`, headers: applicant.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('a resettlement case from application to arrival', () => {
  it('moves through every stage, with a supervisor approving the recommendation, and the applicant follows in French', async () => {
    const { householdId } = await insertHousehold(t.db, { people: [{ givenNames: 'Jean', familyName: 'Baptiste', userId: applicantUserId }, { givenNames: 'Marie', familyName: 'Baptiste' }] });
    const { id, caseNumber } = await openCaseVia(t.app, caseworker, { programmeCode: 'ca_gar', householdId });
    expect(caseNumber).toMatch(/^MX-\d{4}-\d{6}$/);
    const seen: string[] = [];
    const expectApplicantSees = async (stage: string, frName: string) => {
      const view = await applicantStage(id);
      expect(view.stageName).toBe(frName);
      expect(view.stageExplanation.length).toBeGreaterThan(10);
      seen.push(stage);
      expect(view.stagesDone.map((s) => s.code)).toEqual(seen);
    };
    await expectApplicantSees('identification', 'Identification par le HCR');

    // Skipping a stage is refused and changes nothing.
    const skip = await move(id, 'interview');
    expect(skip.statusCode).toBe(422);
    expect(skip.json().error.code).toBe('CASE_MOVE_NOT_ALLOWED');
    // Requirements: the stage's task is still open.
    const early = await move(id, 'referral');
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('CASE_REQUIREMENTS_UNMET');
    await completeStageTasks(id);
    expect((await move(id, 'referral')).statusCode).toBe(200);
    await expectApplicantSees('referral', 'Recommandation et catégories de soumission');

    await facts(id, { primary_category: 'lpp', secondary_category: 'lfs' });
    await upload(id, 'resettlement_registration_form');
    const rec = await post(`/api/cases/${id}/decisions`, { kind: 'recommendation', outcome: 'recommend', reasonCodes: ['protection_need_established'], legalBasis: 'UNHCR Resettlement Handbook 3.2 (LPP)' });
    expect(rec.statusCode, rec.body).toBe(201);
    expect((await move(id, 'prescreening')).json().error.code).toBe('CASE_REQUIREMENTS_UNMET');
    const approve = await post(`/api/cases/${id}/decisions/${rec.json().id}/review`, { approve: true, comment: 'Categories well founded.' }, supervisor);
    expect(approve.statusCode, approve.body).toBe(200);
    expect(approve.json().status).toBe('approved');
    expect((await move(id, 'prescreening')).statusCode).toBe(200);
    await expectApplicantSees('prescreening', 'Pré-examen');

    // The applicant is asked for their identity document and uploads it.
    const mine = (await applicantStage(id)) as unknown as { requestedDocuments: { taskId: string; documentType: string; title: string }[] };
    expect(mine.requestedDocuments).toHaveLength(1);
    expect(mine.requestedDocuments[0].title).toBe("Téléversez une copie de votre pièce d'identité");
    const idDoc = multipartBody('passeport.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/my/cases/${id}/documents?type=identity_document&taskId=${mine.requestedDocuments[0].taskId}`,
      headers: { ...applicant.headers, ...idDoc.headers },
      payload: idDoc.payload,
    });
    expect(up.statusCode, up.body).toBe(201);
    expect((await move(id, 'interview')).statusCode).toBe(200);
    await expectApplicantSees('interview', 'Entretien');

    const iv = await post(`/api/cases/${id}/interviews`, { scheduledAt: '2026-12-10T09:00:00-06:00', place: 'ACNUR Tapachula', language: 'fr', interpreter: 'Interprète créole' });
    expect(iv.statusCode, iv.body).toBe(201);
    expect((await post(`/api/cases/${id}/interviews/${iv.json().id}/record`, { status: 'held', outcomeNote: 'Credible account.' })).statusCode).toBe(200);
    const dec = await post(`/api/cases/${id}/decisions`, { kind: 'decision', outcome: 'approved', reasonCodes: ['eligibility_met'], legalBasis: 'IRPR s. 139 and 145' });
    expect(dec.statusCode, dec.body).toBe(201);
    expect((await move(id, 'security_medical')).statusCode).toBe(200);
    await expectApplicantSees('security_medical', 'Contrôles de sécurité et médicaux');

    await facts(id, { security_cleared: true, medical_cleared: true });
    await upload(id, 'medical_report');
    expect((await move(id, 'orientation')).statusCode).toBe(200);
    await expectApplicantSees('orientation', 'Orientation culturelle');
    await facts(id, { orientation_completed: true });
    expect((await move(id, 'travel')).statusCode).toBe(200);
    await expectApplicantSees('travel', 'Voyage');
    await facts(id, { departure_date: '2027-01-15' });
    await upload(id, 'travel_document');
    expect((await move(id, 'arrival')).statusCode).toBe(200);
    await expectApplicantSees('arrival', 'Arrivée');

    // Timeline and audit trail show every step.
    const timeline = (await t.app.inject({ method: 'GET', url: `/api/cases/${id}/timeline`, headers: caseworker.headers })).json().items as { kind: string; details: { to?: string } }[];
    const moves = timeline.filter((e) => e.kind === 'stage_moved').map((e) => e.details.to);
    expect(moves).toEqual(['referral', 'prescreening', 'interview', 'security_medical', 'orientation', 'travel', 'arrival']);
    for (const kind of ['opened', 'recommendation_requested', 'recommendation_approved', 'interview_scheduled', 'interview_recorded', 'decision_recorded', 'document_uploaded', 'facts_recorded']) {
      expect(timeline.map((e) => e.kind)).toContain(kind);
    }
    const audit = await t.db.selectFrom('audit_events').select('action').where('record_id', '=', id).orderBy('seq').execute();
    expect(audit.filter((a) => a.action === 'case.stage_moved')).toHaveLength(7);
    expect(audit.length).toBe(timeline.length);
    // The applicant was notified through the outbox, without names in the parameters.
    const outbox = await t.db.selectFrom('notification_outbox').select(['template', 'params']).where('case_id', '=', id).execute();
    expect(outbox.filter((o) => o.template === 'case.stage_changed')).toHaveLength(7);
    expect(JSON.stringify(outbox)).not.toContain('Baptiste');

    // The last stage has no next one; closing needs a supervisor, then the case can no longer move.
    const closure = await post(`/api/cases/${id}/decisions`, { kind: 'closure', outcome: 'completed', reasonCodes: ['process_completed'], legalBasis: 'Arrived in Canada' });
    expect(closure.statusCode).toBe(201);
    const c = await getCase(id);
    const closed = await post(`/api/cases/${id}/decisions/${closure.json().id}/review`, { approve: true }, supervisor);
    expect(closed.statusCode, closed.body).toBe(200);
    const after = await getCase(id);
    expect(after.status).toBe('closed');
    const moveClosed = await post(`/api/cases/${id}/move`, { toStage: 'travel', expectedVersion: after.version });
    expect(moveClosed.statusCode).toBe(409);
    expect(moveClosed.json().error.code).toBe('CASE_CLOSED');
    expect(c.version).toBeLessThan(after.version);
  });
});

describe('illegal moves change nothing', () => {
  it('refuses approving your own recommendation (four eyes)', async () => {
    const { householdId } = await insertHousehold(t.db);
    const { id } = await openCaseVia(t.app, supervisor, { programmeCode: 'mx_comar_asylum', householdId });
    const rec = await post(`/api/cases/${id}/decisions`, { kind: 'recommendation', outcome: 'recommend', reasonCodes: ['protection_need_established'], legalBasis: 'LRPCAP art. 13' }, supervisor);
    expect(rec.statusCode).toBe(201);
    const before = await countCaseRows(t.db, 'case_events');
    const own = await post(`/api/cases/${id}/decisions/${rec.json().id}/review`, { approve: true }, supervisor);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('CASE_OWN_APPROVAL');
    expect(await countCaseRows(t.db, 'case_events')).toBe(before);
    const d = await t.db.selectFrom('case_decisions').select('status').where('id', '=', rec.json().id).executeTakeFirstOrThrow();
    expect(d.status).toBe('pending');
    // A caseworker cannot approve at all.
    expect((await post(`/api/cases/${id}/decisions/${rec.json().id}/review`, { approve: true })).statusCode).toBe(403);
  });

  it('answers 404 to a caseworker of another office and 403 on a supervisor-only stage', async () => {
    const { householdId } = await insertHousehold(t.db);
    const { id } = await openCaseVia(t.app, caseworker, { programmeCode: 'ca_family_class', householdId });
    const before = await getCase(id);
    for (const [url, payload] of [
      [`/api/cases/${id}/move`, { toStage: 'relationship_evidence', expectedVersion: before.version }],
      [`/api/cases/${id}/notes`, { body: 'Not mine' }],
      [`/api/cases/${id}/assign`, { assigneeId: null, expectedVersion: before.version }],
    ] as const) {
      const res = await post(url, payload, monterrey);
      expect(res.statusCode, url).toBe(404);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: monterrey.headers })).statusCode).toBe(404);
    expect((await getCase(id)).version).toBe(before.version);
    // Walk to the decision stage, which only a supervisor moves on.
    await upload(id, 'sponsorship_undertaking');
    await completeStageTasks(id);
    expect((await move(id, 'relationship_evidence')).statusCode).toBe(200);
    await upload(id, 'relationship_evidence');
    await facts(id, { relationship_verified: true });
    expect((await move(id, 'interview')).statusCode).toBe(200);
    const iv = await post(`/api/cases/${id}/interviews`, { scheduledAt: '2026-12-01T10:00:00Z', place: 'IRCC video link', language: 'es' });
    await post(`/api/cases/${id}/interviews/${iv.json().id}/record`, { status: 'held' });
    expect((await move(id, 'decision')).statusCode).toBe(200);
    await post(`/api/cases/${id}/decisions`, { kind: 'decision', outcome: 'approved', reasonCodes: ['relationship_established'], legalBasis: 'IRPR s. 117' });
    const byCaseworker = await move(id, 'travel');
    expect(byCaseworker.statusCode).toBe(403);
    expect(byCaseworker.json().error.code).toBe('CASE_STAGE_ROLE_REQUIRED');
    expect((await move(id, 'travel', supervisor)).statusCode).toBe(200);
  });

  it('lets only one of two caseworkers moving the same case at once succeed; the other gets 409', async () => {
    const { householdId } = await insertHousehold(t.db);
    const { id } = await openCaseVia(t.app, caseworker, { programmeCode: 'mx_comar_asylum', householdId });
    await completeStageTasks(id);
    const c = await getCase(id);
    const body = { toStage: 'eligibility_interview', expectedVersion: c.version };
    const results = await Promise.all([post(`/api/cases/${id}/move`, body, caseworker), post(`/api/cases/${id}/move`, body, caseworker2)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('CASE_VERSION_CONFLICT');
    const moves = await t.db.selectFrom('case_events').select('id').where('case_id', '=', id).where('kind', '=', 'stage_moved').execute();
    expect(moves).toHaveLength(1);
    // A stale version is refused too.
    const stale = await post(`/api/cases/${id}/move`, { toStage: 'analysis', expectedVersion: c.version });
    expect(stale.statusCode).toBe(409);
  });

  it('numbers cases per member state without gaps or repeats, even when opened at once', async () => {
    const households = await Promise.all(Array.from({ length: 5 }, () => insertHousehold(t.db)));
    const opened = await Promise.all(households.map((h) => openCaseVia(t.app, caseworker, { programmeCode: 'mx_tvtf', householdId: h.householdId })));
    const numbers = opened.map((o) => Number(o.caseNumber.split('-')[2])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(5);
    expect(numbers[4] - numbers[0]).toBe(4);
    const ca = await insertHousehold(t.db, { memberState: 'CA', subdivision: 'CA-ON' });
    const caWorker = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'IRCC Ottawa' })).email);
    const caCase = await openCaseVia(t.app, caWorker, { programmeCode: 'ca_sawp', householdId: ca.householdId });
    expect(caCase.caseNumber).toMatch(/^CA-\d{4}-000001$/);
  });
});

describe('opening cases', () => {
  it('records the screening a case started from, and keeps an applicant from applying against a negative screening', async () => {
    const { householdId } = await insertHousehold(t.db);
    const screening = await insertScreeningResult(t.db, householdId, 'mx_tvtf', 'eligible');
    const { id } = await openCaseVia(t.app, caseworker, { programmeCode: 'mx_tvtf', householdId });
    expect((await getCase(id)).screeningResultId).toBe(screening);
    const again = await post('/api/cases', { programmeCode: 'mx_tvtf', householdId });
    expect(again.statusCode).toBe(409);

    const a = await insertUser(t.db, { roles: ['applicant'], memberState: 'MX' });
    const session = await signInAs(t.app, a.email);
    const own = await insertHousehold(t.db, { people: [{ givenNames: 'Kenson', familyName: 'Louis', userId: a.id }] });
    await insertScreeningResult(t.db, own.householdId, 'mx_comar_asylum', 'not_eligible');
    const before = await countCaseRows(t.db, 'cases');
    const refused = await post('/api/my/cases', { programmeCode: 'mx_comar_asylum' }, session);
    expect(refused.statusCode).toBe(422);
    expect(await countCaseRows(t.db, 'cases')).toBe(before);
    const applied = await post('/api/my/cases', { programmeCode: 'mx_tvtf' }, session);
    expect(applied.statusCode, applied.body).toBe(201);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/my/cases?lang=pt', headers: session.headers })).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0].stageExplanation).toMatch(/empregador/);
  });
});

describe('workflows as data', () => {
  it('lets the host state\'s programme administrator publish a new version; cases in flight keep theirs', async () => {
    const { householdId } = await insertHousehold(t.db);
    const { id } = await openCaseVia(t.app, caseworker, { programmeCode: 'ca_sawp', householdId });
    const current = (await t.app.inject({ method: 'GET', url: '/api/cases/workflows/ca_sawp', headers: caAdmin.headers })).json();
    const def = current.definition;
    const biometrics = { ...def.stages.find((s: { code: string }) => s.code === 'permit'), code: 'biometrics', name: { en: 'Biometrics', es: 'Biometría', fr: 'Biométrie', ht: 'Biyometri', pt: 'Biometria' }, requirements: [], tasks: [], next: ['travel'] };
    const stages = def.stages.map((s: { code: string; next: string[] }) => (s.code === 'permit' ? { ...s, next: ['biometrics'] } : s));
    stages.splice(3, 0, biometrics);
    const payload = { definition: { ...def, stages }, changeNote: 'IRCC biometrics before travel' };
    const byOther = await t.app.inject({ method: 'PUT', url: '/api/cases/workflows/ca_sawp', headers: mxAdmin.headers, payload });
    expect(byOther.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PUT', url: '/api/cases/workflows/ca_sawp', headers: caseworker.headers, payload })).statusCode).toBe(403);
    const broken = { definition: { ...def, stages: stages.map((s: { code: string }) => (s.code === 'permit' ? { ...s, next: ['nowhere'] } : s)) }, changeNote: 'broken' };
    const before = await countCaseRows(t.db, 'case_workflows');
    expect((await t.app.inject({ method: 'PUT', url: '/api/cases/workflows/ca_sawp', headers: caAdmin.headers, payload: broken })).statusCode).toBe(400);
    expect(await countCaseRows(t.db, 'case_workflows')).toBe(before);
    const res = await t.app.inject({ method: 'PUT', url: '/api/cases/workflows/ca_sawp', headers: caAdmin.headers, payload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(current.version + 1);
    const inFlight = await getCase(id);
    expect(inFlight.workflow.version).toBe(current.version);
    expect(inFlight.stages.map((s: { code: string }) => s.code)).not.toContain('biometrics');
    const fresh = await openCaseVia(t.app, caseworker, { programmeCode: 'ca_sawp', householdId: (await insertHousehold(t.db)).householdId });
    expect((await getCase(fresh.id)).stages.map((s: { code: string }) => s.code)).toContain('biometrics');
  });
});
