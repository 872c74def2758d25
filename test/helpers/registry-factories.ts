/**
 * Registry payloads and inserts for tests: build<Thing>(overrides) gives a valid request body.
 */
import type { FastifyInstance } from 'fastify';
import type { Session } from './factories.ts';

export function buildPerson(overrides: Record<string, unknown> = {}) {
  return {
    givenNames: 'María José',
    familyName1: 'Hernández',
    familyName2: 'García',
    sex: 'female',
    birthDate: '1990-04-12',
    nationalities: ['HN'],
    languages: ['es'],
    currentCountry: 'MX',
    currentSubdivision: 'MX-CHP',
    status: 'asylum_seeker',
    arrivalDate: '2026-09-01',
    ...overrides,
  };
}

/** A household of four: a mother, her partner and two children, in Tapachula. */
export function buildHousehold(overrides: Record<string, unknown> = {}) {
  return {
    members: [
      buildPerson({ phone: '+52 962 555 0101' }),
      buildPerson({ givenNames: 'José Luis', familyName1: 'Martínez', familyName2: 'López', sex: 'male', birthDate: '1987', relationshipToPrincipal: 'partner' }),
      buildPerson({ givenNames: 'Valeria', familyName1: 'Martínez', familyName2: 'Hernández', birthDate: '2015-06', relationshipToPrincipal: 'child' }),
      buildPerson({ givenNames: 'Mateo', familyName1: 'Martínez', familyName2: 'Hernández', sex: 'male', birthDate: '2019-02-03', relationshipToPrincipal: 'child' }),
    ],
    consents: [{ purpose: 'screening' }, { purpose: 'contact' }],
    ...overrides,
  };
}

export async function registerHouseholdAs(app: FastifyInstance, session: Session, body: Record<string, unknown>) {
  const res = await app.inject({ method: 'POST', url: '/api/registry/households', headers: session.headers, payload: body });
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; principalPersonId: string; members: { id: string; version: number }[]; consents: { id: string; purpose: string }[] };
}
