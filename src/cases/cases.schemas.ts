/**
 * Zod schemas of the cases domain: workflow definitions (data, not code), request bodies
 * (strict: unknown fields are refused) and responses. Shared with the web app.
 */
import { z } from 'zod';

export const LOCALES = ['en', 'es', 'fr', 'ht', 'pt'] as const;
export const CaseLocale = z.enum(LOCALES);
export type CaseLocale = z.infer<typeof CaseLocale>;

/** A text in the five languages of the pact. */
export const Texts = z.strictObject({
  en: z.string().trim().min(1).max(1000),
  es: z.string().trim().min(1).max(1000),
  fr: z.string().trim().min(1).max(1000),
  ht: z.string().trim().min(1).max(1000),
  pt: z.string().trim().min(1).max(1000),
});
export type Texts = z.infer<typeof Texts>;

const Slug = z.string().regex(/^[a-z][a-z0-9_]{1,47}$/, 'lower case letters, digits and _');

export const Pathway = z.enum(['resettlement', 'family_reunification', 'seasonal_work', 'asylum']);
export type Pathway = z.infer<typeof Pathway>;
export const Priority = z.enum(['normal', 'urgent', 'emergency']);
export type Priority = z.infer<typeof Priority>;
export const CaseStatus = z.enum(['open', 'closed']);

export const DOCUMENT_TYPES = [
  'identity_document',
  'refugee_certificate',
  'resettlement_registration_form',
  'relationship_evidence',
  'sponsorship_undertaking',
  'job_offer',
  'employment_contract',
  'work_permit',
  'visa',
  'medical_report',
  'security_clearance',
  'orientation_certificate',
  'travel_document',
  'flight_itinerary',
  'arrival_record',
  'interview_record',
  'decision_letter',
  'other',
] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

/** A fact a stage records on the case, such as the UNHCR submission categories. */
export const FactDefinition = z.strictObject({
  key: Slug,
  type: z.enum(['text', 'boolean', 'date', 'choice']),
  label: Texts,
  choices: z.array(Slug).min(1).max(50).optional(),
});
export type FactDefinition = z.infer<typeof FactDefinition>;

/** What must be true before a case may leave a stage. */
export const Requirement = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fact'), key: Slug, equals: z.union([z.string(), z.boolean()]).optional() }),
  z.strictObject({ kind: z.literal('document'), documentType: DocumentType }),
  z.strictObject({ kind: z.literal('stage_tasks_done') }),
  z.strictObject({ kind: z.literal('interview_held') }),
  z.strictObject({ kind: z.literal('approved_recommendation') }),
  z.strictObject({ kind: z.literal('decision'), outcomes: z.array(Slug).min(1).max(10) }),
]);
export type Requirement = z.infer<typeof Requirement>;

export const StageTask = z.strictObject({
  key: Slug,
  title: Texts,
  dueInDays: z.int().min(0).max(3650),
  forApplicant: z.boolean().default(false),
  documentType: DocumentType.optional(),
});
export type StageTask = z.infer<typeof StageTask>;

export const MoveRole = z.enum(['caseworker', 'supervisor']);

export const Stage = z.strictObject({
  code: Slug,
  name: Texts,
  /** What the stage means, in plain language, for the applicant. */
  applicantText: Texts,
  moveRole: MoveRole,
  dueInDays: z.int().min(1).max(3650).optional(),
  requirements: z.array(Requirement).max(20).default([]),
  tasks: z.array(StageTask).max(20).default([]),
  /** The stages a case may move to from here; none for the last stage. */
  next: z.array(Slug).max(10),
});
export type Stage = z.infer<typeof Stage>;

