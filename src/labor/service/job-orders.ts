/**
 * Job orders: the employer drafts, attests and submits; the wage test runs on every save and again at
 * submission and approval (floors change); the programme administrator of the host state approves or
 * returns it. States: draft → submitted → approved → recruiting → filled → in_season → closed.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { jsonb, type Executor, type Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { fieldError } from '../../platform/i18n.ts';
import { canEditJobOrder, canMoveJobOrder, isEmployerUser } from '../labor.policy.ts';
import * as q from '../labor.queries.ts';
import type { NewAttestation, NewJobOrder, UpdateJobOrder } from '../labor.schemas.ts';
import { checkWage, type WageCheck, type WageFloor } from '../wage-floors/check-wage.ts';
import { floorsOwed, toWageFloor } from './wage-floors.ts';

type JobOrderRow = NonNullable<Awaited<ReturnType<typeof q.findJobOrderRow>>>;

export function toJobOrder(r: JobOrderRow) {
  const requirements = r.requirements as { minExperienceSeasons?: number; requiredLanguages?: string[]; skills?: string[]; languages?: string[] };
  return {
    id: r.id,
    reference: r.reference,
    memberState: r.member_state,
    employerId: r.employer_id,
    programmeCode: r.programme_code,
    status: r.status,
    occupationSystem: r.occupation_system,
    occupationCode: r.occupation_code,
    jobTitle: r.job_title,
    skillLevel: r.skill_level,
    duties: r.duties,
    cropsActivities: r.crops_activities,
    workersNeeded: r.workers_needed,
    startDate: r.start_date,
    endDate: r.end_date,
    hoursPerWeek: Number(r.hours_per_week),
    wageHourly: Number(r.wage_hourly),
    currency: r.currency,
    pieceRates: r.piece_rates as { unit: string; rate: number; expectedUnitsPerHour: number }[],
    payFrequency: r.pay_frequency,
    deductions: r.deductions as { kind: string; amount: number; per: string; description?: string }[],
    housing: r.housing,
    transport: r.transport,
    meals: r.meals,
    requirements: { minExperienceSeasons: 0, requiredLanguages: [], skills: [], languages: [], ...requirements },
    worksiteIds: r.worksite_ids,
    namedPersonIds: r.named_person_ids,
    wageCheck: r.wage_check,
    decisionNote: r.decision_note,
    version: r.version,
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    approvedAt: r.approved_at ? new Date(r.approved_at).toISOString() : null,
  };
}

interface WageFields {
  member_state: string;
  programme_code: string;
  occupation_code: string;
  skill_level: string | null;
  start_date: string;
  wage_hourly: number;
  currency: string;
  piece_rates: { unit: string; rate: number; expectedUnitsPerHour: number }[];
  worksite_ids: string[];
}

/** Runs the wage test; refuses with the floor and its source, or returns what to store on the job order. */
export async function enforceWageFloor(db: Executor, jo: WageFields): Promise<Record<string, unknown>> {
  const sites = await db.selectFrom('worksites').select('subdivision').where('id', 'in', jo.worksite_ids).execute();
  const floors: WageFloor[] = (await q.listFloorRowsOn(db, jo.member_state, jo.start_date)).map(toWageFloor);
  const check: WageCheck = checkWage(
    {
      programmeCode: jo.programme_code,
      occupationCode: jo.occupation_code,
      skillLevel: jo.skill_level,
      startDate: jo.start_date,
      subdivisions: sites.map((s) => s.subdivision),
      wageHourly: jo.wage_hourly,
      currency: jo.currency,
      pieceRates: jo.piece_rates,
    },
    floors,
  );
  if (check.outcome === 'no_floor') {
    throw new DomainError('JOB_ORDER_NO_WAGE_FLOOR', 'No wage floor is recorded for this place, occupation and start date; the programme administrator must record one first.');
  }
  const floor = { id: check.floor.id, version: check.floor.version, kind: check.floor.kind, hourlyRate: check.floor.hourlyRate, currency: check.floor.currency, effectiveFrom: check.floor.effectiveFrom, effectiveTo: check.floor.effectiveTo, subdivision: check.floor.subdivision, historical: check.floor.historical, source: check.floor.source, sourceUrl: check.floor.sourceUrl };
  if (check.outcome === 'currency_mismatch') {
    throw new DomainError('JOB_ORDER_CURRENCY_MISMATCH', `Wages here are paid in ${check.floor.currency}.`, { floor });
  }
  if (check.outcome === 'below_floor' || check.outcome === 'piece_rate_below_floor') {
    const what = check.outcome === 'below_floor' ? `The wage offered (${jo.wage_hourly} ${jo.currency})` : 'A piece rate at the stated pace';
    throw new DomainError('JOB_ORDER_BELOW_WAGE_FLOOR', `${what} is below the wage floor of ${check.floor.hourlyRate} ${check.floor.currency} an hour (${check.floor.source}).`, {
      floor,
      offered: jo.wage_hourly,
      pieceRates: check.pieceRates,
    });
  }
  return { floor, pieceRates: check.pieceRates, consideredFloors: check.consideredFloors, checkedAt: new Date().toISOString() };
}

