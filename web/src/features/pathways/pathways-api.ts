/**
 * The screening API for the web app. Everything a person reads (programme names, outcomes, criteria,
 * missing facts, next steps) comes translated by the server into the language asked for.
 */
import { request } from '../../api.ts';

export type CriterionResult = 'met' | 'not_met' | 'unknown' | 'not_evaluated';
export type Outcome = 'eligible' | 'not_eligible' | 'needs_information';

/** One criterion of a programme's rules; `depth` places it in the rule's tree (0 at the top). */
export type Criterion = {
  id: string;
  depth: number;
  result: CriterionResult;
  resultText: string;
  text: string;
  source?: { citation: string; url?: string };
};

/** A programme as screened for a household, as GET /api/pathways/households/:id/pathways describes it. */
export type Pathway = {
  programmeCode: string;
  programmeName: string;
  hostMemberState: string;
  kind: string;
  programmeStatus: string;
  outcome: Outcome;
  outcomeText: string;
  ruleVersion: string;
  asOf: string;
  screenedAt: string;
  nextSteps: string;
  missingFacts: string[];
  criteria: Criterion[];
};

/** Screens the household against every programme taking applications; answers how many were checked. */
export async function screenHousehold(householdId: string): Promise<number> {
  const result = await request<{ programmes: number }>('POST', `/api/pathways/households/${encodeURIComponent(householdId)}/screenings`);
  return result.programmes;
}

/** The household's pathways, ranked, most promising first, in `lang`. */
export async function listPathways(householdId: string, lang: string): Promise<Pathway[]> {
  const query = new URLSearchParams({ lang });
  const result = await request<{ items: Pathway[] }>('GET', `/api/pathways/households/${encodeURIComponent(householdId)}/pathways?${query}`);
  return result.items;
}
