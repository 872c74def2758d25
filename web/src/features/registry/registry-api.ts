/**
 * The registry API for the web app, typed with the server's own schemas: households, people, consent,
 * and the caseworker's search.
 */
import { request } from '../../api.ts';
import type {
  Consent,
  ConsentInput,
  Household,
  NewHousehold,
  Person,
  PersonPatch,
  SearchHit as SearchHitSchema,
  SelfRegistration,
} from '../../../../src/registry/registry.schemas.ts';
import type { z } from 'zod';

export type { Consent, Household, Person };
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type NewHouseholdBody = z.input<typeof NewHousehold>;
export type SelfRegistrationBody = z.input<typeof SelfRegistration>;
export type PersonChanges = z.input<typeof PersonPatch>['changes'];
export type ConsentPurpose = ConsentInput['purpose'];

/** One field the server refused: where (`body.members.2.birthDate`) and why, in the reader's language. */
export type FieldProblem = { path: string; key: string; message: string };

/** A new random key per submission, sent again on a retry so the server registers the household once. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** Registers the applicant and their household; the server signs them in with a session cookie. */
export async function registerSelf(body: SelfRegistrationBody, idempotencyKey: string): Promise<Household> {
  const result = await request<{ household: Household }>('POST', '/api/registry/self-registrations', body, {
    'idempotency-key': idempotencyKey,
  });
  return result.household;
}

/** A caseworker registers a household in person. */
export function registerHousehold(body: NewHouseholdBody, idempotencyKey: string): Promise<Household> {
  return request<Household>('POST', '/api/registry/households', body, { 'idempotency-key': idempotencyKey });
}

export async function listMyHouseholds(): Promise<Household[]> {
  return (await request<{ items: Household[] }>('GET', '/api/registry/households/mine')).items;
}

export function getHousehold(id: string): Promise<Household> {
  return request<Household>('GET', `/api/registry/households/${encodeURIComponent(id)}`);
}

/** Changes a person's details; answers 409 PERSON_VERSION_CONFLICT when someone changed them since `expectedVersion`. */
export function updatePerson(id: string, expectedVersion: number, changes: PersonChanges): Promise<{ version: number }> {
  return request<{ version: number }>('PATCH', `/api/registry/people/${encodeURIComponent(id)}`, { expectedVersion, changes });
}

export function grantConsent(personId: string, consent: ConsentInput): Promise<{ items: Consent[] }> {
  return request<{ items: Consent[] }>('POST', `/api/registry/people/${encodeURIComponent(personId)}/consents`, consent);
}

export function withdrawConsent(id: string): Promise<Consent> {
  return request<Consent>('POST', `/api/registry/consents/${encodeURIComponent(id)}/withdraw`);
}

export type SearchBy = 'name' | 'document' | 'phone';

export async function searchPeople(by: SearchBy, text: string): Promise<SearchHit[]> {
  const query = new URLSearchParams({ [by]: text });
  return (await request<{ items: SearchHit[] }>('GET', `/api/registry/search?${query}`)).items;
}

/** The field problems of a 400 answer, if it carried any. */
export function fieldProblemsOf(details: unknown): FieldProblem[] {
  const fields = (details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldProblem =>
      typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.message === 'string',
  );
}
