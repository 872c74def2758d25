/**
 * Response schemas of the cases domain. Fastify serialises through them, so a field that is not
 * declared here never leaves the server.
 */
import { z } from 'zod';
import { DocumentType, Pathway, Priority, Requirement, Texts, WorkflowDefinition } from './cases.schemas.ts';

const Timestamp = z.string();

export const CaseSummary = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  memberState: z.string(),
  programmeCode: z.string(),
  stage: z.string(),
  stageName: z.string(),
  status: z.enum(['open', 'closed']),
  priority: Priority,
  officeId: z.uuid(),
  assignedTo: z.uuid().nullable(),
  principalName: z.string().nullable(),
  openedAt: Timestamp,
  stageDueAt: Timestamp.nullable(),
  overdue: z.boolean(),
  overdueTasks: z.number(),
  version: z.number(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** A page of cases; the queue's `nextCursor` (null on the last page) is its next page's `after`. */
export const CaseList = z.object({ items: z.array(CaseSummary), total: z.number().optional(), nextCursor: z.string().nullable().optional() });

export const Task = z.object({
  id: z.uuid(),
  stage: z.string().nullable(),
  origin: z.enum(['stage', 'manual']),
  title: z.string(),
  forApplicant: z.boolean(),
  documentType: DocumentType.nullable(),
  dueOn: z.string().nullable(),
  assignedTo: z.uuid().nullable(),
  status: z.enum(['open', 'done', 'cancelled']),
  overdue: z.boolean(),
  createdAt: Timestamp,
  completedAt: Timestamp.nullable(),
});
export type Task = z.infer<typeof Task>;

export const Interview = z.object({
  id: z.uuid(),
  stage: z.string().nullable(),
  scheduledAt: Timestamp,
  place: z.string(),
  language: z.string(),
  interpreter: z.string().nullable(),
  status: z.enum(['scheduled', 'held', 'cancelled', 'no_show']),
  outcomeNote: z.string().nullable(),
});
export type Interview = z.infer<typeof Interview>;

export const Note = z.object({ id: z.uuid(), body: z.string(), author: z.uuid().nullable(), authorName: z.string().nullable(), createdAt: Timestamp });
export type Note = z.infer<typeof Note>;

export const CaseDocument = z.object({
  id: z.uuid(),
  type: DocumentType,
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedBy: z.uuid().nullable(),
  uploadedAt: Timestamp,
});
export type CaseDocument = z.infer<typeof CaseDocument>;

export const Decision = z.object({
  id: z.uuid(),
  stage: z.string(),
  kind: z.enum(['recommendation', 'decision', 'closure']),
  outcome: z.string(),
  reasonCodes: z.array(z.string()),
  reasonText: z.string().nullable(),
  legalBasis: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'rejected', 'recorded']),
  requestedBy: z.uuid(),
  requestedAt: Timestamp,
  reviewedBy: z.uuid().nullable(),
  reviewedAt: Timestamp.nullable(),
  reviewComment: z.string().nullable(),
});
export type Decision = z.infer<typeof Decision>;

export const Message = z.object({
  id: z.uuid(),
  direction: z.enum(['to_applicant', 'from_applicant']),
  body: z.string(),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
});
export type Message = z.infer<typeof Message>;

export const RequirementStatus = z.object({ requirement: Requirement, met: z.boolean() });

export const StageView = z.object({
  code: z.string(),
  name: z.string(),
  moveRole: z.enum(['caseworker', 'supervisor']),
  next: z.array(z.object({ code: z.string(), name: z.string() })),
  requirements: z.array(RequirementStatus),
  ready: z.boolean(),
});

export const CaseMember = z.object({ personId: z.uuid(), name: z.string(), role: z.enum(['principal', 'dependant']) });

export const CaseDetail = CaseSummary.extend({
  householdId: z.uuid(),
  screeningResultId: z.uuid().nullable(),
  jurisdiction: z.string().nullable(),
  closedAt: Timestamp.nullable(),
  closureReason: z.string().nullable(),
  workflow: z.object({ id: z.uuid(), version: z.number(), pathway: Pathway }),
  facts: z.record(z.string(), z.union([z.string(), z.boolean()])),
  factDefinitions: z.array(z.object({ key: z.string(), type: z.string(), label: z.string(), choices: z.array(z.string()).optional() })),
  currentStage: StageView,
  stages: z.array(z.object({ code: z.string(), name: z.string() })),
  members: z.array(CaseMember),
  tasks: z.array(Task),
  interviews: z.array(Interview),
  notes: z.array(Note),
  documents: z.array(CaseDocument),
  decisions: z.array(Decision),
  messages: z.array(Message),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const TimelineEvent = z.object({
  id: z.uuid(),
  occurredAt: Timestamp,
  kind: z.string(),
  stage: z.string().nullable(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const Timeline = z.object({ items: z.array(TimelineEvent) });

export const Workflow = z.object({
  id: z.uuid(),
  programmeCode: z.string(),
  version: z.number(),
  createdAt: Timestamp,
  changeNote: z.string().nullable(),
  definition: WorkflowDefinition,
});
export type Workflow = z.infer<typeof Workflow>;

export const WorkloadRow = z.object({
  assignedTo: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  open: z.number(),
  overdue: z.number(),
  urgent: z.number(),
});
export const Workload = z.object({
  byAssignee: z.array(WorkloadRow),
  overdueCases: z.array(CaseSummary),
  pendingApprovals: z.array(
    Decision.extend({ caseId: z.uuid(), caseNumber: z.string(), requestedByName: z.string().nullable() }),
  ),
});

export const StatsRow = z.object({
  programmeCode: z.string(),
  stage: z.string(),
  status: z.enum(['open', 'closed']),
  /** Null when the count is between 1 and 4 (small cells are suppressed). */
  count: z.number().nullable(),
  suppressed: z.boolean(),
});
export const Stats = z.object({ items: z.array(StatsRow) });

export const ApplicantStep = z.object({
  taskId: z.uuid(),
  title: z.string(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  documentType: DocumentType.nullable(),
});
export const ApplicantCase = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  programmeCode: z.string(),
  status: z.enum(['open', 'closed']),
  stage: z.string(),
  stageName: z.string(),
  stageExplanation: z.string(),
  stagesDone: z.array(z.object({ code: z.string(), name: z.string(), at: Timestamp })),
  nextSteps: z.array(ApplicantStep),
  requestedDocuments: z.array(ApplicantStep),
  messages: z.array(Message),
  interviews: z.array(Interview.omit({ outcomeNote: true })),
  documents: z.array(CaseDocument.pick({ id: true, type: true, fileName: true, uploadedAt: true })),
  openedAt: Timestamp,
  version: z.number(),
});
export type ApplicantCase = z.infer<typeof ApplicantCase>;
export const ApplicantCases = z.object({ items: z.array(ApplicantCase) });

export { Texts };