function invalid(message: string, path: string, key = 'validation.invalid'): DomainError {
  return new DomainError('JOB_ORDER_INVALID', message, { fields: [fieldError(path, key)] });
}

async function checkFields(db: Executor, employer: { id: string; member_state: string }, f: { startDate: string; endDate: string; worksiteIds: string[]; namedPersonIds: string[] }) {
  if (f.endDate <= f.startDate) throw invalid('The end date must be after the start date.', 'body.endDate');
  const sites = await db.selectFrom('worksites').select('id').where('employer_id', '=', employer.id).where('id', 'in', f.worksiteIds).execute();
  if (sites.length !== new Set(f.worksiteIds).size) throw new DomainError('WORKSITE_NOT_FOUND', 'Every worksite must be one of the employer’s.');
  if (f.namedPersonIds.length > 0) {
    const found = await db.selectFrom('people').select('id').where('id', 'in', f.namedPersonIds).execute();
    if (found.length !== new Set(f.namedPersonIds).size) throw invalid('A named worker is not registered.', 'body.namedPersonIds');
  }
}

/** @example await createJobOrder(trx, actor, { employerId, programmeCode: 'ca_sawp', wageHourly: 17.6, … }) */
export async function createJobOrder(trx: Trx, actor: Actor, input: NewJobOrder) {
  const employer = await q.findEmployerRow(trx, actor, input.employerId);
  if (!employer) throw new DomainError('EMPLOYER_NOT_FOUND');
  const programme = await trx.selectFrom('programmes').select(['code', 'host_member_state', 'status']).where('code', '=', input.programmeCode).executeTakeFirst();
  if (!programme || programme.host_member_state !== employer.member_state) throw invalid('The programme must be one of the employer’s member state.', 'body.programmeCode');
  await checkFields(trx, employer, input);
  const id = randomUUID();
  const values = {
    member_state: employer.member_state,
    programme_code: input.programmeCode,
    occupation_code: input.occupationCode,
    skill_level: input.skillLevel ?? null,
    start_date: input.startDate,
    wage_hourly: input.wageHourly,
    currency: input.currency,
    piece_rates: input.pieceRates,
    worksite_ids: input.worksiteIds,
  };
  const wageCheck = await enforceWageFloor(trx, values);
  const year = input.startDate.slice(0, 4);
  await trx
    .insertInto('job_orders')
    .values({
      id,
      ...values,
      reference: `JO-${employer.member_state}-${year}-${id.slice(0, 8).toUpperCase()}`,
      employer_id: employer.id,
      occupation_system: input.occupationSystem,
      job_title: input.jobTitle,
      duties: input.duties,
      crops_activities: input.cropsActivities,
      workers_needed: input.workersNeeded,
      end_date: input.endDate,
      hours_per_week: input.hoursPerWeek,
      piece_rates: jsonb(input.pieceRates),
      pay_frequency: input.payFrequency,
      deductions: jsonb(input.deductions),
      housing: jsonb(input.housing),
      transport: jsonb(input.transport),
      meals: jsonb(input.meals),
      requirements: jsonb(input.requirements),
      named_person_ids: input.namedPersonIds,
      wage_check: jsonb(wageCheck),
      created_by: actor.userId,
    })
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.job_order.create', recordType: 'job_order', recordId: id, details: { programmeCode: input.programmeCode, workersNeeded: input.workersNeeded } });
  return getJobOrder(trx, actor, id);
}

async function lockJobOrder(trx: Trx, actor: Actor, id: string, expectedVersion: number) {
  const row = await q.findJobOrderRow(trx, actor, id);
  if (!row) throw new DomainError('JOB_ORDER_NOT_FOUND');
  if (row.version !== expectedVersion) throw new DomainError('JOB_ORDER_VERSION_CONFLICT', 'The job order changed since you read it.', { version: row.version });
  return row;
}

