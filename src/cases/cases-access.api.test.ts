/**
 * Access to every cases endpoint: anonymous 401, another member state 404, wrong role 403, and bad
 * input 400 — each time with nothing written. Also documents, search, export, workload and stats.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';
import { countCaseRows, ensureProgrammes, insertHousehold, multipartBody, openCaseVia, PDF_BYTES } from '../../test/helpers/cases-factories.ts';
import { dispatchOutbox, type NotificationAdapter } from './service/notifications.ts';

let t: TestApp;
let caseworker: Session;
let supervisor: Session;
let guatemala: Session;
let applicant: Session;
let programmeAdmin: Session;
let caseId: string;
let caseNumber: string;
let taskId: string;
let docId: string;
let decisionId: string;

const TABLES = ['cases', 'case_events', 'case_tasks', 'case_documents', 'case_decisions', 'case_notes', 'notification_outbox', 'audit_events', 'case_workflows'] as const;
async function snapshot() {
  return Promise.all(TABLES.map((table) => countCaseRows(t.db, table)));
}

beforeAll(async () => {
  t = await createTestApp({ env: { FILES_DIR: `data/test/files-access-${process.pid}` } });
  await ensureProgrammes(t.db);
  caseworker = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' })).email);
  supervisor = await signInAs(t.app, (await insertUser(t.db, { roles: ['supervisor'], office: 'COMAR Ciudad de México' })).email);
  guatemala = await signInAs(t.app, (await insertUser(t.db, { roles: ['supervisor'], office: 'IGM Ciudad de Guatemala' })).email);
  applicant = await signInAs(t.app, (await insertUser(t.db, { roles: ['applicant'], memberState: 'MX' })).email);
  programmeAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['programme_admin'], office: 'COMAR Tapachula' })).email);
  const { householdId } = await insertHousehold(t.db, { people: [{ givenNames: 'José Luis', familyName: 'Ramírez', documentNumber: 'HN-1234 5678' }] });
  ({ id: caseId, caseNumber } = await openCaseVia(t.app, caseworker, { programmeCode: 'mx_comar_asylum', householdId }));
  const task = await t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/tasks`, headers: caseworker.headers, payload: { title: 'Call back', dueOn: '2020-01-01' } });
  taskId = task.json().id;
  const body = multipartBody('acta.pdf', 'application/pdf', PDF_BYTES);
  docId = (await t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/documents?type=identity_document`, headers: { ...caseworker.headers, ...body.headers }, payload: body.payload })).json().id;
  decisionId = (
    await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/decisions`,
      headers: caseworker.headers,
      payload: { kind: 'recommendation', outcome: 'recommend', reasonCodes: ['protection_need_established'], legalBasis: 'LRPCAP art. 13 I' },
    })
  ).json().id;
  // Sign-ins hash passwords: generous on a loaded machine where every test file runs at once.
}, 180_000);
afterAll(async () => {
  await t?.close();
});

type Call = { method: 'GET' | 'POST' | 'PUT'; url: () => string; payload?: () => unknown; bad?: () => unknown };
const v = () => 1;
const CALLS: Call[] = [
  { method: 'GET', url: () => '/api/cases/queue' },
  { method: 'GET', url: () => '/api/cases/search?name=ramirez' },
  { method: 'GET', url: () => '/api/cases/export.csv' },
  { method: 'GET', url: () => `/api/cases/${caseId}` },
  { method: 'GET', url: () => `/api/cases/${caseId}/timeline` },
  { method: 'GET', url: () => `/api/cases/${caseId}/documents/${docId}` },
  { method: 'POST', url: () => '/api/cases', payload: () => ({ programmeCode: 'mx_tvtf', householdId: '00000000-0000-4000-8000-000000000001' }), bad: () => ({ programmeCode: 'mx_tvtf', householdId: 'x', extra: 1 }) },
  { method: 'POST', url: () => `/api/cases/${caseId}/move`, payload: () => ({ toStage: 'eligibility_interview', expectedVersion: v() }), bad: () => ({ toStage: 'Bad Stage!', expectedVersion: 0 }) },
  { method: 'POST', url: () => `/api/cases/${caseId}/assign`, payload: () => ({ assigneeId: null, expectedVersion: v() }), bad: () => ({ assigneeId: 'me' }) },
  { method: 'POST', url: () => `/api/cases/${caseId}/facts`, payload: () => ({ facts: { a_fact: 'x' }, expectedVersion: v() }), bad: () => ({ facts: {}, expectedVersion: 1 }) },
  { method: 'POST', url: () => `/api/cases/${caseId}/tasks`, payload: () => ({ title: 'x', dueOn: '2027-01-01' }), bad: () => ({ title: '', dueOn: 'tomorrow' }) },
  { method: 'POST', url: () => `/api/cases/${caseId}/tasks/${taskId}/complete`, payload: () => ({}), bad: () => ({ status: 'maybe' }) },
  { method: 'POST', url: () => `/api/cases/${caseId}/interviews`, payload: () => ({ scheduledAt: '2027-01-01T10:00:00Z', place: 'x', language: 'es' }), bad: () => ({ scheduledAt: 'soon', place: '', language: 'Spanish' }) },
  { method: 'POST', url: () => `/api/cases/${caseId}/notes`, payload: () => ({ body: 'x' }), bad: () => ({ body: 42 }) },
  { method: 'POST', url: () => `/api/cases/${caseId}/messages`, payload: () => ({ body: 'x' }), bad: () => ({}) },
  {
    method: 'POST',
    url: () => `/api/cases/${caseId}/decisions`,
    payload: () => ({ kind: 'decision', outcome: 'approved', reasonCodes: ['eligibility_met'], legalBasis: 'x' }),
    bad: () => ({ kind: 'decision', outcome: 'recommend', reasonCodes: ['other'], legalBasis: 'x' }),
  },
  { method: 'POST', url: () => `/api/cases/${caseId}/decisions/${decisionId}/review`, payload: () => ({ approve: true }), bad: () => ({ approve: 'yes' }) },
];

describe('access to the cases endpoints', () => {
  it('answers 401 to anonymous callers everywhere and changes nothing', async () => {
    const before = await snapshot();
    for (const c of CALLS) {
      const res = await t.app.inject({ method: c.method, url: c.url(), payload: c.payload?.() as object });
      expect(res.statusCode, c.url()).toBe(401);
    }
    for (const url of ['/api/cases/workload', '/api/cases/stats', '/api/my/cases', `/api/my/cases/${caseId}`]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 to another member state\'s supervisor, also through search and export, and changes nothing', async () => {
    const before = await snapshot();
    for (const c of CALLS.filter((x) => x.url().includes(caseId))) {
      const res = await t.app.inject({ method: c.method, url: c.url(), headers: guatemala.headers, payload: c.payload?.() as object });
      expect(res.statusCode, c.url()).toBe(404);
    }
    const search = await t.app.inject({ method: 'GET', url: `/api/cases/search?number=${caseNumber}`, headers: guatemala.headers });
    expect(search.json().items).toEqual([]);
    const queue = await t.app.inject({ method: 'GET', url: '/api/cases/queue', headers: guatemala.headers });
    expect(queue.json().items).toEqual([]);
    const csv = await t.app.inject({ method: 'GET', url: '/api/cases/export.csv', headers: guatemala.headers });
    expect(csv.body).not.toContain(caseNumber);
    // The export itself is audited; nothing else was written.
    const after = await snapshot();
    expect(after.map((n, i) => (TABLES[i] === 'audit_events' ? n - 1 : n))).toEqual(before);
  });

  it('answers 403 to roles without the scope (applicant, programme administrator) and changes nothing', async () => {
    const before = await snapshot();
    for (const session of [applicant, programmeAdmin]) {
      for (const c of CALLS) {
        const res = await t.app.inject({ method: c.method, url: c.url(), headers: session.headers, payload: c.payload?.() as object });
        expect(res.statusCode, `${c.method} ${c.url()}`).toBe(403);
      }
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/cases/workload', headers: caseworker.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/cases/stats', headers: caseworker.headers })).statusCode).toBe(403);
    // An applicant's own view answers 404 for a case that does not cover them.
    expect((await t.app.inject({ method: 'GET', url: `/api/my/cases/${caseId}`, headers: applicant.headers })).statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 400 to bad input on every endpoint, never 5xx, and writes nothing', async () => {
    const before = await snapshot();
    for (const c of CALLS.filter((x) => x.bad)) {
      const session = c.url().endsWith('/review') ? supervisor : caseworker;
      const res = await t.app.inject({ method: c.method, url: c.url(), headers: session.headers, payload: c.bad?.() as object });
      expect(res.statusCode, `${c.url()} ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    for (const url of ['/api/cases/not-a-uuid', '/api/cases/queue?limit=100000', '/api/cases/queue?priority=high', '/api/cases/search?openedFrom=2026-02-01&openedTo=2026-01-01', '/api/cases/search?number=123', '/api/cases/export.csv?stage=X', '/api/cases/queue?unknown=1', `/api/cases/${caseId}/documents/nope`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: caseworker.headers });
      expect(res.statusCode, url).toBe(400);
    }
    const json = await t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/notes`, headers: { ...caseworker.headers, 'content-type': 'application/json' }, payload: '{"body":' });
    expect(json.statusCode).toBe(400);
    // Rule violations are 4xx too: an unknown fact, a not-yet-open task again, an unknown programme.
    const fact = await t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/facts`, headers: caseworker.headers, payload: { facts: { not_a_fact: true }, expectedVersion: 1 } });
    expect(fact.statusCode).toBe(422);
    const { householdId } = await insertHousehold(t.db);
    const prog = await t.app.inject({ method: 'POST', url: '/api/cases', headers: caseworker.headers, payload: { programmeCode: 'no_such_programme', householdId } });
    expect(prog.statusCode).toBe(404);
    const paused = await t.app.inject({ method: 'POST', url: '/api/cases', headers: caseworker.headers, payload: { programmeCode: 'us_usrap_unhcr_referral', householdId } });
    expect(paused.statusCode).toBe(422);
    expect(await snapshot()).toEqual(before);
  });
});

describe('visibility by office, jurisdiction and agency', () => {
  it('shows a case to staff of its jurisdiction and to supervisors of its agency, not to other offices', async () => {
    const inm = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'INM Tapachula' })).email);
    const acnurSupervisor = await signInAs(t.app, (await insertUser(t.db, { roles: ['supervisor'], office: 'ACNUR Ciudad de México' })).email);
    const monterrey = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Monterrey' })).email);
    const see = async (s: Session) => (await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: s.headers })).statusCode;
    expect(await see(inm)).toBe(200); // same jurisdiction, MX-CHP
    expect(await see(supervisor)).toBe(200); // COMAR supervisor in another office: their agency's offices
    expect(await see(acnurSupervisor)).toBe(404); // another agency, another jurisdiction
    expect(await see(monterrey)).toBe(404); // same agency, other office and jurisdiction
    const found = await t.app.inject({ method: 'GET', url: `/api/cases/search?number=${caseNumber}`, headers: monterrey.headers });
    expect(found.json().items).toEqual([]);
    const download = await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/documents/${docId}`, headers: monterrey.headers });
    expect(download.statusCode).toBe(404);
  });
});

describe('documents', () => {
  it('stores the file outside the database with its checksum; download checks access and is audited', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/documents/${docId}`, headers: supervisor.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.equals(PDF_BYTES)).toBe(true);
    const audit = await t.db.selectFrom('audit_events').select('action').where('record_id', '=', docId).execute();
    expect(audit.map((a) => a.action)).toContain('case.document_downloaded');
    const row = await t.db.selectFrom('case_documents').select(['sha256', 'size_bytes', 'storage_key']).where('id', '=', docId).executeTakeFirstOrThrow();
    expect(row.size_bytes).toBe(PDF_BYTES.length);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses other types, disguised files and files over the limit, writing nothing', async () => {
    const before = await snapshot();
    const cases: [string, string, Buffer, number][] = [
      ['page.html', 'text/html', Buffer.from('<script>alert(1)</script>'), 415],
      ['fake.pdf', 'application/pdf', Buffer.from('MZ not a pdf at all'), 415],
      ['big.pdf', 'application/pdf', Buffer.concat([PDF_BYTES, Buffer.alloc(10 * 1024 * 1024 + 10)]), 413],
    ];
    for (const [name, type, content, status] of cases) {
      const body = multipartBody(name, type, content);
      const res = await t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/documents?type=other`, headers: { ...caseworker.headers, ...body.headers }, payload: body.payload });
      expect(res.statusCode, `${name} ${res.body}`).toBe(status);
    }
    const notMultipart = await t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/documents?type=other`, headers: caseworker.headers, payload: { a: 1 } });
    expect(notMultipart.statusCode).toBe(415);
    const badType = multipartBody('a.pdf', 'application/pdf', PDF_BYTES);
    expect((await t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/documents?type=selfie`, headers: { ...caseworker.headers, ...badType.headers }, payload: badType.payload })).statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});

describe('search, export, queue, workload and statistics', () => {
  it('finds cases by number, by a misspelt name and by document number', async () => {
    const byNumber = await t.app.inject({ method: 'GET', url: `/api/cases/search?number=${caseNumber}`, headers: caseworker.headers });
    expect(byNumber.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const typo = await t.app.inject({ method: 'GET', url: `/api/cases/search?name=${encodeURIComponent('Jose Luiz Ramires')}`, headers: caseworker.headers });
    expect(typo.json().items.map((c: { id: string }) => c.id)).toContain(caseId);
    const doc = await t.app.inject({ method: 'GET', url: '/api/cases/search?document=hn12345678', headers: caseworker.headers });
    expect(doc.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const stage = await t.app.inject({ method: 'GET', url: '/api/cases/search?stage=registration&openedFrom=2020-01-01', headers: caseworker.headers });
    expect(stage.json().items.map((c: { id: string }) => c.id)).toContain(caseId);
  });

  it('tolerates a badly mistyped word and another word order, and finds nobody by name outside the scope', async () => {
    const search = (name: string, who: Session) => t.app.inject({ method: 'GET', url: `/api/cases/search?name=${encodeURIComponent(name)}`, headers: who.headers });
    const ids = async (name: string, who: Session) => (await search(name, who)).json().items.map((c: { id: string }) => c.id);
    expect(await ids('Ramírez José', caseworker)).toContain(caseId);
    expect(await ids('Jsoe Luis Ramirez', caseworker)).toContain(caseId);
    expect(await ids('Ramires', caseworker)).toContain(caseId);
    expect(await ids('Wideline Thermidor', caseworker)).not.toContain(caseId);
    expect(await ids('Jose Luis Ramirez', guatemala)).toEqual([]);
  });

  it('finds a case by the names of everyone it covers, and by a corrected name once the registry changes it', async () => {
    const ids = async (name: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/cases/search?name=${encodeURIComponent(name)}`, headers: caseworker.headers })).json().items.map((c: { id: string }) => c.id);
    const { householdId, personIds } = await insertHousehold(t.db, {
      people: [
        { givenNames: 'Wideline', familyName: 'Dorvilus' },
        { givenNames: 'Kensonne', familyName: 'Celestinne', relationship: 'child' },
      ],
    });
    const opened = await openCaseVia(t.app, caseworker, { programmeCode: 'mx_comar_asylum', householdId });
    expect(await ids('Widelyne Dorbilus')).toContain(opened.id);
    expect(await ids('Kénsonne Célestinne')).toContain(opened.id);
    const person = await t.db.selectFrom('people').select('version').where('id', '=', personIds[1]).executeTakeFirstOrThrow();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/registry/people/${personIds[1]}`,
      headers: caseworker.headers,
      payload: { expectedVersion: person.version, changes: { givenNames: 'Anaïs', familyName1: 'Augustin' } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await ids('Anais Augustin')).toContain(opened.id);
    expect(await ids('Kénsonne Célestinne')).not.toContain(opened.id);
    expect(await ids('Widelyne Dorbilus')).toContain(opened.id);
  });

  it('pages through the queue with a cursor, in order and without repeats', async () => {
    for (const priority of ['urgent', 'normal', 'urgent'] as const) {
      const { householdId } = await insertHousehold(t.db);
      await openCaseVia(t.app, caseworker, { programmeCode: 'mx_tvtf', householdId, priority });
    }
    const all = (await t.app.inject({ method: 'GET', url: '/api/cases/queue?limit=200', headers: caseworker.headers })).json();
    expect(all.nextCursor).toBeNull();
    const paged: string[] = [];
    let after = '';
    for (;;) {
      const page = (await t.app.inject({ method: 'GET', url: `/api/cases/queue?limit=2${after}`, headers: caseworker.headers })).json();
      paged.push(...page.items.map((c: { id: string }) => c.id));
      if (!page.nextCursor) break;
      after = `&after=${page.nextCursor}`;
    }
    expect(paged).toEqual(all.items.map((c: { id: string }) => c.id));
    const rank = { emergency: 3, urgent: 2, normal: 1 } as Record<string, number>;
    const ranks = all.items.map((c: { priority: string }) => rank[c.priority]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const bad = await t.app.inject({ method: 'GET', url: '/api/cases/queue?after=bm90LWEtY3Vyc29y', headers: caseworker.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('exports the own office\'s cases as CSV, audited', async () => {
    const before = await countCaseRows(t.db, 'audit_events');
    const res = await t.app.inject({ method: 'GET', url: '/api/cases/export.csv?status=open', headers: caseworker.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.split('\r\n')[0]).toContain('case_number');
    expect(res.body).toContain(caseNumber);
    expect(await countCaseRows(t.db, 'audit_events')).toBe(before + 1);
    // The supervisor's office (Ciudad de México) holds none of these cases.
    const other = await t.app.inject({ method: 'GET', url: '/api/cases/export.csv', headers: supervisor.headers });
    expect(other.body).not.toContain(caseNumber);
  });

  it('orders the queue by priority and highlights overdue work; supervisors see workload and pending approvals', async () => {
    const { householdId } = await insertHousehold(t.db);
    const urgent = await openCaseVia(t.app, caseworker, { programmeCode: 'mx_tvtf', householdId, priority: 'emergency' });
    const queue = (await t.app.inject({ method: 'GET', url: '/api/cases/queue', headers: caseworker.headers })).json().items;
    expect(queue[0].id).toBe(urgent.id);
    expect(queue.find((c: { id: string }) => c.id === caseId).overdueTasks).toBe(1);
    const workload = await t.app.inject({ method: 'GET', url: '/api/cases/workload', headers: supervisor.headers });
    expect(workload.statusCode).toBe(200);
    expect(workload.json().pendingApprovals.map((d: { id: string }) => d.id)).toContain(decisionId);
    expect(workload.json().byAssignee.length).toBeGreaterThan(0);
  });

  it('gives programme administrators statistics with small cells suppressed, and no case details', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/cases/stats', headers: programmeAdmin.headers });
    expect(res.statusCode).toBe(200);
    const rows = res.json().items as { count: number | null; suppressed: boolean }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => (r.suppressed ? r.count === null : (r.count ?? 0) >= 5))).toBe(true);
    expect(JSON.stringify(res.json())).not.toContain(caseNumber);
  });
});

describe('notifications', () => {
  it('retries through the outbox when the provider is down, then sends', async () => {
    await t.app.inject({ method: 'POST', url: `/api/cases/${caseId}/messages`, headers: caseworker.headers, payload: { body: 'Please come on Monday.' } });
    await t.db.insertInto('notification_outbox').values({ id: crypto.randomUUID(), member_state: 'MX', recipient_user_id: (await t.db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow()).id, channel: 'sms', template: 'case.message', params: '{}', next_attempt_at: new Date() }).execute();
    const sent: string[] = [];
    let down = true;
    const adapter: NotificationAdapter = {
      name: 'test',
      async send(m) {
        if (down) throw new Error('provider unavailable');
        sent.push(m.id);
      },
    };
    const first = await dispatchOutbox(t.db, adapter);
    expect(first.sent).toBe(0);
    expect(first.retried).toBeGreaterThan(0);
    const pending = await t.db.selectFrom('notification_outbox').select(['attempts', 'status']).where('status', '=', 'pending').execute();
    expect(pending.every((p) => p.attempts >= 1)).toBe(true);
    down = false;
    await t.db.updateTable('notification_outbox').set({ next_attempt_at: new Date(0) }).where('status', '=', 'pending').execute();
    const second = await dispatchOutbox(t.db, adapter);
    expect(second.sent).toBe(first.retried);
  });
});
