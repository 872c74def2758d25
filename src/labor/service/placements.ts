/**
 * Placements seen by the employer and the administrator: who was placed in a job order (the worker's
 * name only, for the contract and arrival), the case number, and arrival and season end.
 */
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import * as q from '../labor.queries.ts';
import type { ArrivalUpdate } from '../labor.schemas.ts';

/** Reading who was placed is a read of personal data: audited. */
export async function listPlacements(trx: Trx, actor: Actor, jobOrderId: string) {
  const jo = await q.findJobOrderRow(trx, actor, jobOrderId);
  if (!jo) throw new DomainError('JOB_ORDER_NOT_FOUND');
  const rows = await trx
    .selectFrom('placements as pl')
    .innerJoin('people as p', 'p.id', 'pl.person_id')
    .leftJoin('cases as c', 'c.id', 'pl.case_id')
    .select(['pl.id', 'pl.status', 'pl.arrived_on', 'pl.season_ended_on', 'p.given_names', 'p.family_name_1', 'c.case_number'])
    .where('pl.job_order_id', '=', jobOrderId)
    .orderBy('pl.created_at')
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.placement.list', recordType: 'job_order', recordId: jobOrderId, details: { count: rows.length } });
  return rows.map((r) => ({
    id: r.id,
    workerName: [r.given_names, r.family_name_1].filter(Boolean).join(' '),
    caseNumber: r.case_number,
    status: r.status,
    arrivedOn: r.arrived_on,
    seasonEndedOn: r.season_ended_on,
  }));
}

const FROM: Record<ArrivalUpdate['status'], string[]> = { arrived: ['placed'], season_ended: ['arrived'], left_early: ['arrived'] };

export async function recordArrival(trx: Trx, actor: Actor, placementId: string, input: ArrivalUpdate) {
  const row = await trx
    .selectFrom('placements')
    .select(['id', 'status', 'job_order_id'])
    .where('id', '=', placementId)
    .where('job_order_id', 'in', (eb) => eb.selectFrom('job_orders').select('id').where('employer_id', 'in', q.visibleEmployerIds(trx, actor)))
    .executeTakeFirst();
  if (!row) throw new DomainError('PLACEMENT_NOT_FOUND');
  if (!FROM[input.status].includes(row.status)) throw new DomainError('JOB_ORDER_WRONG_STATE', `A ${row.status} placement cannot become ${input.status}.`, { status: row.status });
  await trx
    .updateTable('placements')
    .set(input.status === 'arrived' ? { status: 'arrived', arrived_on: input.on, updated_at: new Date() } : { status: input.status, season_ended_on: input.on, updated_at: new Date() })
    .where('id', '=', placementId)
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: `labor.placement.${input.status}`, recordType: 'placement', recordId: placementId });
  return { id: placementId, status: input.status };
}