function wageFieldsOf(row: JobOrderRow): WageFields {
  return { ...row, wage_hourly: Number(row.wage_hourly), piece_rates: row.piece_rates as WageFields['piece_rates'] };
}

export async function updateJobOrder(trx: Trx, actor: Actor, id: string, input: UpdateJobOrder) {
  const row = await lockJobOrder(trx, actor, id, input.expectedVersion);
  if (!canEditJobOrder(row.status)) throw new DomainError('JOB_ORDER_WRONG_STATE', 'Only drafts can be changed.', { status: row.status });
  const merged = toJobOrder(row);
  const next = { ...merged, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as typeof merged;
  await checkFields(trx, { id: row.employer_id, member_state: row.member_state }, next);
  const wageCheck = await enforceWageFloor(trx, {
    ...wageFieldsOf(row),
    occupation_code: next.occupationCode,
    skill_level: next.skillLevel,
    start_date: next.startDate,
    wage_hourly: next.wageHourly,
    currency: next.currency,
    piece_rates: next.pieceRates,
    worksite_ids: next.worksiteIds,
  });
  await trx
    .updateTable('job_orders')
    .set({
      occupation_system: next.occupationSystem,
      occupation_code: next.occupationCode,
      job_title: next.jobTitle,
      skill_level: next.skillLevel,
      duties: next.duties,
      crops_activities: next.cropsActivities,
      workers_needed: next.workersNeeded,
      start_date: next.startDate,
      end_date: next.endDate,
      hours_per_week: next.hoursPerWeek,
      wage_hourly: next.wageHourly,
      currency: next.currency,
      piece_rates: jsonb(next.pieceRates),
      pay_frequency: next.payFrequency,
      deductions: jsonb(next.deductions),
      housing: jsonb(next.housing),
      transport: jsonb(next.transport),
      meals: jsonb(next.meals),
      requirements: jsonb(next.requirements),
      worksite_ids: next.worksiteIds,
      named_person_ids: next.namedPersonIds,
      wage_check: jsonb(wageCheck),
      version: row.version + 1,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.job_order.update', recordType: 'job_order', recordId: id, details: { fields: Object.keys(input).filter((k) => k !== 'expectedVersion') } });
  return getJobOrder(trx, actor, id);
}

/** The employer's fair-recruitment attestation; a new one replaces the last for approval. */
export async function attestJobOrder(trx: Trx, actor: Actor, id: string, input: NewAttestation) {
  const row = await q.findJobOrderRow(trx, actor, id);
  if (!row) throw new DomainError('JOB_ORDER_NOT_FOUND');
  if (!isEmployerUser(actor)) throw new DomainError('FORBIDDEN', 'Only the employer attests.');
  if (!['draft', 'submitted'].includes(row.status)) throw new DomainError('JOB_ORDER_WRONG_STATE', 'Attest before approval.', { status: row.status });
  if (input.recruiterIds.length > 0) {
    const found = await trx.selectFrom('recruiters').select('id').where('id', 'in', input.recruiterIds).where('member_state', '=', row.member_state).where('status', '=', 'active').execute();
    if (found.length !== new Set(input.recruiterIds).size) throw new DomainError('RECRUITER_NOT_FOUND', 'Every recruiter must be registered and active.');
  }
  const attestationId = randomUUID();
  await trx
    .insertInto('job_order_attestations')
    .values({
      id: attestationId,
      job_order_id: id,
      member_state: row.member_state,
      no_recruitment_fees: input.noRecruitmentFees,
      no_document_retention: input.noDocumentRetention,
      contract_in_worker_language: input.contractInWorkerLanguage,
      housing_terms: input.housingTerms,
      transport_terms: input.transportTerms,
      meals_terms: input.mealsTerms,
      recruiter_ids: input.recruiterIds,
      attested_by: actor.userId,
    })
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.job_order.attest', recordType: 'job_order', recordId: id, details: { attestationId, recruiters: input.recruiterIds.length } });
  return getJobOrder(trx, actor, id);
}

export async function submitJobOrder(trx: Trx, actor: Actor, id: string, expectedVersion: number) {
  const row = await lockJobOrder(trx, actor, id, expectedVersion);
  if (row.status !== 'draft') throw new DomainError('JOB_ORDER_WRONG_STATE', 'Only a draft can be submitted.', { status: row.status });
  const wageCheck = await enforceWageFloor(trx, wageFieldsOf(row));
  await trx.updateTable('job_orders').set({ status: 'submitted', wage_check: jsonb(wageCheck), submitted_at: new Date(), version: row.version + 1, updated_at: new Date() }).where('id', '=', id).execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.job_order.submit', recordType: 'job_order', recordId: id });
  return getJobOrder(trx, actor, id);
}

/** The programme administrator approves: attested, employer not debarred, wage still above the floor. */
export async function approveJobOrder(trx: Trx, actor: Actor, id: string, expectedVersion: number, note?: string) {
  const row = await lockJobOrder(trx, actor, id, expectedVersion);
  if (row.status !== 'submitted') throw new DomainError('JOB_ORDER_WRONG_STATE', 'Only a submitted job order can be approved.', { status: row.status });
  if (!(await q.latestAttestationRow(trx, id))) throw new DomainError('JOB_ORDER_ATTESTATION_MISSING', 'The employer has not attested the fair-recruitment terms.');
  const employer = await trx.selectFrom('employers').select('debarred_until').where('id', '=', row.employer_id).executeTakeFirstOrThrow();
  if (employer.debarred_until && employer.debarred_until >= row.start_date) {
    throw new DomainError('EMPLOYER_DEBARRED', `The employer is debarred until ${employer.debarred_until}.`, { debarredUntil: employer.debarred_until });
  }
  const wageCheck = await enforceWageFloor(trx, wageFieldsOf(row));
  await trx
    .updateTable('job_orders')
    .set({ status: 'approved', wage_check: jsonb(wageCheck), approved_at: new Date(), approved_by: actor.userId, decision_note: note ?? null, version: row.version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.job_order.approve', recordType: 'job_order', recordId: id });
  return getJobOrder(trx, actor, id);
}

export async function returnJobOrder(trx: Trx, actor: Actor, id: string, expectedVersion: number, note?: string) {
  const row = await lockJobOrder(trx, actor, id, expectedVersion);
  if (row.status !== 'submitted') throw new DomainError('JOB_ORDER_WRONG_STATE', 'Only a submitted job order can be returned.', { status: row.status });
  await trx.updateTable('job_orders').set({ status: 'draft', decision_note: note ?? null, version: row.version + 1, updated_at: new Date() }).where('id', '=', id).execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.job_order.return', recordType: 'job_order', recordId: id });
  return getJobOrder(trx, actor, id);
}

/** Arrivals start the season; season end closes the job order. */
export async function moveJobOrder(trx: Trx, actor: Actor, id: string, expectedVersion: number, to: 'in_season' | 'closed') {
  const row = await lockJobOrder(trx, actor, id, expectedVersion);
  if (!canMoveJobOrder(row.status, to)) throw new DomainError('JOB_ORDER_WRONG_STATE', `A ${row.status} job order cannot move to ${to}.`, { status: row.status });
  await trx.updateTable('job_orders').set({ status: to, version: row.version + 1, updated_at: new Date() }).where('id', '=', id).execute();
  await recordAudit(trx, auditActorOf(actor), { action: `labor.job_order.${to}`, recordType: 'job_order', recordId: id });
  return getJobOrder(trx, actor, id);
}

export async function getJobOrder(db: Executor, actor: Actor, id: string) {
  const row = await q.findJobOrderRow(db, actor, id);
  if (!row) throw new DomainError('JOB_ORDER_NOT_FOUND');
  const attestation = await q.latestAttestationRow(db, id);
  const placed = await db.selectFrom('placements').select((eb) => eb.fn.countAll<number>().as('n')).where('job_order_id', '=', id).executeTakeFirstOrThrow();
  return {
    ...toJobOrder(row),
    placements: Number(placed.n),
    floorsOwed: await floorsOwed(db, row),
    attestation: attestation
      ? {
          noRecruitmentFees: attestation.no_recruitment_fees,
          noDocumentRetention: attestation.no_document_retention,
          contractInWorkerLanguage: attestation.contract_in_worker_language,
          housingTerms: attestation.housing_terms,
          transportTerms: attestation.transport_terms,
          mealsTerms: attestation.meals_terms,
          recruiterIds: attestation.recruiter_ids,
          attestedAt: new Date(attestation.attested_at).toISOString(),
        }
      : null,
  };
}

export async function listJobOrders(db: Executor, actor: Actor, filter: { status?: string; employerId?: string }) {
  return (await q.listJobOrderRows(db, actor, filter)).map(toJobOrder);
}
