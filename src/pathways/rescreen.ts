/**
 * A new rule version for a programme, and the job that re-screens everyone it affects.
 * Every household with a current result for the programme is evaluated again under the
 * version in force; only the households whose outcome changed get a new result and a row in
 * screening_changes (what changed, for whom). The rest keep their result as it stands.
 */
import type { Actor } from '../platform/actor.ts';
import { auditActorOf } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import type { Db, Trx } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { createJob, type JobContext } from '../platform/jobs.ts';
import type { Keyring } from '../platform/crypto.ts';
import { loadFactsPage } from '../registry/household-facts.ts';
import { isIntakeOpen, screenProgramme } from './catalogue/catalogue.ts';
import { insertRuleVersion, loadProgrammes } from './catalogue-store.ts';
import { RuleVersion } from './engine/rules.schemas.ts';
import { today } from './screen-household.ts';
import { writeResults } from './write-results.ts';
import { randomUUID } from 'node:crypto';

export const RESCREEN_JOB = 'pathways.rescreen';

/**
 * Adds a rule version to a programme of the actor's own member state and queues the
 * re-screening job. Returns the job id; the caller runs the job after commit.
 */
export async function addRuleVersion(trx: Trx, actor: Actor, programmeCode: string, input: unknown): Promise<{ jobId: string; version: string }> {
  const programme = await trx
    .selectFrom('programmes')
    .select(['code', 'host_member_state'])
    .where('code', '=', programmeCode)
    .where('host_member_state', '=', actor.memberState)
    .executeTakeFirst();
  if (!programme) throw new DomainError('PROGRAMME_NOT_FOUND');
  const parsed = RuleVersion.safeParse(input);
  if (!parsed.success) {
    throw new DomainError('RULE_VERSION_INVALID', 'The rule version is not valid.', {
      fields: parsed.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), code: i.code, key: 'validation.invalid', message: i.message })),
    });
  }
  const version = parsed.data;
  const exists = await trx
    .selectFrom('rule_versions')
    .select('version')
    .where('programme_code', '=', programmeCode)
    .where('version', '=', version.version)
    .executeTakeFirst();
  if (exists) throw new DomainError('RULE_VERSION_EXISTS', `Version ${version.version} exists.`);
  // The version in force before closes the day the new one starts, so versions never overlap.
  await trx
    .updateTable('rule_versions')
    .set({ effective_to: version.effectiveFrom })
    .where('programme_code', '=', programmeCode)
    .where('effective_from', '<', version.effectiveFrom)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>', version.effectiveFrom)]))
    .execute();
  await insertRuleVersion(trx, programmeCode, version, actor.userId);
  await trx.updateTable('programmes').set({ updated_at: new Date() }).where('code', '=', programmeCode).execute();
  const jobId = await createJob(trx, { kind: RESCREEN_JOB, memberState: actor.memberState, params: { programmeCode, version: version.version }, startedBy: actor.userId });
  await recordAudit(trx, auditActorOf(actor), {
    action: 'programme.rule_version.add',
    recordType: 'programme',
    recordId: programmeCode,
    details: { version: version.version, effectiveFrom: version.effectiveFrom, jobId },
  });
  return { jobId, version: version.version };
}

const PAGE = 1000;

/** The re-screening job: pages through the households with a current result for the programme. */
export async function rescreenProgramme(db: Db, ring: Keyring, ctx: JobContext, programmeCode: string, asOf: string = today()) {
  const [programme] = await loadProgrammes(db, [programmeCode]);
  if (!programme) throw new Error(`unknown programme ${programmeCode}`);
  const total = Number(
    (
      await db
        .selectFrom('screening_results')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('programme_code', '=', programmeCode)
        .where('superseded_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );
  let done = 0;
  let changed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  const byOutcome: Record<string, number> = {};
  for (;;) {
    const page = await db
      .selectFrom('screening_results')
      .select(['household_id', 'member_state', 'outcome', 'rule_version'])
      .where('programme_code', '=', programmeCode)
      .where('superseded_at', 'is', null)
      .where('household_id', '>', after)
      .orderBy('household_id')
      .limit(PAGE)
      .execute();
    if (page.length === 0) break;
    after = page[page.length - 1].household_id;
    const facts = await loadFactsPage(db, ring, page.map((p) => p.household_id));
    const updates: Parameters<typeof writeResults>[1] = [];
    const changes: { household_id: string; member_state: string; old_outcome: string; new_outcome: string; old_rule_version: string; new_rule_version: string }[] = [];
    for (const row of page) {
      const household = facts.get(row.household_id);
      if (!household) continue;
      const result = screenProgramme(programme, household, asOf);
      if (result.outcome === row.outcome) continue;
      updates.push({ householdId: row.household_id, memberState: row.member_state, result, memberIds: household.members.map((m) => m.id) });
      changes.push({
        household_id: row.household_id,
        member_state: row.member_state,
        old_outcome: row.outcome,
        new_outcome: result.outcome,
        old_rule_version: row.rule_version,
        new_rule_version: result.ruleVersion,
      });
      const key = `${row.outcome}->${result.outcome}`;
      byOutcome[key] = (byOutcome[key] ?? 0) + 1;
    }
    await db.transaction().execute(async (trx) => {
      await writeResults(trx, updates, ctx.id);
      if (changes.length > 0) {
        await trx
          .insertInto('screening_changes')
          .values(changes.map((c) => ({ ...c, id: randomUUID(), job_id: ctx.id, programme_code: programmeCode })))
          .execute();
      }
      await recordAudit(trx, { userId: null, agencyId: null, memberState: programme.hostState }, {
        action: 'pathways.rescreen.page',
        recordType: 'job',
        recordId: ctx.id,
        details: { programmeCode, households: page.length, changed: changes.length },
      });
    });
    changed += changes.length;
    done += page.length;
    await ctx.progress(done, total);
  }
  return { programmeCode, asOf, households: done, changed, unchanged: done - changed, changes: byOutcome };
}

/**
 * Re-screens every household against every programme taking applications, writing all
 * results (the bulk path; the benchmark measures it against the read-plus-write floor).
 */
export async function rescreenAll(db: Db, ring: Keyring, ctx: JobContext, asOf: string = today(), pageSize = PAGE) {
  const programmes = (await loadProgrammes(db)).filter((p) => isIntakeOpen(p, asOf));
  const total = Number((await db.selectFrom('households').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  let after = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  let results = 0;
  for (;;) {
    const page = await db.selectFrom('households').select(['id', 'member_state']).where('id', '>', after).orderBy('id').limit(pageSize).execute();
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    const facts = await loadFactsPage(db, ring, page.map((h) => h.id));
    const rows: Parameters<typeof writeResults>[1] = [];
    for (const h of page) {
      const household = facts.get(h.id);
      if (!household) continue;
      const memberIds = household.members.map((m) => m.id);
      for (const p of programmes) rows.push({ householdId: h.id, memberState: h.member_state, result: screenProgramme(p, household, asOf), memberIds });
    }
    await db.transaction().execute(async (trx) => {
      await writeResults(trx, rows, ctx.id);
      await recordAudit(trx, { userId: null, agencyId: null, memberState: null }, {
        action: 'pathways.rescreen_all.page',
        recordType: 'job',
        recordId: ctx.id,
        details: { households: page.length, results: rows.length },
      });
    });
    results += rows.length;
    done += page.length;
    await ctx.progress(done, total);
  }
  return { households: done, results, programmes: programmes.length, asOf };
}
