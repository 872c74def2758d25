/**
 * The cases API for the web app, typed with the server's own response schemas.
 */
import { request, uploadFile } from '../../api.ts';
import type { ApplicantCase, CaseDetail, CaseDocument, CaseSummary, Decision } from '../../../../src/cases/cases.responses.ts';
import type { DocumentType, NewDecision } from '../../../../src/cases/cases.schemas.ts';

export type { ApplicantCase, CaseDetail, CaseDocument, CaseSummary, Decision, DocumentType };

export type TimelineEvent = { id: string; occurredAt: string; kind: string; stage: string | null; actorName: string | null; details: Record<string, unknown> };
export type Workload = {
  byAssignee: { assignedTo: string | null; assigneeName: string | null; open: number; overdue: number; urgent: number }[];
  overdueCases: CaseSummary[];
  pendingApprovals: (Decision & { caseId: string; caseNumber: string; requestedByName: string | null })[];
};
type Changed = { id: string; version?: number; stage?: string };

function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

/** A page of the queue; `nextCursor` asks for the page after it (null on the last page). */
export function listQueue(params: Record<string, string | undefined>): Promise<{ items: CaseSummary[]; nextCursor: string | null }> {
  return request<{ items: CaseSummary[]; nextCursor: string | null }>('GET', `/api/cases/queue${query(params)}`);
}
export async function searchCases(params: Record<string, string | undefined>): Promise<CaseSummary[]> {
  return (await request<{ items: CaseSummary[] }>('GET', `/api/cases/search${query(params)}`)).items;
}
export const getCase = (id: string) => request<CaseDetail>('GET', `/api/cases/${id}`);
export async function getTimeline(id: string): Promise<TimelineEvent[]> {
  return (await request<{ items: TimelineEvent[] }>('GET', `/api/cases/${id}/timeline`)).items;
}
export const moveCase = (id: string, toStage: string, expectedVersion: number, comment?: string) =>
  request<Changed>('POST', `/api/cases/${id}/move`, { toStage, expectedVersion, ...(comment ? { comment } : {}) });
export const assignCase = (id: string, assigneeId: string | null, expectedVersion: number) => request<Changed>('POST', `/api/cases/${id}/assign`, { assigneeId, expectedVersion });
export const recordFacts = (id: string, facts: Record<string, string | boolean | null>, expectedVersion: number) =>
  request<Changed>('POST', `/api/cases/${id}/facts`, { facts, expectedVersion });
export const addTask = (id: string, body: { title: string; dueOn: string; forApplicant: boolean; documentType?: DocumentType }) => request<Changed>('POST', `/api/cases/${id}/tasks`, body);
export const completeTask = (id: string, taskId: string) => request<Changed>('POST', `/api/cases/${id}/tasks/${taskId}/complete`, {});
export const scheduleInterview = (id: string, body: { scheduledAt: string; place: string; language: string; interpreter?: string }) =>
  request<Changed>('POST', `/api/cases/${id}/interviews`, body);
export const recordInterview = (id: string, interviewId: string) => request<Changed>('POST', `/api/cases/${id}/interviews/${interviewId}/record`, { status: 'held' });
export const uploadDocument = (id: string, type: DocumentType, file: File) => uploadFile<CaseDocument>(`/api/cases/${id}/documents?type=${type}`, file);
export const recordDecision = (id: string, body: NewDecision) => request<Decision>('POST', `/api/cases/${id}/decisions`, body);
export const reviewDecision = (id: string, decisionId: string, approve: boolean, comment?: string) =>
  request<Decision>('POST', `/api/cases/${id}/decisions/${decisionId}/review`, { approve, ...(comment ? { comment } : {}) });
export const addNote = (id: string, body: string) => request<Changed>('POST', `/api/cases/${id}/notes`, { body });
export const sendMessage = (id: string, body: string) => request<Changed>('POST', `/api/cases/${id}/messages`, { body });
export const getWorkload = () => request<Workload>('GET', '/api/cases/workload');
export async function listMyCases(lang: string): Promise<ApplicantCase[]> {
  return (await request<{ items: ApplicantCase[] }>('GET', `/api/my/cases?lang=${lang}`)).items;
}
export const uploadMyDocument = (id: string, type: DocumentType, taskId: string, file: File) =>
  uploadFile<CaseDocument>(`/api/my/cases/${id}/documents?type=${type}&taskId=${taskId}`, file);
