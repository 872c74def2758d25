/**
 * Wage floors: public reference data, dated and versioned. An administrator records a floor for their
 * own member state; recording one with the same scope and start date supersedes the previous version
 * (kept, marked superseded), so a job order's stored wage check always points at a row that exists.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { jsonb, type Executor, type Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { HOST_STATES, type NewWageFloor } from '../labor.schemas.ts';
import { cents, owedDuringSeason, type WageFloor } from '../wage-floors/check-wage.ts';

type FloorRow = {
  id: string; version: number; kind: string; hourly_rate: string; currency: string; effective_from: string; effective_to: string | null;
  subdivision: string | null; programme_code: string | null; occupation_code: string | null; skill_level: string | null; historical: boolean;
  source: string; source_url: string | null;
};

export function toWageFloor(r: FloorRow): WageFloor {
  return {
    id: r.id, version: r.version, kind: r.kind, hourlyRate: Number(r.hourly_rate), currency: r.currency, effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to, subdivision: r.subdivision, programmeCode: r.programme_code, occupationCode: r.occupation_code,
    skillLevel: r.skill_level, historical: r.historical, source: r.source, sourceUrl: r.source_url,
  };
}

export async function listWageFloors(db: Executor, filter: { memberState?: string; subdivision?: string; on?: string }) {
  let q = db.selectFrom('wage_floors').selectAll().where('superseded_at', 'is', null);
  if (filter.memberState) q = q.where('member_state', '=', filter.memberState);
  if (filter.subdivision) q = q.where((eb) => eb.or([eb('subdivision', 'is', null), eb('subdivision', '=', filter.subdivision!)]));
  if (filter.on) q = q.where('effective_from', '<=', filter.on).where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', filter.on!)]));
  const rows = await q.orderBy('member_state').orderBy('subdivision').orderBy('effective_from', 'desc').limit(1000).execute();
  return rows.map((r) => ({ ...toWageFloor(r), memberState: r.member_state, note: r.note }));
}

export async function addWageFloor(trx: Trx, actor: Actor, input: NewWageFloor) {
  if (input.subdivision && !input.subdivision.startsWith(`${actor.memberState}-`)) throw new DomainError('WAGE_FLOOR_PLACE', 'The place must be in your member state.');
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) throw new DomainError('WAGE_FLOOR_DATES', 'The floor must end after it starts.');
  // A floor in another currency could never be compared with the job orders of the place.
  const currency = HOST_STATES[actor.memberState]?.currency;
  if (currency && input.currency !== currency) throw new DomainError('WAGE_FLOOR_CURRENCY', `Wages in your member state are paid in ${currency}.`);
  if (input.programmeCode) {
    const p = await trx.selectFrom('programmes').select('host_member_state').where('code', '=', input.programmeCode).executeTakeFirst();
    if (!p || p.host_member_state !== actor.memberState) throw new DomainError('WAGE_FLOOR_PROGRAMME', 'The programme must be one your member state hosts.');
  }
  const same = await trx
    .selectFrom('wage_floors')
    .selectAll()
    .where('member_state', '=', actor.memberState)
    .where('kind', '=', input.kind)
    .where('effective_from', '=', input.effectiveFrom)
    .where('superseded_at', 'is', null)
    .where((eb) =>
      eb.and([
        input.subdivision ? eb('subdivision', '=', input.subdivision) : eb('subdivision', 'is', null),
        input.programmeCode ? eb('programme_code', '=', input.programmeCode) : eb('programme_code', 'is', null),
        input.occupationCode ? eb('occupation_code', '=', input.occupationCode) : eb('occupation_code', 'is', null),
        input.skillLevel ? eb('skill_level', '=', input.skillLevel) : eb('skill_level', 'is', null),
      ]),
    )
    .executeTakeFirst();
  if (same) await trx.updateTable('wage_floors').set({ superseded_at: new Date() }).where('id', '=', same.id).execute();
  const id = randomUUID();
  await trx
    .insertInto('wage_floors')
    .values({
      id,
      member_state: actor.memberState,
      subdivision: input.subdivision ?? null,
      programme_code: input.programmeCode ?? null,
      occupation_system: input.occupationSystem ?? null,
      occupation_code: input.occupationCode ?? null,
      skill_level: input.skillLevel ?? null,
      kind: input.kind,
      hourly_rate: input.hourlyRate,
      currency: input.currency,
      effective_from: input.effectiveFrom,
      effective_to: input.effectiveTo ?? null,
      version: (same?.version ?? 0) + 1,
      source: input.source,
      source_url: input.sourceUrl ?? null,
      note: input.note ?? null,
      created_by: actor.userId,
    })
    .execute();
  const row = await trx.selectFrom('wage_floors').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const floor = toWageFloor(row);
  const reaches = await jobOrdersBelow(trx, actor.memberState, floor);
  // A new version: the job orders told under the one it replaces hear again only if what they owe changed.
  const previous = same ? toWageFloor(same) : null;
  const before = previous ? await jobOrdersBelow(trx, actor.memberState, previous) : [];
  const sameAsBefore = (r: Reach) => {
    const b = before.find((x) => x.id === r.id);
    return previous !== null && b !== undefined && b.owedFrom === r.owedFrom && b.owedUntil === r.owedUntil && cents(previous.hourlyRate) === cents(floor.hourlyRate);
  };
  await notifyEmployers(trx, actor.memberState, floor, 'labor.wage_floor_owed', reaches.filter((r) => !sameAsBefore(r)));
  await notifyEmployers(trx, actor.memberState, floor, 'labor.wage_floor_no_longer_owed', before.filter((b) => !reaches.some((r) => r.id === b.id)));
  await recordAudit(trx, auditActorOf(actor), {
    action: 'labor.wage_floor.add',
    recordType: 'wage_floor',
    recordId: id,
    details: { kind: input.kind, hourlyRate: input.hourlyRate, supersedes: same?.id ?? null, reaches: reaches.map((r) => r.reference) },
  });
  return { ...floor, memberState: row.member_state, note: row.note, reaches };
}

type Reach = Awaited<ReturnType<typeof jobOrdersBelow>>[number];

type SeasonRow = {
  programme_code: string; occupation_code: string; skill_level: string | null; start_date: string; end_date: string;
  wage_hourly: number | string; currency: string; piece_rates: unknown;
};

/** A job order's pay over its season, at its worksites' places, as the wage test reads it. */
function seasonOf(r: SeasonRow, subdivisions: string[]) {
  return {
    programmeCode: r.programme_code,
    occupationCode: r.occupation_code,
    skillLevel: r.skill_level,
    startDate: r.start_date,
    endDate: r.end_date,
    subdivisions,
    wageHourly: Number(r.wage_hourly),
    currency: r.currency,
    pieceRates: r.piece_rates as { unit: string; rate: number; expectedUnitsPerHour: number }[],
  };
}

