/**
 * The catalogue in the database. The seed catalogue (catalogue/) is written once into an
 * empty table; after that the database is the truth, so that a programme administrator's
 * new rule version or a closing takes effect without a release.
 */
import type { Executor, Trx } from '../platform/db.ts';
import { jsonb } from '../platform/db.ts';
import { CATALOGUE } from './catalogue/catalogue.ts';
import type { Programme } from './catalogue/programme.schemas.ts';
import type { RuleVersion } from './engine/rules.schemas.ts';

export async function seedCatalogue(trx: Trx): Promise<number> {
  const existing = new Set((await trx.selectFrom('programmes').select('code').execute()).map((r) => r.code));
  let added = 0;
  for (const programme of CATALOGUE) {
    if (existing.has(programme.code)) continue;
    const { ruleVersions, ...definition } = programme;
    await trx
      .insertInto('programmes')
      .values({ code: programme.code, host_member_state: programme.hostState, kind: programme.kind, status: programme.status, definition: jsonb(definition) })
      .execute();
    for (const v of ruleVersions) await insertRuleVersion(trx, programme.code, v, null);
    added++;
  }
  return added;
}

export async function insertRuleVersion(trx: Trx, programmeCode: string, v: RuleVersion, createdBy: string | null): Promise<void> {
  await trx
    .insertInto('rule_versions')
    .values({
      programme_code: programmeCode,
      version: v.version,
      effective_from: v.effectiveFrom,
      effective_to: v.effectiveTo ?? null,
      rule: jsonb({ changeNote: v.changeNote, rule: v.rule }),
      created_by: createdBy,
    })
    .execute();
}

/** Every programme with its rule versions, as the engine's catalogue type. */
export async function loadProgrammes(db: Executor, codes?: string[]): Promise<Programme[]> {
  if (codes && codes.length === 0) return [];
  let pq = db.selectFrom('programmes').select(['code', 'status', 'definition']).orderBy('code');
  if (codes) pq = pq.where('code', 'in', codes);
  const rows = await pq.execute();
  if (rows.length === 0) return [];
  const versions = await db
    .selectFrom('rule_versions')
    .select(['programme_code', 'version', 'effective_from', 'effective_to', 'rule'])
    .where('programme_code', 'in', rows.map((r) => r.code))
    .orderBy('effective_from')
    .execute();
  return rows.map((r) => {
    const ruleVersions = versions
      .filter((v) => v.programme_code === r.code)
      .map((v) => {
        const stored = v.rule as { changeNote: string; rule: RuleVersion['rule'] };
        return {
          version: v.version,
          effectiveFrom: v.effective_from,
          ...(v.effective_to ? { effectiveTo: v.effective_to } : {}),
          changeNote: stored.changeNote,
          rule: stored.rule,
        };
      });
    return { ...(r.definition as Omit<Programme, 'ruleVersions'>), status: r.status as Programme['status'], ruleVersions } as Programme;
  });
}
