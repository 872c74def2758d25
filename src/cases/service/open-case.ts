/**
 * Opening a case: a caseworker opens it for a registered household, or the applicant applies to a
 * programme they screened for. The case records the members it covers, the screening it started
 * from, and a readable number per member state (MX-2026-000123).
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/actor.ts';
import type { Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import * as q from '../cases.queries.ts';
import type { Apply, OpenCase, Priority, Stage, WorkflowDefinition } from '../cases.schemas.ts';
import { dateInDays, recordCaseEvent } from './case-support.ts';
import { definitionOf, ensureCurrentWorkflow, stageOf } from './workflows.ts';

export function formatCaseNumber(memberState: string, year: number, n: number): string {
  return `${memberState}-${year}-${String(n).padStart(6, '0')}`;
}

/** The tasks a stage creates when a case enters it. */
export async function createStageTasks(trx: Trx, c: { id: string; member_state: string }, stage: Stage, actor: Actor | null, now = new Date()) {
  for (const task of stage.tasks) {
    await trx
      .insertInto('case_tasks')
      .values({
        id: randomUUID(),
        case_id: c.id,
        member_state: c.member_state,
        stage: stage.code,
        origin: 'stage',
        title: task.title.en,
        title_key: task.key,
        for_applicant: task.forApplicant,
        document_type: task.documentType ?? null,
        due_on: dateInDays(task.dueInDays, now),
        created_by: actor?.userId ?? null,
      })
      .execute();
  }
}

export function stageDueAt(stage: Stage, now = new Date()): Date | null {
  return stage.dueInDays ? new Date(now.getTime() + stage.dueInDays * 86_400_000) : null;
}

interface NewCase {
  programmeCode: string;
  householdId: string;
  memberIds?: string[];
  screeningResultId?: string;
  priority: Priority;
  officeId: string;
  channel: 'self' | 'caseworker';
}

