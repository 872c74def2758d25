/**
 * The labor API for the web app, typed with the server's own request and response schemas.
 */
import type { z } from 'zod';
import { request } from '../../api.ts';
import type {
  Employer as EmployerSchema,
  EmployerDetail as EmployerDetailSchema,
  JobOrder as JobOrderSchema,
  JobOrderDetail as JobOrderDetailSchema,
  Offer as OfferSchema,
  Placement as PlacementSchema,
  Recruiter as RecruiterSchema,
  RecordedWageFloor as RecordedWageFloorSchema,
  Report as ReportSchema,
  ReportReceipt as ReceiptSchema,
  RoundDetail as RoundDetailSchema,
  Round as RoundSchema,
  WageFloorView as WageFloorViewSchema,
  WorkerRound as WorkerRoundSchema,
} from '../../../../src/labor/labor.responses.ts';
import type { WageFloor } from '../../../../src/labor/wage-floors/check-wage.ts';
import type { ArrivalUpdate, HandleReport, NewAttestation, NewComplianceEvent, NewEmployer, NewJobOrder, NewRecruiter, NewReport, NewWageFloor, NewWorksite, Ranking, UpdateJobOrder } from '../../../../src/labor/labor.schemas.ts';

export type Offer = z.infer<typeof OfferSchema>;
export type ReportReceipt = z.infer<typeof ReceiptSchema>;
export type Employer = z.infer<typeof EmployerSchema>;
export type EmployerDetail = z.infer<typeof EmployerDetailSchema>;
export type JobOrder = z.infer<typeof JobOrderSchema>;
export type JobOrderDetail = z.infer<typeof JobOrderDetailSchema>;
export type Placement = z.infer<typeof PlacementSchema>;
export type Recruiter = z.infer<typeof RecruiterSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type RoundDetail = z.infer<typeof RoundDetailSchema>;
export type WorkerRound = z.infer<typeof WorkerRoundSchema>;
export type WageFloorView = z.infer<typeof WageFloorViewSchema>;
export type RecordedWageFloor = z.infer<typeof RecordedWageFloorSchema>;
export type PublicJobOrder = WorkerRound['jobOrders'][number];

/** The floor named in a JOB_ORDER_BELOW_WAGE_FLOOR or JOB_ORDER_CURRENCY_MISMATCH refusal (and in a job order's wage check). */
export type WageFloorNamed = Pick<
  WageFloor,
  'kind' | 'hourlyRate' | 'currency' | 'effectiveFrom' | 'effectiveTo' | 'subdivision' | 'historical' | 'source' | 'sourceUrl'
>;

const items = <T>(body: { items: T[] }) => body.items;
const id = (value: string) => encodeURIComponent(value);

// The worker
/** How an employer is named on screen: its trade name, else its legal name. */
export function employerName(e: { tradeName: string | null; legalName: string }): string {
  return e.tradeName ?? e.legalName;
}

export async function listMyOffers(lang: string): Promise<Offer[]> {
  return items(await request<{ items: Offer[] }>('GET', `/api/labor/me/offers?lang=${id(lang)}`));
}
export const acceptOffer = (offerId: string) => request<{ placementId: string; caseId: string; caseNumber: string | null }>('POST', `/api/labor/me/offers/${id(offerId)}/accept`);
export const declineOffer = (offerId: string) => request<{ id: string }>('POST', `/api/labor/me/offers/${id(offerId)}/decline`);
export const reportProblem = (body: z.input<typeof NewReport>) => request<ReportReceipt>('POST', '/api/labor/me/reports', body);
export async function listMyRounds(): Promise<WorkerRound[]> {
  return items(await request<{ items: WorkerRound[] }>('GET', '/api/labor/me/rounds'));
}
export const saveRanking = (roundId: string, body: z.input<typeof Ranking>) => request<unknown>('PUT', `/api/labor/me/rounds/${id(roundId)}/ranking`, body);

