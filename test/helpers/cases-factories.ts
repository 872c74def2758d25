/**
 * Factories for the cases tests. Until the registry and screening services land, households, people
 * and screening results are inserted directly; programmes are inserted from the catalogue when the
 * screening service has not seeded them.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { CATALOGUE } from '../../src/pathways/catalogue/catalogue.ts';
import type { Db } from '../../src/platform/db.ts';
import type { Session } from './factories.ts';

export async function ensureProgrammes(db: Db): Promise<void> {
  for (const p of CATALOGUE) {
    await db
      .insertInto('programmes')
      .values({ code: p.code, host_member_state: p.hostState, kind: p.kind, status: p.status, definition: sql`${JSON.stringify({ name: p.name })}::jsonb` })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

export function normalise(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface PersonSeed {
  givenNames: string;
  familyName?: string;
  userId?: string;
  documentNumber?: string;
  relationship?: string;
}

export interface InsertedHousehold {
  householdId: string;
  personIds: string[];
}

export async function insertHousehold(
  db: Db,
  overrides: { memberState?: string; subdivision?: string; people?: PersonSeed[]; officeId?: string } = {},
): Promise<InsertedHousehold> {
  const memberState = overrides.memberState ?? 'MX';
  const subdivision = overrides.subdivision ?? 'MX-CHP';
  const people = overrides.people ?? [{ givenNames: 'María José', familyName: 'Hernández' }, { givenNames: 'Lucía', familyName: 'Hernández', relationship: 'child' }];
  const householdId = randomUUID();
  await db
    .insertInto('households')
    .values({ id: householdId, member_state: memberState, channel: 'caseworker', registered_office: overrides.officeId ?? null })
    .execute();
  const personIds: string[] = [];
  for (const [i, p] of people.entries()) {
    const id = randomUUID();
    personIds.push(id);
    await db
      .insertInto('people')
      .values({
        id,
        household_id: householdId,
        member_state: memberState,
        user_id: p.userId ?? null,
        given_names: p.givenNames,
        family_name_1: p.familyName ?? null,
        name_search: normalise(`${p.givenNames} ${p.familyName ?? ''}`),
        nationalities: ['HN'],
        languages: ['es'],
        current_country: memberState,
        current_subdivision: subdivision,
        relationship_to_principal: i === 0 ? 'self' : (p.relationship ?? 'child'),
        situation: sql`'{}'::jsonb`,
      })
      .execute();
    if (p.documentNumber) {
      await db
        .insertInto('identity_documents')
        .values({
          id: randomUUID(),
          person_id: id,
          member_state: memberState,
          type: 'passport',
          number: p.documentNumber,
          number_search: p.documentNumber.toUpperCase().replace(/[\s-]/g, ''),
          issuing_country: 'HN',
        })
        .execute();
    }
  }
  await db.updateTable('households').set({ principal_person_id: personIds[0] }).where('id', '=', householdId).execute();
  return { householdId, personIds };
}

export async function insertScreeningResult(db: Db, householdId: string, programmeCode: string, outcome = 'eligible'): Promise<string> {
  const id = randomUUID();
  const household = await db.selectFrom('households').select('member_state').where('id', '=', householdId).executeTakeFirstOrThrow();
  await db
    .insertInto('screening_results')
    .values({ id, household_id: householdId, member_state: household.member_state, programme_code: programmeCode, rule_version: 'test', outcome, evaluation: sql`'{}'::jsonb`, as_of: '2026-11-27' })
    .execute();
  return id;
}

/** Opens a case through the API and returns its id and number. */
export async function openCaseVia(app: FastifyInstance, session: Session, body: Record<string, unknown>): Promise<{ id: string; caseNumber: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/cases', headers: session.headers, payload: body });
  if (res.statusCode !== 201) throw new Error(`opening a case failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A minimal valid PDF. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A multipart/form-data body with one file. */
export function multipartBody(fileName: string, contentType: string, content: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----puente${randomUUID().replaceAll('-', '')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function countCaseRows(db: Db, table: 'cases' | 'case_events' | 'case_tasks' | 'case_documents' | 'case_decisions' | 'case_notes' | 'notification_outbox' | 'audit_events' | 'case_workflows'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