export const WorkflowDefinition = z
  .strictObject({
    pathway: Pathway,
    initialStage: Slug,
    facts: z.array(FactDefinition).max(50).default([]),
    stages: z.array(Stage).min(2).max(30),
  })
  .superRefine((w, ctx) => {
    const codes = new Set<string>();
    w.stages.forEach((s, i) => {
      if (codes.has(s.code)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'code'], message: 'duplicate stage code' });
      codes.add(s.code);
    });
    if (!codes.has(w.initialStage)) ctx.addIssue({ code: 'custom', path: ['initialStage'], message: 'no such stage' });
    const factKeys = new Set(w.facts.map((f) => f.key));
    w.stages.forEach((s, i) => {
      s.next.forEach((n, j) => {
        if (!codes.has(n)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'next', j], message: 'no such stage' });
        if (n === s.code) ctx.addIssue({ code: 'custom', path: ['stages', i, 'next', j], message: 'a stage cannot lead to itself' });
      });
      s.requirements.forEach((r, j) => {
        if (r.kind === 'fact' && !factKeys.has(r.key)) {
          ctx.addIssue({ code: 'custom', path: ['stages', i, 'requirements', j, 'key'], message: 'no such fact' });
        }
      });
    });
    // Every stage must be reachable from the first, or cases could never get there.
    const reached = new Set([w.initialStage]);
    const queue = [w.initialStage];
    while (queue.length > 0) {
      const code = queue.shift();
      const stage = w.stages.find((s) => s.code === code);
      for (const n of stage?.next ?? []) {
        if (!reached.has(n)) {
          reached.add(n);
          queue.push(n);
        }
      }
    }
    w.stages.forEach((s, i) => {
      if (!reached.has(s.code)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'code'], message: 'unreachable from the first stage' });
    });
  });
export type WorkflowDefinition = z.infer<typeof WorkflowDefinition>;

export const DECISION_REASONS = [
  'eligibility_met',
  'eligibility_not_met',
  'protection_need_established',
  'protection_need_not_established',
  'relationship_established',
  'relationship_not_established',
  'credibility_concerns',
  'security_concern',
  'medical_inadmissibility',
  'documents_missing',
  'job_offer_valid',
  'job_offer_withdrawn',
  'quota_reached',
  'withdrawn_by_applicant',
  'no_contact',
  'duplicate_case',
  'process_completed',
  'other',
] as const;
export const DecisionReason = z.enum(DECISION_REASONS);

export const DecisionKind = z.enum(['recommendation', 'decision', 'closure']);
export type DecisionKind = z.infer<typeof DecisionKind>;
/** Outcomes allowed per kind of decision. */
export const DECISION_OUTCOMES: Record<DecisionKind, readonly string[]> = {
  recommendation: ['recommend', 'not_recommend'],
  decision: ['approved', 'refused'],
  closure: ['completed', 'withdrawn', 'refused', 'abandoned', 'duplicate'],
};

const Uuid = z.uuid();
const IsoDate = z.iso.date();
const FreeText = (max: number) => z.string().trim().min(1).max(max);

// ---- requests -------------------------------------------------------------------------------

export const OpenCase = z.strictObject({
  programmeCode: Slug,
  householdId: Uuid,
  /** People of the household the case covers; the whole household when absent. */
  memberIds: z.array(Uuid).min(1).max(50).optional(),
  screeningResultId: Uuid.optional(),
  priority: Priority.default('normal'),
});
export type OpenCase = z.infer<typeof OpenCase>;

export const Apply = z.strictObject({ programmeCode: Slug, screeningResultId: Uuid.optional() });
export type Apply = z.infer<typeof Apply>;

export const MoveCase = z.strictObject({ toStage: Slug, expectedVersion: z.int().min(1), comment: FreeText(2000).optional() });
export type MoveCase = z.infer<typeof MoveCase>;

export const AssignCase = z.strictObject({ assigneeId: Uuid.nullable(), expectedVersion: z.int().min(1) });
export type AssignCase = z.infer<typeof AssignCase>;

export const RecordFacts = z.strictObject({
  facts: z.record(Slug, z.union([z.string().trim().min(1).max(500), z.boolean(), z.null()])).refine((f) => Object.keys(f).length > 0 && Object.keys(f).length <= 50, 'one to fifty facts'),
  expectedVersion: z.int().min(1),
});
export type RecordFacts = z.infer<typeof RecordFacts>;

export const NewTask = z.strictObject({
  title: FreeText(300),
  dueOn: IsoDate,
  assigneeId: Uuid.optional(),
  forApplicant: z.boolean().default(false),
  documentType: DocumentType.optional(),
});
export type NewTask = z.infer<typeof NewTask>;