// The employer
export async function listEmployers(): Promise<Employer[]> {
  return items(await request<{ items: Employer[] }>('GET', '/api/labor/employers'));
}
export const getEmployer = (employerId: string) => request<EmployerDetail>('GET', `/api/labor/employers/${id(employerId)}`);
export const registerEmployer = (body: z.input<typeof NewEmployer>) => request<EmployerDetail>('POST', '/api/labor/employers', body);
export const recordCompliance = (employerId: string, body: z.input<typeof NewComplianceEvent>) => request<{ id: string }>('POST', `/api/labor/employers/${id(employerId)}/compliance`, body);
export async function listRecruiters(): Promise<Recruiter[]> {
  return (await request<{ items: Recruiter[] }>('GET', '/api/labor/recruiters')).items;
}
export const registerRecruiter = (body: z.input<typeof NewRecruiter>) => request<Recruiter>('POST', '/api/labor/recruiters', body);
/** The floors in force of a member state (public), optionally at one place and on one day. */
export async function listWageFloors(query: { memberState: string; subdivision?: string; on?: string }): Promise<WageFloorView[]> {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  return items(await request<{ items: WageFloorView[] }>('GET', `/api/labor/wage-floors?${params}`));
}
export const addWageFloor = (body: z.input<typeof NewWageFloor>) => request<RecordedWageFloor>('POST', '/api/labor/wage-floors', body);
export const addWorksite = (employerId: string, body: z.input<typeof NewWorksite>) => request<EmployerDetail['worksites'][number]>('POST', `/api/labor/employers/${id(employerId)}/worksites`, body);
export async function listJobOrders(query: { status?: string; employerId?: string } = {}): Promise<JobOrder[]> {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return items(await request<{ items: JobOrder[] }>('GET', `/api/labor/job-orders${params.size > 0 ? `?${params}` : ''}`));
}
export const getJobOrder = (jobOrderId: string) => request<JobOrderDetail>('GET', `/api/labor/job-orders/${id(jobOrderId)}`);
export const createJobOrder = (body: z.input<typeof NewJobOrder>) => request<JobOrderDetail>('POST', '/api/labor/job-orders', body);
export const updateJobOrder = (jobOrderId: string, body: z.input<typeof UpdateJobOrder>) => request<JobOrderDetail>('PATCH', `/api/labor/job-orders/${id(jobOrderId)}`, body);
export const attestJobOrder = (jobOrderId: string, body: z.input<typeof NewAttestation>) => request<JobOrderDetail>('POST', `/api/labor/job-orders/${id(jobOrderId)}/attestations`, body);
export const submitJobOrder = (jobOrderId: string, expectedVersion: number) => request<JobOrderDetail>('POST', `/api/labor/job-orders/${id(jobOrderId)}/submit`, { expectedVersion });
export const moveJobOrder = (jobOrderId: string, expectedVersion: number, to: 'in_season' | 'closed') =>
  request<JobOrderDetail>('POST', `/api/labor/job-orders/${id(jobOrderId)}/transition`, { expectedVersion, to });
export async function listPlacements(jobOrderId: string): Promise<Placement[]> {
  return items(await request<{ items: Placement[] }>('GET', `/api/labor/job-orders/${id(jobOrderId)}/placements`));
}
export const recordArrival = (placementId: string, body: ArrivalUpdate) => request<unknown>('POST', `/api/labor/placements/${id(placementId)}/arrival`, body);

// The officer
export const approveJobOrder = (jobOrderId: string, expectedVersion: number, note?: string) =>
  request<JobOrderDetail>('POST', `/api/labor/job-orders/${id(jobOrderId)}/approve`, { expectedVersion, ...(note ? { note } : {}) });
export const returnJobOrder = (jobOrderId: string, expectedVersion: number, note?: string) =>
  request<JobOrderDetail>('POST', `/api/labor/job-orders/${id(jobOrderId)}/return`, { expectedVersion, ...(note ? { note } : {}) });
export async function listRounds(): Promise<Round[]> {
  return items(await request<{ items: Round[] }>('GET', '/api/labor/rounds'));
}
export const getRound = (roundId: string) => request<RoundDetail>('GET', `/api/labor/rounds/${id(roundId)}`);
export const openRound = (programmeCode: string) => request<RoundDetail>('POST', '/api/labor/rounds', { programmeCode });
export const runRound = (roundId: string) => request<{ jobId: string; roundId: string }>('POST', `/api/labor/rounds/${id(roundId)}/run`);
export const publishRound = (roundId: string) => request<RoundDetail>('POST', `/api/labor/rounds/${id(roundId)}/publish`);
export async function listReports(status?: string): Promise<Report[]> {
  return items(await request<{ items: Report[] }>('GET', `/api/labor/reports${status ? `?status=${id(status)}` : ''}`));
}
export const handleReport = (reportId: string, body: HandleReport) => request<Report>('PATCH', `/api/labor/reports/${id(reportId)}`, body);
