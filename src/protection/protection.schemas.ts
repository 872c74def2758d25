/**
 * Request and response schemas of the protection API, shared with the web app. Request bodies are
 * strict (unknown fields are refused); response schemas strip whatever they do not declare.
 */
import { z } from 'zod';
import { LOCALES } from '../platform/i18n.ts';
import { WORKER_INDICATOR_CODES } from './frameworks/evaluate.ts';
import { FLAG_CODES, PRIORITIES } from './frameworks/routing.ts';

const Uuid = z.uuid();
const FreeText = (max: number) => z.string().trim().min(1).max(max);

export const Priority = z.enum(PRIORITIES);
export const Locale = z.enum(LOCALES);
export const QuestionnaireCode = z.enum(['heightened-risk', 'vulnerability', 'trafficking-ilo']);
export const FlagCode = z.enum(FLAG_CODES as [string, ...string[]]);
export const SERVICE_KINDS = ['shelter', 'legal_aid', 'medical', 'mhpss', 'child_protection', 'anti_trafficking', 'livelihoods'] as const;
export const ServiceKind = z.enum(SERVICE_KINDS);
export const POPULATIONS = ['women', 'men', 'children', 'families', 'lgbtiq', 'survivors_of_trafficking', 'survivors_of_sgbv', 'older_people', 'people_with_disabilities', 'workers'] as const;
export const Population = z.enum(POPULATIONS);
/** What a referral may carry; the recipient gets only the fields chosen (and always the need). */
export const REFERRAL_FIELDS = ['name', 'phone', 'languages', 'sex', 'age_band', 'nationality', 'summary'] as const;
export const ReferralField = z.enum(REFERRAL_FIELDS);
export const DECLINE_REASONS = ['no_capacity', 'not_eligible', 'person_unreachable', 'outside_area', 'other'] as const;

export const PersonParams = z.strictObject({ personId: Uuid });
export const IdParams = z.strictObject({ id: Uuid });
export const LangQuery = z.strictObject({ lang: Locale.optional() });
export const QuestionnaireParams = z.strictObject({ code: QuestionnaireCode });
export const QuestionnaireQuery = z.strictObject({ lang: Locale.optional(), mode: z.enum(['interviewer', 'self']).default('interviewer') });

export const NewAssessment = z.strictObject({
  questionnaire: QuestionnaireCode,
  version: z.int().min(1).optional(),
  mode: z.enum(['interviewer', 'self']).default('interviewer'),
  language: Locale,
  answers: z.record(z.string().regex(/^[a-z_]{2,40}$/), z.boolean()).refine((a) => Object.keys(a).length <= 100, 'too many answers'),
  /** The survivor's own account, in their words; encrypted at rest. */
  account: FreeText(20_000).optional(),
});
export type NewAssessment = z.infer<typeof NewAssessment>;

export const NewSelfAssessment = NewAssessment.omit({ mode: true, account: true }).extend({ personId: Uuid });
export type NewSelfAssessment = z.infer<typeof NewSelfAssessment>;

export const NewSpecificNeed = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/),
  status: z.enum(['confirmed', 'suspected']),
  assessmentId: Uuid.optional(),
  details: FreeText(5000).optional(),
});
export type NewSpecificNeed = z.infer<typeof NewSpecificNeed>;

export const NewFlag = z.strictObject({ code: FlagCode });
export const NewShare = z.strictObject({ officeId: Uuid });

export const ServiceQuery = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  subdivision: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/).optional(),
  kind: ServiceKind.optional(),
  serves: Population.optional(),
  language: z.string().regex(/^[a-z]{2,3}$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ServiceQuery = z.infer<typeof ServiceQuery>;

export const NewReferral = z.strictObject({
  serviceId: Uuid,
  need: ServiceKind,
  urgency: Priority.default('normal'),
  fields: z.array(ReferralField).max(REFERRAL_FIELDS.length).default([]),
  /** A short note for the recipient, written for them; encrypted with the referral. */
  summary: FreeText(2000).optional(),
});
export type NewReferral = z.infer<typeof NewReferral>;

export const ReferralResponse = z.strictObject({
  decision: z.enum(['accepted', 'declined']),
  reason: z.enum(DECLINE_REASONS).optional(),
  expectedVersion: z.int().min(1),
});
export type ReferralResponse = z.infer<typeof ReferralResponse>;
export const ReferralCompletion = z.strictObject({ expectedVersion: z.int().min(1) });

export const WorkerReport = z.strictObject({
  personId: Uuid,
  indicators: z.array(z.enum(WORKER_INDICATOR_CODES as [string, ...string[]])).min(1).max(8),
});

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const TaskQuery = z.strictObject({ status: z.enum(['open', 'done']).default('open') });
export const ExportQuery = z.strictObject({ k: z.coerce.number().int().min(5).max(50).default(5) });