export const CompleteTask = z.strictObject({ status: z.enum(['done', 'cancelled']).default('done') });

export const NewInterview = z.strictObject({
  scheduledAt: z.iso.datetime({ offset: true }),
  place: FreeText(300),
  language: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code such as es'),
  interpreter: FreeText(200).optional(),
});
export type NewInterview = z.infer<typeof NewInterview>;

export const RecordInterview = z.strictObject({ status: z.enum(['held', 'cancelled', 'no_show']), outcomeNote: FreeText(5000).optional() });
export type RecordInterview = z.infer<typeof RecordInterview>;

export const NewNote = z.strictObject({ body: FreeText(10_000) });
export const NewMessage = z.strictObject({ body: FreeText(5000) });

export const NewDecision = z
  .strictObject({
    kind: DecisionKind,
    outcome: Slug,
    reasonCodes: z.array(DecisionReason).min(1).max(10),
    reasonText: FreeText(5000).optional(),
    legalBasis: FreeText(500),
  })
  .superRefine((d, ctx) => {
    if (!DECISION_OUTCOMES[d.kind].includes(d.outcome)) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: `one of ${DECISION_OUTCOMES[d.kind].join(', ')}` });
    }
    if (d.reasonCodes.includes('other') && !d.reasonText) {
      ctx.addIssue({ code: 'custom', path: ['reasonText'], message: 'required when the reason is other' });
    }
  });
export type NewDecision = z.infer<typeof NewDecision>;

export const ReviewDecision = z.strictObject({ approve: z.boolean(), comment: FreeText(2000).optional() });
export type ReviewDecision = z.infer<typeof ReviewDecision>;

const Limit = z.coerce.number().int().min(1).max(200).default(50);
const Offset = z.coerce.number().int().min(0).max(100_000).default(0);

export const QueueQuery = z.strictObject({
  officeId: Uuid.optional(),
  programme: Slug.optional(),
  stage: Slug.optional(),
  priority: Priority.optional(),
  assignee: z.union([z.literal('me'), z.literal('unassigned'), Uuid]).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** The `nextCursor` of the previous page (keyset pagination). */
  after: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'a nextCursor from the previous page').optional(),
  limit: Limit,
  offset: Offset,
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export const SearchQuery = z
  .strictObject({
    number: z.string().trim().regex(/^[A-Za-z]{2}-\d{4}-\d{1,9}$/, 'a case number such as MX-2026-000123').optional(),
    name: z.string().trim().min(2).max(200).optional(),
    document: z.string().trim().min(3).max(60).optional(),
    programme: Slug.optional(),
    stage: Slug.optional(),
    status: CaseStatus.optional(),
    openedFrom: IsoDate.optional(),
    openedTo: IsoDate.optional(),
    limit: Limit,
    offset: Offset,
  })
  .refine((q) => !(q.openedFrom && q.openedTo && q.openedFrom > q.openedTo), { message: 'openedFrom is after openedTo', path: ['openedFrom'] });
export type SearchQuery = z.infer<typeof SearchQuery>;

export const ExportQuery = z
  .strictObject({
    programme: Slug.optional(),
    stage: Slug.optional(),
    status: CaseStatus.optional(),
    openedFrom: IsoDate.optional(),
    openedTo: IsoDate.optional(),
  })
  .refine((q) => !(q.openedFrom && q.openedTo && q.openedFrom > q.openedTo), { message: 'openedFrom is after openedTo', path: ['openedFrom'] });
export type ExportQuery = z.infer<typeof ExportQuery>;

export const LangQuery = z.strictObject({ lang: CaseLocale.optional() });
export const CaseParams = z.strictObject({ id: Uuid });
export const CaseChildParams = z.strictObject({ id: Uuid, childId: Uuid });
export const ProgrammeParams = z.strictObject({ code: Slug });

export const UpdateWorkflow = z.strictObject({ definition: WorkflowDefinition, changeNote: FreeText(500) });
export type UpdateWorkflow = z.infer<typeof UpdateWorkflow>;
