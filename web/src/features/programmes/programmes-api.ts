/**
 * The programme catalogue and rule versions, for programme administrators.
 */
import { request } from '../../api.ts';

export type ProgrammeSummary = {
  code: string;
  name: string;
  hostMemberState: string;
  kind: string;
  status: string;
  availability: string;
  closedOn: string | null;
  currentRuleVersion: string | null;
  ruleVersions: { version: string; effectiveFrom: string; effectiveTo: string | null; changeNote: string }[];
};

export type Job = {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progressDone: number;
  progressTotal: number;
  result: Record<string, unknown> | null;
  error: string | null;
};

export async function listProgrammes(lang: string): Promise<ProgrammeSummary[]> {
  return (await request<{ items: ProgrammeSummary[] }>('GET', `/api/pathways/programmes?lang=${encodeURIComponent(lang)}`)).items;
}

export function addRuleVersion(code: string, version: unknown): Promise<{ jobId: string; version: string }> {
  return request('POST', `/api/pathways/programmes/${encodeURIComponent(code)}/rule-versions`, version);
}

export function getJob(id: string): Promise<Job> {
  return request<Job>('GET', `/api/jobs/${encodeURIComponent(id)}`);
}
