import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';
import { buildPerson, registerHouseholdAs } from '../../test/helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';

let t: TestApp;
let mexico: Session;
let guatemala: Session;

const WOMAN = { givenNames: 'Juana Isabel', familyName1: 'Choc', familyName2: 'Caal', birthDate: '1988-02-09', nationalities: ['GT'] };

async function pairsOf(personId: string) {
  return t.db.selectFrom('linkage_pairs').selectAll().where((eb) => eb.or([eb('person_a', '=', personId), eb('person_b', '=', personId)])).execute();
}

beforeAll(async () => {
  t = await createTestApp();
  mexico = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' })).email);
  guatemala = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'IGM Ciudad de Guatemala' })).email);
});
afterAll(async () => {
  await t?.close();
});

describe('across member states', () => {
  it('compares registrations of two member states only under an agreement and with both people\'s consent', async () => {
    const inGuatemala = await registerHouseholdAs(t.app, guatemala, {
      members: [buildPerson({ ...WOMAN, currentCountry: 'GT', currentSubdivision: undefined })],
      consents: [{ purpose: 'sharing', recipientMemberState: 'MX' }],
    });
    // No agreement yet: nothing is compared across the border, consent or not.
    const before = await registerHouseholdAs(t.app, mexico, { members: [buildPerson(WOMAN)], consents: [{ purpose: 'sharing', recipientMemberState: 'GT' }] });
    expect((await pairsOf(before.principalPersonId)).filter((p) => p.person_a === inGuatemala.principalPersonId || p.person_b === inGuatemala.principalPersonId)).toEqual([]);

    await t.db.insertInto('linkage_sharing_agreements').values({ id: randomUUID(), member_state_a: 'GT', member_state_b: 'MX', purpose: 'deduplication' }).execute();
    // With the agreement but without her consent to share with Guatemala: still nothing.
    const noConsent = await registerHouseholdAs(t.app, mexico, { members: [buildPerson(WOMAN)], consents: [{ purpose: 'screening' }] });
    const withoutConsent = await pairsOf(noConsent.principalPersonId);
    expect(withoutConsent.some((p) => [p.person_a, p.person_b].includes(inGuatemala.principalPersonId))).toBe(false);
    expect(withoutConsent.length).toBeGreaterThan(0); // her duplicate in Mexico is found

    // Agreement and consent on both sides: the pair is in both member states' queues.
    const withConsent = await registerHouseholdAs(t.app, mexico, { members: [buildPerson(WOMAN)], consents: [{ purpose: 'sharing', recipientMemberState: 'GT' }] });
    const cross = (await pairsOf(withConsent.principalPersonId)).find((p) => [p.person_a, p.person_b].includes(inGuatemala.principalPersonId));
    expect(cross).toBeDefined();
    for (const session of [mexico, guatemala]) {
      const queue = await t.app.inject({ method: 'GET', url: '/api/linkage/pairs', headers: session.headers });
      expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(cross!.id);
    }
    // Records held by two member states are linked, not merged.
    const merge = await t.app.inject({ method: 'POST', url: `/api/linkage/pairs/${cross!.id}/merge`, headers: mexico.headers, payload: { version: cross!.version } });
    expect(merge.statusCode).toBe(409);
    expect(merge.json().error.code).toBe('LINKAGE_MERGE_CROSS_BORDER');
    const confirm = await t.app.inject({ method: 'POST', url: `/api/linkage/pairs/${cross!.id}/decisions`, headers: guatemala.headers, payload: { decision: 'confirm', version: cross!.version } });
    expect(confirm.statusCode).toBe(200);
  });
});