/**
 * The floors a live job order owes more than it pays during its season (recorded after it was checked,
 * or taking effect mid-season), each with the days over which it is owed: shown to its employer.
 * A draft has none: its wage is checked whenever it is saved.
 */
export async function floorsOwed(db: Executor, jo: SeasonRow & { member_state: string; status: string; worksite_ids: string[] }) {
  if (!LIVE_JOB_ORDER_STATES.includes(jo.status)) return [];
  const floors = await db
    .selectFrom('wage_floors')
    .selectAll()
    .where('member_state', '=', jo.member_state)
    .where('superseded_at', 'is', null)
    .where('currency', '=', jo.currency)
    .where('effective_from', '<=', jo.end_date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', jo.start_date)]))
    .execute();
  if (floors.length === 0) return [];
  const sites = await db.selectFrom('worksites').select('subdivision').where('id', 'in', jo.worksite_ids).execute();
  const season = seasonOf(jo, sites.map((w) => w.subdivision));
  return floors
    .map(toWageFloor)
    .map((f) => {
      const owed = owedDuringSeason(f, season);
      return owed && { id: f.id, kind: f.kind, hourlyRate: f.hourlyRate, currency: f.currency, effectiveFrom: f.effectiveFrom, effectiveTo: f.effectiveTo, source: f.source, sourceUrl: f.sourceUrl, owedFrom: owed.from, owedUntil: owed.until };
    })
    .filter((f) => f !== null)
    .sort((a, b) => a.owedFrom.localeCompare(b.owedFrom) || b.hourlyRate - a.hourlyRate);
}

/** Job orders past their draft and not yet closed: those whose workers are or will be paid under them. */
const LIVE_JOB_ORDER_STATES = ['submitted', 'approved', 'recruiting', 'filled', 'in_season'];

/**
 * The live job orders of the member state that a floor reaches during their season and that pay below
 * it (the hourly wage, or a piece rate at the stated pace), each with the days over which the floor is
 * owed (`owedDuringSeason`). Shown to the officer and sent to the employers (`notifyEmployers`).
 */
async function jobOrdersBelow(trx: Trx, memberState: string, floor: WageFloor) {
  const rows = await trx
    .selectFrom('job_orders as jo')
    .innerJoin('employers as e', 'e.id', 'jo.employer_id')
    .select(['jo.id', 'jo.reference', 'jo.employer_id', 'jo.programme_code', 'jo.occupation_code', 'jo.skill_level', 'jo.start_date', 'jo.end_date', 'jo.wage_hourly', 'jo.currency', 'jo.piece_rates', 'jo.worksite_ids', 'e.legal_name', 'e.trade_name'])
    .where('jo.member_state', '=', memberState)
    .where('jo.status', 'in', LIVE_JOB_ORDER_STATES)
    .where('jo.currency', '=', floor.currency)
    .where('jo.end_date', '>=', floor.effectiveFrom)
    .$if(floor.effectiveTo !== null, (q) => q.where('jo.start_date', '<=', floor.effectiveTo!))
    .execute();
  if (rows.length === 0) return [];
  const siteIds = [...new Set(rows.flatMap((r) => r.worksite_ids))];
  const sites = new Map((await trx.selectFrom('worksites').select(['id', 'subdivision']).where('id', 'in', siteIds).execute()).map((w) => [w.id, w.subdivision]));
  return rows
    .map((r) => {
      const owed = owedDuringSeason(floor, seasonOf(r, r.worksite_ids.map((w) => sites.get(w) ?? '')));
      return owed && { id: r.id, reference: r.reference, employerId: r.employer_id, employerName: r.trade_name ?? r.legal_name, wageHourly: Number(r.wage_hourly), currency: r.currency, owedFrom: owed.from, owedUntil: owed.until };
    })
    .filter((r) => r !== null)
    .sort((a, b) => a.owedFrom.localeCompare(b.owedFrom) || a.reference.localeCompare(b.reference));
}

/**
 * Tells the employers of these job orders, through the outbox in this transaction: the people who act
 * for each (its association's employer users, and whoever registered it, while they are employer users
 * and their account is active), by e-mail, or by SMS when they have no address. The parameters carry
 * the reference, the floor and the dates only: the adapter renders the text in the recipient's language.
 */
async function notifyEmployers(trx: Trx, memberState: string, floor: WageFloor, template: string, jobOrders: Reach[]) {
  const rows = [];
  for (const employerId of new Set(jobOrders.map((r) => r.employerId))) {
    const employer = await trx.selectFrom('employers').select(['acting_agency_id', 'created_by']).where('id', '=', employerId).executeTakeFirstOrThrow();
    const recipients = await trx
      .selectFrom('users')
      .select(['id', 'email', 'phone'])
      .where('disabled_at', 'is', null)
      .where(sql<boolean>`'employer' = ANY(roles)`)
      .where((eb) =>
        eb.or([
          ...(employer.acting_agency_id ? [eb('agency_id', '=', employer.acting_agency_id)] : []),
          ...(employer.created_by ? [eb('id', '=', employer.created_by)] : []),
        ]),
      )
      .execute();
    for (const r of jobOrders.filter((j) => j.employerId === employerId)) {
      for (const u of recipients) {
        const channel = u.email ? ('email' as const) : u.phone ? ('sms' as const) : null;
        if (!channel) continue;
        rows.push({
          id: randomUUID(),
          member_state: memberState,
          recipient_user_id: u.id,
          case_id: null,
          channel,
          template,
          params: jsonb({ jobOrderId: r.id, reference: r.reference, wageFloorId: floor.id, hourlyRate: floor.hourlyRate, currency: floor.currency, owedFrom: r.owedFrom, owedUntil: r.owedUntil, source: floor.source }),
          next_attempt_at: new Date(),
        });
      }
    }
  }
  if (rows.length > 0) await trx.insertInto('notification_outbox').values(rows).execute();
}
