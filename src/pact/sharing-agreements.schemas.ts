import { z } from 'zod';
import { CountryCode, IsoDate } from './pact.schemas.ts';

/** What registrations of two member states may be compared for: the purposes linkage knows. */
export const SharingPurpose = z.enum(['deduplication', 'tracing']);
export type SharingPurpose = z.infer<typeof SharingPurpose>;

/**
 * scheduled: not in force yet; in_force: registrations are compared today; expired: its last day
 * has passed; ended: a pact administrator ended it and the end has taken effect (or it was ended
 * before it came into force).
 */
export const SharingAgreementStatus = z.enum(['scheduled', 'in_force', 'expired', 'ended']);
export type SharingAgreementStatus = z.infer<typeof SharingAgreementStatus>;

export const SharingAgreement = z.object({
  id: z.uuid(),
  /** The two member states, in code order. */
  memberStateA: CountryCode,
  memberStateB: CountryCode,
  purpose: SharingPurpose,
  /** The legal instrument; null only for agreements recorded before they were managed here. */
  reference: z.string().nullable(),
  validFrom: IsoDate,
  /** Last day in force, inclusive; null when open-ended. */
  validTo: IsoDate.nullable(),
  status: SharingAgreementStatus,
  createdAt: z.string(),
  /** Set once a pact administrator ended it: the first day it no longer applies, and why. */
  ended: z.object({ on: IsoDate, reason: z.string(), at: z.string() }).nullable(),
});
export type SharingAgreement = z.infer<typeof SharingAgreement>;

export const NewSharingAgreement = z.strictObject({
  memberStateA: CountryCode,
  memberStateB: CountryCode,
  /** One agreement is recorded per purpose, so each can be ended on its own. */
  purposes: z.array(SharingPurpose).min(1).max(SharingPurpose.options.length),
  /** The treaty, memorandum or exchange of notes, with its reference. */
  reference: z.string().trim().min(3).max(500),
  /** First day in force; today when absent. */
  validFrom: IsoDate.optional(),
  /** Last day in force, inclusive; open-ended when absent or null. */
  validTo: IsoDate.nullable().optional(),
});
export type NewSharingAgreement = z.infer<typeof NewSharingAgreement>;

export const EndSharingAgreement = z.strictObject({
  /** The first day on which the agreement no longer applies; today (at once) when absent. */
  endsOn: IsoDate.optional(),
  reason: z.string().trim().min(3).max(1000),
});
export type EndSharingAgreement = z.infer<typeof EndSharingAgreement>;
