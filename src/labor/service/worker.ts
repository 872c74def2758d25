/**
 * The worker's side: the rounds of the programmes she is screened eligible for, her ranking, her
 * offers with the contract terms in her language and why she got this job and not one she ranked
 * higher, and accepting or declining. Accepting opens a case in the programme's workflow (cases
 * domain) for the permit or visa. Workers act as the principal of their registered household.
 */
import { randomUUID } from 'node:crypto';
import { applyForProgramme } from '../../cases/service/open-case.ts';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { SCORE_POINTS } from '../allocation/score-worker.ts';
import { contractTerms } from '../contract-terms.ts';
import { ALLOCATABLE_STATUSES } from '../labor.policy.ts';
import * as q from '../labor.queries.ts';
import type { LaborLocale, Ranking } from '../labor.schemas.ts';
import { listPublicJobOrders, type PublicJobOrder } from './public-feed.ts';

type RefusalKind = 'NOT_ACCEPTED' | 'NO_PLACES' | 'FULL';

/** The worker: the person linked to the signed-in user, principal of her household. */
export async function getWorker(db: Executor, actor: Actor) {
  const person = await q.findWorkerPerson(db, actor.userId);
  if (!person || person.principal_person_id !== person.id) throw new DomainError('WORKER_NOT_ELIGIBLE', 'Register your household first, as its principal.');
  return person;
}

/** Open rounds of programmes the worker is screened eligible for, with the job orders on offer. */
export async function listWorkerRounds(db: Executor, actor: Actor) {
  const worker = await getWorker(db, actor);
  const rounds = await db.selectFrom('allocation_rounds').selectAll().where('status', '=', 'open').orderBy('created_at').execute();
  const out = [];
  for (const r of rounds) {
    if (!(await q.isScreenedEligible(db, worker.household_id, r.programme_code))) continue;
    const jobOrders = await listPublicJobOrders(db, { programme: r.programme_code, limit: 200 });
    const mine = await db.selectFrom('worker_rankings').selectAll().where('round_id', '=', r.id).where('person_id', '=', worker.id).executeTakeFirst();
    // Rankings name job orders by number (compact for a round's 10 M pairs); the API speaks uuids.
    const idOf = new Map(
      (mine?.job_order_numbers.length
        ? await db.selectFrom('job_orders').select(['id', 'number']).where('number', 'in', mine.job_order_numbers).execute()
        : []
      ).map((j) => [j.number, j.id]),
    );
    out.push({
      id: r.id,
      programmeCode: r.programme_code,
      number: r.number,
      lotterySeed: r.lottery_seed,
      rankingClosesAt: r.ranking_closes_at ? new Date(r.ranking_closes_at).toISOString() : null,
      scoreRule: SCORE_POINTS,
      jobOrders,
      ranking: mine
        ? {
            jobOrderIds: mine.job_order_numbers.map((n) => idOf.get(n)).filter((id): id is string => id !== undefined),
            experienceSeasons: mine.experience_seasons,
            skills: mine.skills,
          }
        : null,
    });
  }
  return out;
}

