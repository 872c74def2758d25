/**
 * The public job feed: approved job orders, as the DOL SeasonalJobs feed publishes them, with no
 * personal data: no named workers, no contacts' names or phones, no tax identifier. Worksites and
 * housing are given to the city.
 */
import type { Executor } from '../../platform/db.ts';
import { PUBLIC_STATUSES } from '../labor.policy.ts';
import type { FeedQuery } from '../labor.schemas.ts';

type Address = { city?: string; subdivision?: string; country?: string };

/** `anyStatus` is for a worker's own offers, which stay readable after the job order moves on. */
export async function listPublicJobOrders(db: Executor, query: Partial<FeedQuery> & { ids?: readonly string[]; anyStatus?: boolean }) {
  let q = db
    .selectFrom('job_orders as jo')
    .innerJoin('employers as e', 'e.id', 'jo.employer_id')
    .select([
      'jo.id', 'jo.reference', 'jo.member_state', 'jo.programme_code', 'jo.status', 'jo.occupation_system', 'jo.occupation_code', 'jo.job_title',
      'jo.duties', 'jo.crops_activities', 'jo.workers_needed', 'jo.start_date', 'jo.end_date', 'jo.hours_per_week', 'jo.wage_hourly', 'jo.currency',
      'jo.piece_rates', 'jo.pay_frequency', 'jo.deductions', 'jo.housing', 'jo.transport', 'jo.meals', 'jo.requirements', 'jo.worksite_ids',
      'e.legal_name', 'e.trade_name', 'e.sector_code',
    ])
    .where('jo.status', 'in', query.anyStatus ? ['approved', 'recruiting', 'filled', 'in_season', 'closed'] : [...PUBLIC_STATUSES]);
  if (query.ids) q = q.where('jo.id', 'in', query.ids.length ? query.ids : ['00000000-0000-0000-0000-000000000000']);
  if (query.programme) q = q.where('jo.programme_code', '=', query.programme);
  if (query.country) q = q.where('jo.member_state', '=', query.country);
  if (query.startsAfter) q = q.where('jo.start_date', '>=', query.startsAfter);
  if (query.subdivision) {
    const sub = query.subdivision;
    q = q.where((eb) => eb.exists(eb.selectFrom('worksites as w').select('w.id').whereRef('w.employer_id', '=', 'jo.employer_id').where('w.subdivision', '=', sub).where(({ ref }) => eb(ref('w.id'), '=', eb.fn.any('jo.worksite_ids')))));
  }
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`).toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['jo.job_title']), 'like', like), eb(eb.fn('lower', ['jo.duties']), 'like', like), eb(eb.fn('lower', ['e.legal_name']), 'like', like), eb(eb.fn('lower', ['e.trade_name']), 'like', like)]));
  }
  const rows = await q.orderBy('jo.start_date').orderBy('jo.id').limit(query.limit ?? 50).offset(query.offset ?? 0).execute();
  const siteIds = [...new Set(rows.flatMap((r) => r.worksite_ids))];
  const sites = siteIds.length ? await db.selectFrom('worksites').select(['id', 'name', 'address', 'subdivision']).where('id', 'in', siteIds).execute() : [];
  const siteById = new Map(sites.map((s) => [s.id, s]));
  return rows.map((r) => {
    const housing = r.housing as { provided: boolean; type: string; capacity: number; address?: Address; inspectedOn?: string; costToWorker?: number };
    return {
      id: r.id,
      reference: r.reference,
      memberState: r.member_state,
      programmeCode: r.programme_code,
      status: r.status,
      employer: { legalName: r.legal_name, tradeName: r.trade_name, sectorCode: r.sector_code },
      occupationSystem: r.occupation_system,
      occupationCode: r.occupation_code,
      jobTitle: r.job_title,
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
      deductions: r.deductions as { kind: string; amount: number; per: string }[],
      housing: { provided: housing.provided, type: housing.type, capacity: housing.capacity, city: housing.address?.city ?? null, inspectedOn: housing.inspectedOn ?? null, costToWorker: housing.costToWorker ?? 0 },
      transport: r.transport as { inbound: string; outbound: string; daily: boolean; description: string },
      meals: r.meals as { provided: string; chargePerDay?: number; description?: string },
      requirements: r.requirements as Record<string, unknown>,
      worksites: r.worksite_ids.flatMap((id) => {
        const s = siteById.get(id);
        const a = (s?.address ?? {}) as Address;
        return s ? [{ id: s.id, name: s.name, city: a.city ?? '', subdivision: s.subdivision }] : [];
      }),
    };
  });
}

export type PublicJobOrder = Awaited<ReturnType<typeof listPublicJobOrders>>[number];

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A plain, accessible HTML page of the feed with a search form; works without JavaScript. */
export function renderJobFeedPage(items: PublicJobOrder[], query: Partial<FeedQuery>): string {
  const v = (s: string | undefined) => escapeHtml(s ?? '');
  const money = (n: number, c: string) => new Intl.NumberFormat('en', { style: 'currency', currency: c }).format(n);
  const rows = items
    .map(
      (j) => `<article>
  <h2>${escapeHtml(j.jobTitle)} <small>(${escapeHtml(j.reference)})</small></h2>
  <p>${escapeHtml(j.employer.tradeName ?? j.employer.legalName)} · ${escapeHtml(j.programmeCode)} · ${escapeHtml(j.worksites.map((w) => `${w.city}, ${w.subdivision}`).join('; '))}</p>
  <dl>
    <dt>Dates</dt><dd>${escapeHtml(j.startDate)} – ${escapeHtml(j.endDate)}</dd>
    <dt>Workers</dt><dd>${j.workersNeeded}</dd>
    <dt>Wage</dt><dd>${money(j.wageHourly, j.currency)} / h${j.pieceRates.map((p) => `; ${money(p.rate, j.currency)} / ${escapeHtml(p.unit)}`).join('')}</dd>
    <dt>Hours a week</dt><dd>${j.hoursPerWeek}</dd>
    <dt>Housing</dt><dd>${j.housing.provided ? `provided (${escapeHtml(j.housing.city ?? '')})` : 'not provided'}</dd>
  </dl>
  <p>${escapeHtml(j.duties)}</p>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seasonal job orders – Puente</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}article{border-top:1px solid #888;padding:.5rem 0}dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem}dt{font-weight:600}label{display:block;margin-top:.5rem}</style>
</head><body><main>
<h1>Seasonal job orders</h1>
<p>Job orders approved by the host member state. The same list as JSON: <a href="/api/labor/feed">/api/labor/feed</a>.</p>
<form method="get" action="/jobs" role="search">
  <label for="q">Search</label><input id="q" name="q" value="${v(query.q)}">
  <label for="programme">Programme code</label><input id="programme" name="programme" value="${v(query.programme)}">
  <label for="subdivision">Region (ISO 3166-2, e.g. CA-ON)</label><input id="subdivision" name="subdivision" value="${v(query.subdivision)}">
  <p><button type="submit">Search</button></p>
</form>
<p>${items.length} job order(s).</p>
${rows}
</main></body></html>`;
}
