/**
 * Changing a person's details: optimistic concurrency on the person's version (a stale
 * change answers 409 and writes nothing), one record_versions row with the old and new value
 * of each field, and an audit row naming the fields (not their values).
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../platform/actor.ts';
import { auditActorOf } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import type { Keyring } from '../platform/crypto.ts';
import { jsonb, type Trx } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import type { Locale } from '../platform/i18n.ts';
import { fullSituation, mayReadConfidential, sealSituation, splitSituation, withheldSituation } from './confidential-situation.ts';
import { nameSearchText } from './names.ts';
import * as q from './registry.queries.ts';
import type { PersonPatch } from './registry.schemas.ts';
import { checkPlace } from './validate-household.ts';

type Situation = Record<string, unknown>;

/** Equal values, whatever the order of an object's keys. */
function same(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v);
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

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

export async function updatePerson(trx: Trx, ring: Keyring, actor: Actor, personId: string, patch: PersonPatch, locale: Locale) {
  const person = await q.findVisiblePersonRow(trx, actor, personId);
  if (!person) throw new DomainError('PERSON_NOT_FOUND');
  // An applicant may change only their own household; staff need registry:write.
  if (!actor.scopes.has('registry:write') && !actor.scopes.has('self:write')) throw new DomainError('FORBIDDEN');
  const reveal = mayReadConfidential(actor, person);
  const current: Record<string, unknown> = { ...person, situation: fullSituation(ring, person) };
  const next = { ...current };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(patch.changes)) {
    const column = COLUMNS[field as keyof typeof COLUMNS];
    const before = current[column];
    let after = value ?? null;
    if (column === 'situation') {
      // Who cannot read the confidential facts cannot have removed them: they stay unless replaced.
      const given = (value ?? {}) as Situation;
      after = reveal ? given : { ...splitSituation(current.situation as Situation).confidential, ...given };
    }
    if (!same(before, after)) {
      changes[field] = column === 'situation' ? { from: withheldSituation(before as Situation), to: withheldSituation(after as Situation) } : { from: before, to: after };
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
    if (column === 'situation') {
      const { open, confidential } = splitSituation(next.situation as Situation);
      set.situation = jsonb(open);
      set.situation_sealed = sealSituation(ring, personId, confidential);
    } else set[column] = next[column];
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
