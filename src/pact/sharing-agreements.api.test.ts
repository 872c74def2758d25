import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';
import { buildPerson, registerHouseholdAs } from '../../test/helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';

let t: TestApp;
let pactAdmin: Session;
let mexico: Session;
let guatemala: Session;
let canada: Session;
let employer: Session;
let today: string;

const URL = '/api/pact/sharing-agreements';

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What a refused request must leave unchanged: the agreements, as rows, and the audit trail. */
async function snapshot() {
  const rows = await t.db.selectFrom('linkage_sharing_agreements').selectAll().orderBy('id').execute();
  const audit = await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows: JSON.stringify(rows), audit: Number(audit.n) };
}

function create(session: Session, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: URL, headers: { ...session.headers, ...headers }, payload: body });
}

function end(session: Session, id: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: `${URL}/${id}/end`, headers: { ...session.headers, ...headers }, payload: body });
}

async function listIds(session: Session): Promise<string[]> {
  const res = await t.app.inject({ method: 'GET', url: URL, headers: session.headers });
  expect(res.statusCode).toBe(200);
  return res.json().items.map((a: { id: string }) => a.id);
}

beforeAll(async () => {
  t = await createTestApp();
  pactAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['pact_admin'], agencyName: 'Secretaría del Trabajo y Previsión Social' })).email);
  mexico = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' })).email);
  guatemala = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'IGM Ciudad de Guatemala' })).email);
  canada = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'IRCC Ottawa' })).email);
  employer = await signInAs(t.app, (await insertUser(t.db, { roles: ['employer'], memberState: 'MX' })).email);
  today = (await sql<{ today: string }>`SELECT CURRENT_DATE::text AS today`.execute(t.db)).rows[0]!.today;
});
afterAll(async () => {
  await t?.close();
});

