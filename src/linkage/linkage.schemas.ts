/** Request and response schemas of the linkage domain, shared with the web app. */
import { z } from 'zod';
import { RELATIONSHIPS } from './tracing-model.ts';

export const PairStatus = z.enum(['pending', 'confirmed', 'rejected', 'merged', 'undone']);
export type PairStatus = z.infer<typeof PairStatus>;

export const QueueQuery = z.strictObject({
  status: PairStatus.default('pending'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});

const PairSummaryFields = {
  id: z.uuid(),
  personA: z.uuid(),
  personB: z.uuid(),
  memberStates: z.array(z.string()),
  matchProbability: z.number(),
  matchWeight: z.number(),
  status: PairStatus,
  cannotLink: z.enum(['rejected', 'document_conflict']).nullable(),
  foundBy: z.enum(['registration', 'batch']),
  version: z.number().int(),
  createdAt: z.string(),
};

const NameLabel = z.object({ name: z.string(), birthDate: z.string().nullable() });
export const QueueItem = z.object({ ...PairSummaryFields, a: NameLabel, b: NameLabel });
export type QueueItem = z.infer<typeof QueueItem>;

export const FieldWeight = z.object({
  comparison: z.string(),
  level: z.number().int(),
  label: z.string(),
  m: z.number().nullable(),
  u: z.number().nullable(),
  weight: z.number(),
});
export type FieldWeight = z.infer<typeof FieldWeight>;

export const PairSide = z.object({
  id: z.uuid(),
  givenNames: z.string(),
  familyName1: z.string().nullable(),
  familyName2: z.string().nullable(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  nationalities: z.array(z.string()),
  phone: z.string().nullable(),
  currentCountry: z.string().nullable(),
  currentSubdivision: z.string().nullable(),
  memberState: z.string(),
  householdId: z.uuid(),
  office: z.string().nullable(),
  registeredAt: z.string(),
  version: z.number().int(),
  documents: z.array(z.object({ type: z.string(), number: z.string(), issuingCountry: z.string() })),
  clusterId: z.uuid(),
  mergedInto: z.uuid().nullable(),
  cases: z.array(z.object({ id: z.uuid(), caseNumber: z.string(), programmeCode: z.string(), status: z.string() })),
});
export type PairSide = z.infer<typeof PairSide>;

export const PairComparison = z.object({
  ...PairSummaryFields,
  terms: z.array(FieldWeight),
  a: PairSide,
  b: PairSide,
  decisions: z.array(z.object({ decision: z.string(), note: z.string().nullable(), decidedAt: z.string(), decidedBy: z.string().nullable() })),
});
export type PairComparison = z.infer<typeof PairComparison>;

export const DecisionInput = z.strictObject({
  decision: z.enum(['confirm', 'reject']),
  version: z.number().int().min(1),
  note: z.string().trim().max(1000).optional(),
});
export const VersionInput = z.strictObject({ version: z.number().int().min(1) });

export const DecisionResult = z.object({ id: z.uuid(), status: PairStatus, version: z.number().int() });
export const MergeResult = z.object({
  mergeId: z.uuid(),
  pairId: z.uuid(),
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  clusterId: z.uuid(),
  moved: z.object({ caseMembers: z.number(), cases: z.number(), relatives: z.number() }),
});
export const UndoResult = z.object({ pairId: z.uuid(), survivorId: z.uuid(), mergedId: z.uuid() });

export const Thresholds = z.object({ memberState: z.string(), reviewThreshold: z.number(), autoMergeThreshold: z.number().nullable() });
export const ThresholdsInput = z.strictObject({
  reviewThreshold: z.number().gt(0).lt(1),
  autoMergeThreshold: z.number().gt(0).lt(1).nullable(),
});

const ShortName = z.string().trim().min(1).max(200);
export const SoughtInput = z.strictObject({
  givenNames: ShortName.optional(),
  familyName1: ShortName.optional(),
  familyName2: ShortName.optional(),
  sex: z.enum(['female', 'male', 'other']).optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  fatherFamilyName1: ShortName.optional(),
  motherFamilyName1: ShortName.optional(),
});
export const TracingRequestInput = z.strictObject({
  seekerId: z.uuid(),
  relationship: z.enum(RELATIONSHIPS),
  sought: SoughtInput,
});
export type TracingRequestInput = z.infer<typeof TracingRequestInput>;

export const TracingTerm = z.object({ factor: z.string(), label: z.string(), weight: z.number() });
export const TracingCandidate = z.object({
  matchId: z.uuid(),
  personId: z.uuid(),
  memberState: z.string(),
  name: z.string(),
  birthDate: z.string().nullable(),
  sex: z.string().nullable(),
  score: z.number(),
  probability: z.number(),
  terms: z.array(TracingTerm),
  status: z.enum(['proposed', 'confirmed', 'rejected']),
});
export const TracingRequest = z.object({
  id: z.uuid(),
  seekerId: z.uuid(),
  relationship: z.enum(RELATIONSHIPS),
  sought: SoughtInput.partial(),
  status: z.enum(['open', 'matched', 'closed']),
  createdAt: z.string(),
  candidates: z.array(TracingCandidate),
});
export type TracingRequest = z.infer<typeof TracingRequest>;
export const TracingRequestSummary = z.object({
  id: z.uuid(),
  seekerId: z.uuid(),
  seekerName: z.string(),
  relationship: z.enum(RELATIONSHIPS),
  status: z.enum(['open', 'matched', 'closed']),
  createdAt: z.string(),
});
export const TracingDecisionInput = z.strictObject({ decision: z.enum(['confirm', 'reject']) });
export const TracingDecisionResult = z.object({ matchId: z.uuid(), status: z.enum(['confirmed', 'rejected']) });
export const LinkageNotification = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.string(),
  matchId: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  createdAt: z.string(),
});
