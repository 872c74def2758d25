/**
 * Storing screening results, for one household or a page of them: earlier results of the same
 * households and programmes are superseded (kept, not deleted), the new ones inserted set-wise.
 */
import { randomUUID } from 'node:crypto';
import type { Trx } from '../platform/db.ts';
import type { ScreeningResult } from './catalogue/catalogue.ts';
import { compactEvaluation } from './stored-evaluation.ts';

export interface NewResult {
  householdId: string;
  memberState: string;
  result: ScreeningResult;
  memberIds: string[];
}

const INSERT_CHUNK = 2000;

/**
 * Writes results set-wise: one UPDATE supersedes the current results of these households
 * for these programmes, then multi-row INSERTs add the new ones. Same transaction.
 */
export async function writeResults(trx: Trx, rows: NewResult[], jobId: string | null, screenedBy: string | null = null): Promise<void> {
  if (rows.length === 0) return;
  const programmes = [...new Set(rows.map((r) => r.result.programmeCode))];
  await trx
    .updateTable('screening_results')
    .set({ superseded_at: new Date() })
    .where('household_id', 'in', [...new Set(rows.map((r) => r.householdId))])
    .where('programme_code', 'in', programmes)
    .where('superseded_at', 'is', null)
    .execute();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('screening_results')
      .values(
        rows.slice(i, i + INSERT_CHUNK).map((r) => ({
          id: randomUUID(),
          household_id: r.householdId,
          member_state: r.memberState,
          programme_code: r.result.programmeCode,
          rule_version: r.result.ruleVersion,
          outcome: r.result.outcome,
          missing_facts: JSON.stringify(r.result.missingFacts),
          evaluation: JSON.stringify(compactEvaluation(r.result.evaluation, r.memberIds)),
          as_of: r.result.asOf,
          screened_by: screenedBy,
          job_id: jobId,
        })),
      )
      .execute();
  }
}
