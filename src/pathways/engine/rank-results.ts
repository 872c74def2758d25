/**
 * Orders an applicant's screening results: eligible first, then needs information (fewest missing
 * facts first, since those are the quickest to settle), then not eligible. Ties keep a stable,
 * deterministic order by programme code.
 */
import type { Outcome } from './evaluate-rule.ts';

export interface RankableResult {
  programmeCode: string;
  outcome: Outcome;
  missingFacts: readonly unknown[];
  /** Results whose programme does not take applications now sort after those that do. */
  isAcceptingApplications?: boolean;
}

const OUTCOME_ORDER: Record<Outcome, number> = { eligible: 0, needs_information: 1, not_eligible: 2 };

function compareResults(a: RankableResult, b: RankableResult): number {
  return (
    OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] ||
    (a.outcome === 'needs_information' ? a.missingFacts.length - b.missingFacts.length : 0) ||
    Number(b.isAcceptingApplications ?? true) - Number(a.isAcceptingApplications ?? true) ||
    (a.programmeCode < b.programmeCode ? -1 : a.programmeCode > b.programmeCode ? 1 : 0)
  );
}

/**
 * A new array in the order the applicant should see it.
 *
 * @example rankScreeningResults(results).map((r) => r.programmeCode) // ['ca_sawp', 'us_h2a', …]
 */
export function rankScreeningResults<T extends RankableResult>(results: readonly T[]): T[] {
  return [...results].sort(compareResults);
}
