/**
 * The protection API for the web app, typed with the server's own response schemas.
 */
import type { z } from 'zod';
import { request } from '../../api.ts';
import type * as R from '../../../../src/protection/protection.responses.ts';

export type FileSummary = z.infer<typeof R.FileSummary>;
export type ConfidentialFile = z.infer<typeof R.ConfidentialFile>;
export type QueueItem = z.infer<typeof R.Queue>['items'][number];
export type Task = z.infer<typeof R.Tasks>['items'][number];
export type Service = z.infer<typeof R.Service>;
export type Referral = z.infer<typeof R.Referral>;
export type Questionnaire = z.infer<typeof R.QuestionnaireView>;
export type AssessmentResult = z.infer<typeof R.AssessmentResult>;
export type NeedCode = z.infer<typeof R.NeedCodeList>['items'][number];

const P = '/api/protection';
const enc = encodeURIComponent;

function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

export const getQueue = async () => (await request<z.infer<typeof R.Queue>>('GET', `${P}/queue`)).items;
export const getTasks = async () => (await request<z.infer<typeof R.Tasks>>('GET', `${P}/tasks`)).items;
export const completeTask = (id: string) => request('POST', `${P}/tasks/${enc(id)}/done`);
export const getFile = (personId: string, lang: string) => request<FileSummary>('GET', `${P}/people/${enc(personId)}${query({ lang })}`);
export const getConfidential = (personId: string) => request<ConfidentialFile>('GET', `${P}/people/${enc(personId)}/confidential`);
export const getQuestionnaire = (code: string, mode: 'interviewer' | 'self', lang: string) =>
  request<Questionnaire>('GET', `${P}/questionnaires/${enc(code)}${query({ mode, lang })}`);
export const recordAssessment = (personId: string, body: { questionnaire: string; language: string; answers: Record<string, boolean>; account?: string }) =>
  request<AssessmentResult>('POST', `${P}/people/${enc(personId)}/assessments`, { mode: 'interviewer', ...body });
export const recordSelfAssessment = (body: { personId: string; questionnaire: string; language: string; answers: Record<string, boolean> }) =>
  request<{ id: string; received: true }>('POST', `${P}/me/assessments`, body);
export const getNeedCodes = async (lang: string) => (await request<z.infer<typeof R.NeedCodeList>>('GET', `${P}/specific-needs/codes${query({ lang })}`)).items;
export const recordNeed = (personId: string, body: { code: string; status: 'confirmed' | 'suspected'; details?: string }) => request('POST', `${P}/people/${enc(personId)}/specific-needs`, body);
export const searchServices = async (params: Record<string, string | undefined>) => (await request<z.infer<typeof R.ServiceList>>('GET', `${P}/services${query(params)}`)).items;
export const sendReferral = (personId: string, body: { serviceId: string; need: string; urgency: string; fields: string[]; summary?: string }) =>
  request<{ id: string; status: string; version: number }>('POST', `${P}/people/${enc(personId)}/referrals`, body);
export const getIncomingReferrals = async () => (await request<z.infer<typeof R.ReferralList>>('GET', `${P}/referrals/incoming`)).items;
export const respondToReferral = (id: string, decision: 'accepted' | 'declined', expectedVersion: number) =>
  request('POST', `${P}/referrals/${enc(id)}/response`, { decision, expectedVersion, ...(decision === 'declined' ? { reason: 'no_capacity' } : {}) });
export const completeReferral = (id: string, expectedVersion: number) => request('POST', `${P}/referrals/${enc(id)}/completion`, { expectedVersion });
