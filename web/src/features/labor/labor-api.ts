/**
 * The labor API for the web app, typed with the server's own response schemas.
 */
import type { z } from 'zod';
import { request } from '../../api.ts';
import type { Offer as OfferSchema, ReportReceipt as ReceiptSchema } from '../../../../src/labor/labor.responses.ts';

export type Offer = z.infer<typeof OfferSchema>;
export type ReportReceipt = z.infer<typeof ReceiptSchema>;

export async function listMyOffers(lang: string): Promise<Offer[]> {
  return (await request<{ items: Offer[] }>('GET', `/api/labor/me/offers?lang=${encodeURIComponent(lang)}`)).items;
}
export const acceptOffer = (id: string) => request<{ placementId: string; caseId: string; caseNumber: string | null }>('POST', `/api/labor/me/offers/${id}/accept`);
export const declineOffer = (id: string) => request<{ id: string }>('POST', `/api/labor/me/offers/${id}/decline`);
export const reportProblem = (body: { kinds: string[]; description: string; language: string; anonymous: boolean; jobOrderId?: string }) =>
  request<ReportReceipt>('POST', '/api/labor/me/reports', body);