describe('data-sharing agreements', () => {
  it('a pact administrator records an agreement per purpose, audited, and each party sees it', async () => {
    const res = await create(pactAdmin, { memberStateA: 'MX', memberStateB: 'HN', purposes: ['deduplication', 'tracing'], reference: 'Memorandum MX-HN 2026/3' });
    expect(res.statusCode).toBe(201);
    const items = res.json().items as { id: string; memberStateA: string; memberStateB: string; purpose: string; validFrom: string; validTo: null; status: string; ended: null; reference: string }[];
    expect(items.map((a) => [a.memberStateA, a.memberStateB, a.purpose, a.status, a.validFrom, a.validTo, a.ended])).toEqual([
      ['HN', 'MX', 'deduplication', 'in_force', today, null, null],
      ['HN', 'MX', 'tracing', 'in_force', today, null, null],
    ]);
    const audit = await t.db.selectFrom('audit_events').select(['action', 'record_id']).where('record_type', '=', 'sharing_agreement').execute();
    expect(audit.filter((a) => a.action === 'sharing_agreement.create').map((a) => a.record_id).sort()).toEqual(items.map((a) => a.id).sort());

    for (const session of [pactAdmin, mexico]) expect(await listIds(session)).toEqual(expect.arrayContaining(items.map((a) => a.id)));
    // Canada and Guatemala are not party to it: they neither list it nor open it.
    for (const session of [canada, guatemala]) {
      expect(await listIds(session)).not.toContain(items[0]!.id);
      const one = await t.app.inject({ method: 'GET', url: `${URL}/${items[0]!.id}`, headers: session.headers });
      expect(one.statusCode).toBe(404);
      expect(one.json().error.code).toBe('SHARING_AGREEMENT_NOT_FOUND');
    }
    const mine = await t.app.inject({ method: 'GET', url: `${URL}/${items[0]!.id}`, headers: mexico.headers });
    expect(mine.json().reference).toBe('Memorandum MX-HN 2026/3');
    // Agreements are for staff: an employer of a party state sees neither the list nor one of them.
    for (const url of [URL, `${URL}/${items[0]!.id}`]) expect((await t.app.inject({ method: 'GET', url, headers: employer.headers })).statusCode).toBe(403);
  });

  it('ends an agreement from a date with a reason, audited, and keeps it on record', async () => {
    const [later, now] = (await create(pactAdmin, { memberStateA: 'CR', memberStateB: 'PA', purposes: ['deduplication', 'tracing'], reference: 'Exchange of notes CR-PA' })).json().items as { id: string }[];
    const inAMonth = addDays(today, 30);
    const ending = await end(pactAdmin, later!.id, { endsOn: inAMonth, reason: 'Denounced by Panama, effective in thirty days' });
    expect(ending.statusCode).toBe(200);
    expect(ending.json()).toMatchObject({ status: 'in_force', validTo: addDays(inAMonth, -1), ended: { on: inAMonth, reason: 'Denounced by Panama, effective in thirty days' } });

    const ended = await end(pactAdmin, now!.id, { reason: 'Suspended while the memorandum is renegotiated' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', validTo: addDays(today, -1), ended: { on: today } });
    const audit = await t.db.selectFrom('audit_events').select(['action', 'details']).where('record_id', '=', now!.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['sharing_agreement.create', 'sharing_agreement.end']);

    // Never deleted, and ended once.
    expect(await listIds(pactAdmin)).toEqual(expect.arrayContaining([later!.id, now!.id]));
    const before = await snapshot();
    for (const id of [later!.id, now!.id]) {
      const again = await end(pactAdmin, id, { reason: 'Once more' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('SHARING_AGREEMENT_ENDED');
    }
    expect(await snapshot()).toEqual(before);

    // Once the tracing agreement stops applying, a new one may start that day, not before.
    const overlapping = await create(pactAdmin, { memberStateA: 'PA', memberStateB: 'CR', purposes: ['deduplication'], reference: 'New memorandum', validFrom: addDays(inAMonth, -1) });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().error).toMatchObject({ code: 'SHARING_AGREEMENT_OVERLAP', details: { agreementIds: [later!.id] } });
    const next = await create(pactAdmin, { memberStateA: 'PA', memberStateB: 'CR', purposes: ['deduplication'], reference: 'New memorandum', validFrom: inAMonth });
    expect(next.statusCode).toBe(201);
    expect(next.json().items[0].status).toBe('scheduled');
  });

  it('records one of several overlapping agreements sent at the same time', async () => {
    // Open the server's pooled connections first, so that the requests below truly run side by side.
    await Promise.all(Array.from({ length: 8 }, () => listIds(pactAdmin)));
    const all = await Promise.all(
      [1, 2, 3, 4].map((n) => create(pactAdmin, { memberStateA: n % 2 ? 'GT' : 'SV', memberStateB: n % 2 ? 'SV' : 'GT', purposes: ['tracing'], reference: `Protocol GT-SV, copy ${n}` })),
    );
    expect(all.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    const rows = await t.db.selectFrom('linkage_sharing_agreements').select('id').where('member_state_a', '=', 'GT').where('member_state_b', '=', 'SV').execute();
    expect(rows).toHaveLength(1);
  });

  it('replays a create retried with the same idempotency key, and records it once', async () => {
    const body = { memberStateA: 'SV', memberStateB: 'HN', purposes: ['tracing'], reference: 'Protocol SV-HN on family tracing' };
    const first = await create(pactAdmin, body, { 'idempotency-key': 'agreement-sv-hn-1' });
    const second = await create(pactAdmin, body, { 'idempotency-key': 'agreement-sv-hn-1' });
    expect(first.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    const rows = await t.db.selectFrom('linkage_sharing_agreements').select('id').where('member_state_a', '=', 'HN').where('member_state_b', '=', 'SV').execute();
    expect(rows).toHaveLength(1);
  });
});

describe('access', () => {
  it('refuses everyone but a pact administrator to create or end, and changes nothing', async () => {
    const [agreement] = (await create(pactAdmin, { memberStateA: 'MX', memberStateB: 'US', purposes: ['deduplication'], reference: 'MX-US letter of intent' })).json().items as { id: string }[];
    const before = await snapshot();
    const refused = await create(mexico, { memberStateA: 'MX', memberStateB: 'CO', purposes: ['deduplication'], reference: 'Not theirs to sign' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    expect((await end(mexico, agreement!.id, { reason: 'Not theirs to end' })).statusCode).toBe(403);
    expect((await end(canada, agreement!.id, { reason: 'Not theirs to end' })).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: URL });
    expect(anonymous.statusCode).toBe(401);
    const anonymousCreate = await t.app.inject({ method: 'POST', url: URL, payload: { memberStateA: 'MX', memberStateB: 'CO', purposes: ['tracing'], reference: 'Anonymous' } });
    expect(anonymousCreate.statusCode).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 for an agreement that does not exist', async () => {
    const res = await end(pactAdmin, '00000000-0000-4000-8000-000000000000', { reason: 'No such agreement' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('SHARING_AGREEMENT_NOT_FOUND');
  });
});

describe('validation', () => {
  it('refuses invalid agreements with translated field errors and writes nothing', async () => {
    const [inForce] = (await create(pactAdmin, { memberStateA: 'EC', memberStateB: 'CO', purposes: ['deduplication'], reference: 'Acuerdo binacional EC-CO' })).json().items as { id: string }[];
    const before = await snapshot();
    const cases: [Record<string, unknown>, number, string, string, string][] = [
      [{ memberStateA: 'MX', memberStateB: 'MX', purposes: ['tracing'], reference: 'With itself' }, 422, 'SHARING_AGREEMENT_INVALID', 'body.memberStateB', 'validation.sameMemberState'],
      [{ memberStateA: 'MX', memberStateB: 'ZZ', purposes: ['tracing'], reference: 'With nobody' }, 422, 'SHARING_AGREEMENT_MEMBER_STATE_UNKNOWN', 'body.memberStateB', 'validation.unknownMemberState'],
      [{ memberStateA: 'MX', memberStateB: 'CO', purposes: ['tracing'], reference: 'Backwards', validFrom: addDays(today, 10), validTo: addDays(today, 5) }, 422, 'SHARING_AGREEMENT_INVALID', 'body.validTo', 'validation.endBeforeStart'],
      [{ memberStateA: 'MX', memberStateB: 'CO', purposes: ['tracing'], reference: 'Over already', validFrom: addDays(today, -10), validTo: addDays(today, -1) }, 422, 'SHARING_AGREEMENT_INVALID', 'body.validTo', 'validation.notBeforeToday'],
      [{ memberStateA: 'MX', memberStateB: 'CO', purposes: ['tracing', 'tracing'], reference: 'Twice' }, 422, 'SHARING_AGREEMENT_INVALID', 'body.purposes.1', 'validation.duplicatePurpose'],
      [{ memberStateA: 'MX', memberStateB: 'CO', purposes: [], reference: 'For nothing' }, 400, 'VALIDATION_FAILED', 'body.purposes', 'validation.too_small'],
      [{ memberStateA: 'MX', memberStateB: 'CO', purposes: ['marketing'], reference: 'For marketing' }, 400, 'VALIDATION_FAILED', 'body.purposes.0', 'validation.invalid_value'],
      [{ memberStateA: 'MX', memberStateB: 'CO', purposes: ['tracing'] }, 400, 'VALIDATION_FAILED', 'body.reference', 'validation.invalid_type'],
      [{ memberStateA: 'mx', memberStateB: 'CO', purposes: ['tracing'], reference: 'Lower case' }, 400, 'VALIDATION_FAILED', 'body.memberStateA', 'validation.invalid_format'],
    ];
    for (const [body, status, code, path, key] of cases) {
      const res = await create(pactAdmin, body, { 'accept-language': 'es' });
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      const error = res.json().error;
      expect(error.code).toBe(code);
      expect(error.details.fields).toContainEqual(expect.objectContaining({ path, key }));
    }
    const unknown = await create(pactAdmin, { memberStateA: 'ZZ', memberStateB: 'MX', purposes: ['tracing'], reference: 'With nobody' }, { 'accept-language': 'es' });
    expect(unknown.json().error.details.fields).toEqual([expect.objectContaining({ path: 'body.memberStateA', message: 'ZZ no es un Estado miembro del pacto.' })]);

    const overlap = await create(pactAdmin, { memberStateA: 'CO', memberStateB: 'EC', purposes: ['tracing', 'deduplication'], reference: 'Second memorandum', validFrom: addDays(today, 100) });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error).toMatchObject({ code: 'SHARING_AGREEMENT_OVERLAP', key: 'errors.SHARING_AGREEMENT_OVERLAP', details: { purpose: 'deduplication', agreementIds: [inForce!.id] } });

    const past = await end(pactAdmin, inForce!.id, { endsOn: addDays(today, -1), reason: 'Back-dated' }, { 'accept-language': 'fr' });
    expect(past.statusCode).toBe(422);
    expect(past.json().error.details.fields).toEqual([expect.objectContaining({ path: 'body.endsOn', message: 'Cette date ne peut pas être passée.' })]);
    const noReason = await end(pactAdmin, inForce!.id, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields).toContainEqual(expect.objectContaining({ path: 'body.reason' }));

    expect(await snapshot()).toEqual(before);
  });

  it('refuses to end an agreement after its own last day', async () => {
    const [fixed] = (await create(pactAdmin, { memberStateA: 'HT', memberStateB: 'CA', purposes: ['tracing'], reference: 'Arrangement HT-CA', validTo: addDays(today, 10) })).json().items as { id: string }[];
    const before = await snapshot();
    const res = await end(pactAdmin, fixed!.id, { endsOn: addDays(today, 12), reason: 'Too late' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields).toEqual([expect.objectContaining({ path: 'body.endsOn', key: 'validation.endsAfterExpiry', params: { validTo: addDays(today, 10) } })]);
    expect(await snapshot()).toEqual(before);
    const onTime = await end(pactAdmin, fixed!.id, { endsOn: addDays(today, 11), reason: 'Not renewed' });
    expect(onTime.statusCode).toBe(200);
    expect(onTime.json().validTo).toBe(addDays(today, 10));
  });
});

describe('linkage across member states follows the agreements', () => {
  const WOMAN = { givenNames: 'Juana Isabel', familyName1: 'Choc', familyName2: 'Caal', birthDate: '1988-02-09', nationalities: ['GT'] };

  async function isComparedWith(personId: string, otherId: string): Promise<boolean> {
    const pairs = await t.db.selectFrom('linkage_pairs').select(['person_a', 'person_b']).where((eb) => eb.or([eb('person_a', '=', personId), eb('person_b', '=', personId)])).execute();
    return pairs.some((p) => p.person_a === otherId || p.person_b === otherId);
  }

  function registerInMexico() {
    return registerHouseholdAs(t.app, mexico, { members: [buildPerson(WOMAN)], consents: [{ purpose: 'sharing', recipientMemberState: 'GT' }] });
  }

  it('finds the pair across the border only while an agreement created through the API is in force', async () => {
    const inGuatemala = await registerHouseholdAs(t.app, guatemala, {
      members: [buildPerson({ ...WOMAN, currentCountry: 'GT', currentSubdivision: undefined })],
      consents: [{ purpose: 'sharing', recipientMemberState: 'MX' }],
    });
    const before = await registerInMexico();
    expect(await isComparedWith(before.principalPersonId, inGuatemala.principalPersonId)).toBe(false);

    const created = await create(pactAdmin, { memberStateA: 'MX', memberStateB: 'GT', purposes: ['deduplication'], reference: 'Memorandum GT-MX on duplicate registrations' });
    expect(created.statusCode).toBe(201);
    const during = await registerInMexico();
    expect(await isComparedWith(during.principalPersonId, inGuatemala.principalPersonId)).toBe(true);

    const ended = await end(pactAdmin, created.json().items[0].id, { reason: 'Consent framework under review' });
    expect(ended.json().status).toBe('ended');
    const after = await registerInMexico();
    expect(await isComparedWith(after.principalPersonId, inGuatemala.principalPersonId)).toBe(false);
    // Her registrations within Mexico are still compared with each other.
    expect(await isComparedWith(after.principalPersonId, during.principalPersonId)).toBe(true);
  });
});