async function createCase(trx: Trx, actor: Actor, input: NewCase): Promise<{ id: string; caseNumber: string }> {
  const programme = await q.findProgrammeRow(trx, input.programmeCode);
  if (!programme) throw new DomainError('CASE_PROGRAMME_NOT_FOUND');
  if (programme.status !== 'open') throw new DomainError('CASE_PROGRAMME_NOT_ACCEPTING', `The programme is ${programme.status}.`);
  const household = await q.findHouseholdRow(trx, input.householdId);
  if (!household || household.member_state !== actor.memberState) throw new DomainError('CASE_HOUSEHOLD_NOT_FOUND');
  const people = await q.listHouseholdPeopleRows(trx, household.id);
  const memberIds = input.memberIds ?? people.map((p) => p.id);
  const foreign = memberIds.filter((id) => !people.some((p) => p.id === id));
  if (foreign.length > 0 || memberIds.length === 0) {
    throw new DomainError('RULE_VIOLATION', 'The case can only cover members of the household.', {
      fields: foreign.map((id) => ({ path: 'memberIds', code: 'not_in_household', key: 'validation.notInHousehold', message: id })),
    });
  }
  let screeningResultId = input.screeningResultId ?? null;
  if (screeningResultId) {
    const screening = await q.findScreeningRow(trx, screeningResultId);
    if (!screening || screening.household_id !== household.id || screening.programme_code !== programme.code) {
      throw new DomainError('RULE_VIOLATION', 'The screening result is not this household’s for this programme.');
    }
    if (screening.outcome === 'not_eligible') throw new DomainError('RULE_VIOLATION', 'The screening found the household not eligible.');
  } else {
    // The case records the screening it started from: the household's current one, if any.
    const current = await q.findCurrentScreeningRow(trx, household.id, programme.code);
    // Applicants apply to programmes they may qualify for; a caseworker may still open a case
    // against a negative screening (new facts, discretion), and the case shows which screening it was.
    if (current?.outcome === 'not_eligible' && input.channel === 'self') {
      throw new DomainError('RULE_VIOLATION', 'Your screening found you not eligible for this programme.');
    }
    screeningResultId = current?.id ?? null;
  }
  const existing = await trx
    .selectFrom('cases')
    .select('id')
    .where('household_id', '=', household.id)
    .where('programme_code', '=', programme.code)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (existing) throw new DomainError('CASE_ALREADY_OPEN', 'The household already has an open case in this programme.', { caseId: existing.id });

  const office = await q.findOfficeRow(trx, input.officeId);
  if (!office || office.member_state !== household.member_state) throw new DomainError('CASE_NO_OFFICE');
  const principalId = household.principal_person_id && memberIds.includes(household.principal_person_id) ? household.principal_person_id : memberIds[0];
  const principal = people.find((p) => p.id === principalId);
  const subdivision = principal?.current_subdivision;
  const jurisdiction = subdivision && subdivision.startsWith(`${household.member_state}-`) ? subdivision : (office.jurisdictions[0] ?? null);

  const workflowRow = await ensureCurrentWorkflow(trx, programme);
  const def: WorkflowDefinition = definitionOf(workflowRow);
  const first = stageOf(def, def.initialStage);
  const now = new Date();
  const year = now.getUTCFullYear();
  const caseNumber = formatCaseNumber(household.member_state, year, await q.takeCaseNumber(trx, household.member_state, year));
  const id = randomUUID();
  await trx
    .insertInto('cases')
    .values({
      id,
      member_state: household.member_state,
      case_number: caseNumber,
      programme_code: programme.code,
      workflow_id: workflowRow.id,
      household_id: household.id,
      screening_result_id: screeningResultId,
      office_id: office.id,
      jurisdiction,
      stage: first.code,
      priority: input.priority,
      channel: input.channel,
      facts: '{}',
      opened_by: actor.userId,
      opened_at: now,
      stage_entered_at: now,
      stage_due_at: stageDueAt(first, now),
      updated_at: now,
    })
    .execute();
  await trx
    .insertInto('case_members')
    .values(memberIds.map((personId) => ({ case_id: id, person_id: personId, member_state: household.member_state, role: personId === principalId ? ('principal' as const) : ('dependant' as const) })))
    .execute();
  await createStageTasks(trx, { id, member_state: household.member_state }, first, actor, now);
  await recordCaseEvent(trx, actor, { id, member_state: household.member_state, stage: first.code, case_number: caseNumber }, {
    kind: 'opened',
    details: { programmeCode: programme.code, workflowVersion: workflowRow.version, members: memberIds.length, channel: input.channel, officeId: office.id },
    visibleToApplicant: true,
  });
  return { id, caseNumber };
}

/**
 * A caseworker opens a case for a household registered in their member state.
 * @example await openCase(trx, actor, { programmeCode: 'ca_gar', householdId, priority: 'normal' })
 */
export async function openCase(trx: Trx, actor: Actor, input: OpenCase) {
  if (!actor.officeId) throw new DomainError('CASE_NO_OFFICE', 'Only staff of an office open cases.');
  return createCase(trx, actor, { ...input, officeId: actor.officeId, channel: 'caseworker' });
}

/** The applicant applies for their own household; the office serving where they live takes the case. */
export async function applyForProgramme(trx: Trx, actor: Actor, input: Apply) {
  const person = await q.findPersonOfUser(trx, actor.userId);
  if (!person) throw new DomainError('CASE_HOUSEHOLD_NOT_FOUND', 'Register your household first.');
  const household = await q.findHouseholdRow(trx, person.household_id);
  if (!household) throw new DomainError('CASE_HOUSEHOLD_NOT_FOUND');
  const people = await q.listHouseholdPeopleRows(trx, household.id);
  const principal = people.find((p) => p.id === household.principal_person_id) ?? people[0];
  const serving = await q.listOfficesServing(trx, household.member_state, principal?.current_subdivision ?? null);
  const officeId = serving[0]?.id ?? household.registered_office;
  if (!officeId) throw new DomainError('CASE_NO_OFFICE', 'No office serves where you live yet.');
  // The applicant acts within their household's member state.
  return createCase(trx, { ...actor, memberState: household.member_state }, { ...input, householdId: household.id, priority: 'normal', officeId, channel: 'self' });
}
