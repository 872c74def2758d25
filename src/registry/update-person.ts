/**
 * Changing a person's details: optimistic concurrency on the person's version (a stale
 * change answers 409 and writes nothing), one record_versions row with the old and new value
 * of each field, and an audit row naming the fields (not their values).
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../platform/actor.ts';
import { auditActorOf } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { jsonb, type Trx } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import type { Locale } from '../platform/i18n.ts';
import { nameSearchText } from './names.ts';
import * as q from './registry.queries.ts';
import type { PersonPatch } from './registry.schemas.ts';
import { checkPlace } from './validate-household.ts';

const COLUMNS = {
  givenNames: 'given_names',
  familyName1: 'family_name_1',
  familyName2: 'family_name_2',
  sex: 'sex',
  birthDate: 'birth_date',
  nationalities: 'nationalities',
  languages: 'languages',
  phone: 'phone',
  email: 'email',
  currentCountry: 'current_country',
  currentSubdivision: 'current_subdivision',
  status: 'status',
  arrivalDate: 'arrival_date',
  maritalStatus: 'marital_status',
  situation: 'situation',
} as const;

export async function updatePerson(trx: Trx, actor: Actor, personId: string, patch: PersonPatch, locale: Locale) {
  const person = await q.findVisiblePersonRow(trx, actor, personId);
  if (!person) throw new DomainError('PERSON_NOT_FOUND');
  // An applicant may change only their own household; staff need registry:write.
  if (!actor.scopes.has('registry:write') && !actor.scopes.has('self:write')) throw new DomainError('FORBIDDEN');
  const current = person as unknown as Record<string, unknown>;
  const next = { ...current };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(patch.changes)) {
    const column = COLUMNS[field as keyof typeof COLUMNS];
    const before = current[column];
    const after = value ?? null;
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      changes[field] = { from: before, to: after };
      next[column] = after;
    }
  }
  const placeErrors = checkPlace(
    { currentCountry: (next.current_country as string | null) ?? undefined, currentSubdivision: (next.current_subdivision as string | null) ?? undefined },
    'body.changes',
    locale,
  );
  if (placeErrors.length > 0) throw new DomainError('VALIDATION_FAILED', 'Some fields are not valid.', { fields: placeErrors });
  if (Object.keys(changes).length === 0) return { version: person.version, changed: [] as string[] };

  const set: Record<string, unknown> = { version: person.version + 1, updated_at: new Date() };
  for (const field of Object.keys(changes)) {
    const column = COLUMNS[field as keyof typeof COLUMNS];
    set[column] = column === 'situation' ? jsonb(next[column]) : next[column];
  }
  set.name_search = nameSearchText({
    givenNames: next.given_names as string,
    familyName1: next.family_name_1 as string | null,
    familyName2: next.family_name_2 as string | null,
  });
  const updated = await trx
    .updateTable('people')
    .set(set)
    .where('id', '=', personId)
    .where('version', '=', patch.expectedVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    throw new DomainError('PERSON_VERSION_CONFLICT', 'Someone changed this person since you loaded it; reload and try again.', {
      currentVersion: person.version,
    });
  }
  await trx
    .insertInto('record_versions')
    .values({
      id: randomUUID(),
      member_state: person.member_state,
      record_type: 'person',
      record_id: personId,
      version: person.version + 1,
      changed_by: actor.userId,
      changes: jsonb(changes),
    })
    .execute();
  await recordAudit(trx, auditActorOf(actor), {
    action: 'person.update',
    recordType: 'person',
    recordId: personId,
    details: { fields: Object.keys(changes), version: person.version + 1 },
  });
  return { version: person.version + 1, changed: Object.keys(changes) };
}