export async function saveRanking(trx: Trx, actor: Actor, roundId: string, input: Ranking) {
  const worker = await getWorker(trx, actor);
  const round = await trx.selectFrom('allocation_rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
  // A round of a programme the worker is not eligible for is not hers to see.
  if (!round || !(await q.isScreenedEligible(trx, worker.household_id, round.programme_code))) throw new DomainError('ROUND_NOT_FOUND');
  if (round.status !== 'open' || (round.ranking_closes_at && new Date(round.ranking_closes_at) < new Date())) {
    throw new DomainError('ROUND_WRONG_STATE', 'Ranking is closed for this round.', { status: round.status });
  }
  const found = await trx
    .selectFrom('job_orders')
    .select(['id', 'number'])
    .where('id', 'in', input.jobOrderIds)
    .where('programme_code', '=', round.programme_code)
    .where('status', 'in', [...ALLOCATABLE_STATUSES])
    .execute();
  if (found.length !== input.jobOrderIds.length) throw new DomainError('JOB_ORDER_NOT_FOUND', 'Rank only job orders offered in this round.');
  const numberOf = new Map(found.map((j) => [j.id, j.number]));
  const values = { job_order_numbers: input.jobOrderIds.map((id) => numberOf.get(id) as number), skills: input.skills, experience_seasons: input.experienceSeasons, languages: worker.languages, updated_at: new Date() };
  await trx
    .insertInto('worker_rankings')
    .values({ round_id: roundId, person_id: worker.id, member_state: worker.member_state, ...values })
    .onConflict((oc) => oc.columns(['round_id', 'person_id']).doUpdateSet(values))
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.ranking.save', recordType: 'allocation_round', recordId: roundId, details: { ranked: input.jobOrderIds.length } });
  return { roundId, jobOrderIds: input.jobOrderIds, experienceSeasons: input.experienceSeasons, skills: input.skills };
}

function termsOf(jo: PublicJobOrder, locale: LaborLocale) {
  return contractTerms(
    {
      jobTitle: jo.jobTitle,
      employerName: jo.employer.tradeName ?? jo.employer.legalName,
      startDate: jo.startDate,
      endDate: jo.endDate,
      hoursPerWeek: jo.hoursPerWeek,
      wageHourly: jo.wageHourly,
      currency: jo.currency,
      pieceRates: jo.pieceRates,
      payFrequency: jo.payFrequency,
      deductions: jo.deductions,
      housing: jo.housing,
      transport: jo.transport,
      meals: jo.meals,
      worksites: jo.worksites.map((w) => `${w.name}, ${w.city} (${w.subdivision})`),
    },
    locale,
  );
}

/** Results of published rounds: the offer with its contract terms, and the reasons for each job ranked higher. */
export async function listOffers(db: Executor, actor: Actor, locale: LaborLocale) {
  const worker = await getWorker(db, actor);
  const rows = await db
    .selectFrom('allocation_results as ar')
    .innerJoin('allocation_rounds as r', 'r.id', 'ar.round_id')
    .select([
      'ar.id', 'ar.job_order_id', 'ar.rank', 'ar.score', 'ar.status', 'ar.lottery', 'ar.refused_positions', 'ar.refused_scores',
      'r.id as round_id', 'r.number', 'r.programme_code', 'r.lottery_seed', 'r.job_order_ids', 'r.capacities', 'r.cutoff_scores', 'r.cutoff_lotteries',
    ])
    .where('ar.person_id', '=', worker.id)
    .where('r.status', '=', 'published')
    .orderBy('r.published_at', 'desc')
    .execute();
  const idAt = (r: (typeof rows)[number], position: number) => r.job_order_ids?.[position] ?? '';
  const jobIds = [...new Set(rows.flatMap((r) => [r.job_order_id, ...r.refused_positions.map((p) => idAt(r, p))]).filter((x): x is string => !!x))];
  // Job orders referred to may have closed since; their titles still explain the result.
  const titles = jobIds.length ? await db.selectFrom('job_orders').select(['id', 'job_title', 'reference']).where('id', 'in', jobIds).execute() : [];
  const titleOf = new Map(titles.map((t) => [t.id, t]));
  const offered = rows.map((r) => r.job_order_id).filter((x): x is string => !!x);
  const details = new Map((offered.length ? await listPublicJobOrders(db, { ids: offered, anyStatus: true, limit: 200 }) : []).map((j) => [j.id, j]));
  return rows.map((r) => {
    const jo = r.job_order_id ? details.get(r.job_order_id) : undefined;
    return {
      id: r.id,
      roundId: r.round_id,
      roundNumber: r.number,
      programmeCode: r.programme_code,
      lotterySeed: r.lottery_seed,
      status: r.status,
      rank: r.rank,
      score: r.score,
      lottery: r.lottery,
      jobOrder: jo ?? null,
      contractTerms: jo ? termsOf(jo, locale) : [],
      // Every job order ranked above the placement was refused, in order, so the index is the rank
      // (run-round.ts). No places in the round, then no score there, then full with higher scores.
      refusals: r.refused_positions.map((position, rank) => {
        const yourScore = r.refused_scores[rank] ?? null;
        const kind: RefusalKind = r.capacities?.[position] === 0 ? 'NO_PLACES' : yourScore === null ? 'NOT_ACCEPTED' : 'FULL';
        const id = idAt(r, position);
        return {
          jobOrderId: id,
          jobTitle: titleOf.get(id)?.job_title ?? '',
          reference: titleOf.get(id)?.reference ?? '',
          rank,
          kind,
          lowestAdmittedScore: kind === 'FULL' ? (r.cutoff_scores?.[position] ?? null) : null,
          lowestAdmittedLottery: kind === 'FULL' ? (r.cutoff_lotteries?.[position] ?? null) : null,
          yourScore: kind === 'FULL' ? yourScore : null,
        };
      }),
    };
  });
}

async function findOwnResult(trx: Trx, workerId: string, id: string) {
  const row = await trx
    .selectFrom('allocation_results as ar')
    .innerJoin('allocation_rounds as r', 'r.id', 'ar.round_id')
    .select(['ar.id', 'ar.status', 'ar.job_order_id', 'ar.person_id', 'r.programme_code', 'r.status as round_status'])
    .where('ar.id', '=', id)
    .where('ar.person_id', '=', workerId)
    .executeTakeFirst();
  if (!row || row.round_status !== 'published' || !row.job_order_id) throw new DomainError('OFFER_NOT_FOUND');
  if (row.status !== 'offered') throw new DomainError('OFFER_NOT_OPEN', `The offer is ${row.status}.`, { status: row.status });
  return { ...row, job_order_id: row.job_order_id };
}

/**
 * Accepts an offer: a placement, and a case in the programme's workflow for the permit or visa.
 * @example await acceptOffer(trx, actor, resultId) // { placementId, caseId, caseNumber }
 */
export async function acceptOffer(trx: Trx, actor: Actor, id: string) {
  const worker = await getWorker(trx, actor);
  const offer = await findOwnResult(trx, worker.id, id);
  const jo = await trx.selectFrom('job_orders').select(['id', 'member_state', 'workers_needed', 'status']).where('id', '=', offer.job_order_id).forUpdate().executeTakeFirstOrThrow();
  await trx.updateTable('allocation_results').set({ status: 'accepted', responded_at: new Date() }).where('id', '=', id).execute();
  let opened: { id: string; caseNumber: string | null };
  try {
    const c = await applyForProgramme(trx, actor, { programmeCode: offer.programme_code });
    opened = { id: c.id, caseNumber: c.caseNumber };
  } catch (err) {
    // A case already open in this programme (the worker applied before) carries the placement.
    if (err instanceof DomainError && err.code === 'CASE_ALREADY_OPEN' && typeof err.details?.caseId === 'string') opened = { id: err.details.caseId, caseNumber: null };
    else throw err;
  }
  const placementId = randomUUID();
  await trx
    .insertInto('placements')
    .values({ id: placementId, member_state: jo.member_state, job_order_id: jo.id, result_id: id, person_id: worker.id, worker_member_state: worker.member_state, case_id: opened.id })
    .execute();
  const placed = await trx.selectFrom('placements').select((eb) => eb.fn.countAll<number>().as('n')).where('job_order_id', '=', jo.id).executeTakeFirstOrThrow();
  if (Number(placed.n) >= jo.workers_needed && ['approved', 'recruiting'].includes(jo.status)) {
    await trx.updateTable('job_orders').set({ status: 'filled', updated_at: new Date() }).where('id', '=', jo.id).execute();
  }
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.offer.accept', recordType: 'placement', recordId: placementId, details: { jobOrderId: jo.id, caseId: opened.id } });
  return { placementId, caseId: opened.id, caseNumber: opened.caseNumber, status: 'accepted' as const };
}

/** Declining frees the place for a later round. */
export async function declineOffer(trx: Trx, actor: Actor, id: string) {
  const worker = await getWorker(trx, actor);
  await findOwnResult(trx, worker.id, id);
  await trx.updateTable('allocation_results').set({ status: 'declined', responded_at: new Date() }).where('id', '=', id).execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.offer.decline', recordType: 'allocation_result', recordId: id });
  return { id, status: 'declined' as const };
}
