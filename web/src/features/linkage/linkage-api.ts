/**
 * The linkage API: the review queue of possible duplicates, the side-by-side comparison, decisions,
 * merge and undo, and family tracing.
 */
import { request } from '../../api.ts';

export type PairStatus = 'pending' | 'confirmed' | 'rejected' | 'merged' | 'undone';

export type QueueItem = {
  id: string;
  matchProbability: number;
  matchWeight: number;
  status: PairStatus;
  cannotLink: 'rejected' | 'document_conflict' | null;
  memberStates: string[];
  version: number;
  a: { name: string; birthDate: string | null };
  b: { name: string; birthDate: string | null };
};

export type FieldWeight = { comparison: string; level: number; label: string; m: number | null; u: number | null; weight: number };

export type PairSide = {
  id: string;
  givenNames: string;
  familyName1: string | null;
  familyName2: string | null;
  sex: string | null;
  birthDate: string | null;
  nationalities: string[];
  phone: string | null;
  memberState: string;
  office: string | null;
  registeredAt: string;
  documents: { type: string; number: string; issuingCountry: string }[];
  clusterId: string;
  mergedInto: string | null;
  cases: { id: string; caseNumber: string; programmeCode: string; status: string }[];
};

export type PairComparison = Omit<QueueItem, 'a' | 'b'> & {
  terms: FieldWeight[];
  a: PairSide;
  b: PairSide;
  decisions: { decision: string; note: string | null; decidedAt: string; decidedBy: string | null }[];
};

export type Job = { id: string; status: 'queued' | 'running' | 'succeeded' | 'failed'; progressDone: number; progressTotal: number; result: Record<string, unknown> | null };

export async function listQueue(status: PairStatus): Promise<QueueItem[]> {
  return (await request<{ items: QueueItem[] }>('GET', `/api/linkage/pairs?status=${status}`)).items;
}

export function getPair(id: string): Promise<PairComparison> {
  return request('GET', `/api/linkage/pairs/${encodeURIComponent(id)}`);
}

export function decidePair(id: string, decision: 'confirm' | 'reject', version: number, note?: string): Promise<{ status: PairStatus; version: number }> {
  return request('POST', `/api/linkage/pairs/${encodeURIComponent(id)}/decisions`, { decision, version, ...(note ? { note } : {}) });
}

export function mergePair(id: string, version: number): Promise<{ moved: { caseMembers: number; cases: number; relatives: number } }> {
  return request('POST', `/api/linkage/pairs/${encodeURIComponent(id)}/merge`, { version });
}

export function undoMerge(id: string, version: number): Promise<unknown> {
  return request('POST', `/api/linkage/pairs/${encodeURIComponent(id)}/undo`, { version });
}

export function startRecheck(): Promise<{ jobId: string }> {
  return request('POST', '/api/linkage/rechecks');
}

export function getLinkageJob(id: string): Promise<Job> {
  return request('GET', `/api/linkage/jobs/${encodeURIComponent(id)}`);
}

export type Relationship = 'parent' | 'child' | 'sibling' | 'spouse' | 'other';
export type Sought = {
  givenNames?: string;
  familyName1?: string;
  familyName2?: string;
  sex?: 'female' | 'male' | 'other';
  birthYear?: number;
  fatherFamilyName1?: string;
  motherFamilyName1?: string;
};
export type TracingTerm = { factor: string; label: string; weight: number };
export type TracingRequest = {
  id: string;
  seekerId: string;
  relationship: Relationship;
  status: 'open' | 'matched' | 'closed';
  createdAt: string;
  candidates: {
    matchId: string;
    personId: string;
    memberState: string;
    name: string;
    birthDate: string | null;
    score: number;
    probability: number;
    terms: TracingTerm[];
    status: 'proposed' | 'confirmed' | 'rejected';
  }[];
};
export type TracingSummary = { id: string; seekerName: string; relationship: Relationship; status: TracingRequest['status']; createdAt: string };
export type LinkageNotification = { id: string; personName: string; status: string; createdAt: string };

export function createTracingRequest(body: { seekerId: string; relationship: Relationship; sought: Sought }): Promise<TracingRequest> {
  return request('POST', '/api/linkage/tracing-requests', body);
}

export function getTracingRequest(id: string): Promise<TracingRequest> {
  return request('GET', `/api/linkage/tracing-requests/${encodeURIComponent(id)}`);
}

export async function listTracingRequests(): Promise<TracingSummary[]> {
  return (await request<{ items: TracingSummary[] }>('GET', '/api/linkage/tracing-requests')).items;
}

export function decideTracingMatch(matchId: string, decision: 'confirm' | 'reject'): Promise<unknown> {
  return request('POST', `/api/linkage/tracing-matches/${encodeURIComponent(matchId)}/decisions`, { decision });
}

export async function listLinkageNotifications(): Promise<LinkageNotification[]> {
  return (await request<{ items: LinkageNotification[] }>('GET', '/api/linkage/notifications')).items;
}

/** An applicant looks for a relative as themself: the principal of their own household. */
export async function findOwnPersonId(): Promise<string | undefined> {
  const { items } = await request<{ items: { principalPersonId: string }[] }>('GET', '/api/registry/households/mine');
  return items[0]?.principalPersonId;
}
