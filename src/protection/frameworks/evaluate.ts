/**
 * Turns a questionnaire's answers into its outcome and the flags it raises. Pure: the service
 * stores the outcome encrypted and the flag codes in the clear.
 */
import { scoreIndicators, type IloResult, type IndicatorRef } from './ilo-indicators.ts';
import type { Questionnaire } from './questionnaires.ts';
import type { FlagCode } from './routing.ts';

export type Answers = Record<string, boolean>;

export interface VulnerabilityResult {
  levels: Record<'individual' | 'household' | 'community' | 'structural', { risk: number; protective: number }>;
  balance: number;
  band: 'low' | 'medium' | 'high';
}

export interface Evaluation {
  flags: FlagCode[];
  suggestedNeeds: string[];
  ilo?: IloResult;
  vulnerability?: VulnerabilityResult;
}

/** IOM DoMV gives no cut-off; ours: three more risk than protective factors is high, one or two medium. */
export const VULNERABILITY_BANDS = { high: 3, medium: 1 } as const;

export function evaluateAnswers(questionnaire: Questionnaire, answers: Answers, opts: { isChild: boolean }): Evaluation {
  const yes = questionnaire.questions.filter((q) => answers[q.id] === true);
  const flags = new Set<FlagCode>();
  const needs = new Set<string>();
  for (const q of yes) {
    for (const f of q.raises ?? []) flags.add(f as FlagCode);
    if (q.suggestsNeed) needs.add(q.suggestsNeed);
  }
  const result: Evaluation = { flags: [], suggestedNeeds: [] };
  if (questionnaire.code === 'trafficking-ilo') {
    const found: IndicatorRef[] = yes.flatMap((q) => q.indicators ?? []);
    const ilo = scoreIndicators(found, opts.isChild);
    result.ilo = ilo;
    if (ilo.presumedVictim) flags.add('trafficking_presumed_victim');
    if (ilo.present.length > 0) flags.add('trafficking_indicators');
    else if (found.length > 0) flags.add('exploitation_indicators');
  }
  if (questionnaire.code === 'vulnerability') {
    const levels: VulnerabilityResult['levels'] = {
      individual: { risk: 0, protective: 0 },
      household: { risk: 0, protective: 0 },
      community: { risk: 0, protective: 0 },
      structural: { risk: 0, protective: 0 },
    };
    for (const q of yes) if (q.factor) levels[q.factor.level][q.factor.kind]++;
    const balance = Object.values(levels).reduce((s, l) => s + l.risk - l.protective, 0);
    const band = balance >= VULNERABILITY_BANDS.high ? 'high' : balance >= VULNERABILITY_BANDS.medium ? 'medium' : 'low';
    result.vulnerability = { levels, balance, band };
    if (band === 'high') flags.add('high_vulnerability');
  }
  result.flags = [...flags];
  result.suggestedNeeds = [...needs];
  return result;
}

/**
 * What a worker in a labour mobility programme may report, mapped to the trafficking questionnaire's
 * questions (and so to ILO indicators).
 */
export const WORKER_REPORT_INDICATORS = {
  fee_charged: 'recruitment_fee',
  document_kept: 'documents_kept',
  threats: 'threats_destination',
  unpaid_wages: 'wages_withheld',
  confined: 'confined',
  excessive_hours: 'excessive_hours',
  deceived_job: 'deceived_job',
  debt: 'debt_bondage',
} as const;
export type WorkerReportIndicator = keyof typeof WORKER_REPORT_INDICATORS;
export const WORKER_INDICATOR_CODES = Object.keys(WORKER_REPORT_INDICATORS) as WorkerReportIndicator[];
