/**
 * Response schemas. They strip undeclared fields: a confidential value can only leave through a
 * schema that names it (ConfidentialFile, Referral), and only those routes' services unseal it.
 */
import { z } from 'zod';

const Reason = z.object({ rule: z.string(), priority: z.string(), text: z.string() });
const Flag = z.object({ code: z.string(), label: z.string() });
const Iso = z.string();

export const QuestionnaireView = z.object({
  code: z.string(),
  version: z.number(),
  framework: z.string(),
  mode: z.enum(['interviewer', 'self']),
  title: z.string(),
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
});

export const QuestionnaireList = z.object({ items: z.array(z.object({ code: z.string(), version: z.number(), framework: z.string(), title: z.string() })) });

export const NeedCodeList = z.object({
  version: z.string(),
  items: z.array(z.object({ code: z.string(), category: z.string(), categoryName: z.string(), description: z.string() })),
});

export const AssessmentResult = z.object({
  id: z.uuid(),
  questionnaire: z.string(),
  version: z.number(),
  flags: z.array(Flag),
  priority: z.string(),
  reasons: z.array(Reason),
  suggestedNeeds: z.array(z.string()),
});

export const SelfAssessmentReceipt = z.object({ id: z.uuid(), received: z.literal(true) });

export const FileSummary = z.object({
  personId: z.uuid(),
  exists: z.boolean(),
  fileId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  priority: z.string(),
  reasons: z.array(Reason),
  flags: z.array(Flag.extend({ id: z.uuid(), source: z.string(), raisedAt: Iso })),
  specificNeeds: z.array(
    z.object({ id: z.uuid(), code: z.string(), description: z.string(), status: z.string(), assessmentId: z.uuid().nullable(), recordedBy: z.uuid().nullable(), recordedAt: Iso, hasDetails: z.boolean() }),
  ),
  assessments: z.array(
    z.object({ id: z.uuid(), questionnaire: z.string(), version: z.number(), mode: z.string(), language: z.string(), flags: z.array(z.string()), conductedBy: z.uuid().nullable(), conductedAt: Iso }),
  ),
  referrals: z.array(z.object({ id: z.uuid(), serviceName: z.string(), need: z.string(), urgency: z.string(), status: z.string(), createdAt: Iso, version: z.number() })),
  canReadConfidential: z.boolean(),
});

export const ConfidentialFile = z.object({
  personId: z.uuid(),
  fileId: z.uuid(),
  assessments: z.array(
    z.object({
      id: z.uuid(),
      questionnaire: z.string(),
      version: z.number(),
      mode: z.string(),
      conductedAt: Iso,
      answers: z.record(z.string(), z.boolean()),
      account: z.string().nullable(),
      outcome: z.record(z.string(), z.unknown()),
    }),
  ),
  specificNeeds: z.array(z.object({ id: z.uuid(), code: z.string(), details: z.string().nullable() })),
});

export const Priority = z.object({ priority: z.string() });
export const NeedRecorded = z.object({ id: z.uuid(), code: z.string(), status: z.string(), priority: z.string() });
export const Shared = z.object({ fileId: z.uuid(), officeId: z.uuid() });

export const Queue = z.object({
  items: z.array(z.object({ fileId: z.uuid(), personId: z.uuid(), name: z.string(), priority: z.string(), reasons: z.array(Reason), updatedAt: Iso })),
});
export const Tasks = z.object({
  items: z.array(z.object({ id: z.uuid(), kind: z.string(), fileId: z.uuid(), personId: z.uuid(), referralId: z.uuid().nullable(), dueAt: Iso, status: z.string(), createdAt: Iso })),
});
export const TaskDone = z.object({ id: z.uuid(), status: z.literal('done') });

export const Service = z.object({
  id: z.uuid(),
  name: z.string(),
  agency: z.string(),
  agencyId: z.uuid(),
  kinds: z.array(z.string()),
  country: z.string(),
  subdivision: z.string(),
  city: z.string(),
  address: z.string(),
  languages: z.array(z.string()),
  hours: z.string(),
  serves: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export const ServiceList = z.object({ items: z.array(Service) });

export const ReferralChange = z.object({ id: z.uuid(), status: z.string(), version: z.number() });
export const Referral = z.object({
  id: z.uuid(),
  status: z.string(),
  need: z.string(),
  urgency: z.string(),
  serviceName: z.string(),
  fromOffice: z.string(),
  createdAt: Iso,
  respondedAt: Iso.nullable(),
  completedAt: Iso.nullable(),
  declineReason: z.string().nullable(),
  version: z.number(),
  person: z.object({
    need: z.string(),
    urgency: z.string(),
    name: z.string().optional(),
    phone: z.string().nullable().optional(),
    languages: z.array(z.string()).optional(),
    sex: z.string().nullable().optional(),
    ageBand: z.string().optional(),
    nationality: z.array(z.string()).optional(),
    summary: z.string().optional(),
  }),
});
export const ReferralList = z.object({ items: z.array(Referral) });

export const WorkerReportResult = z.object({ flags: z.array(z.string()), priority: z.string() });

export const HtcdsExport = z.object({
  standard: z.string(),
  k: z.number(),
  quasiIdentifiers: z.array(z.string()),
  records: z.number(),
  suppressed: z.number(),
  rows: z.array(
    z.object({
      yearOfRegistration: z.string(),
      gender: z.string(),
      ageBroad: z.string(),
      majorityStatus: z.string(),
      citizenship: z.string(),
      CountryOfExploitation: z.string(),
      isForcedLabour: z.boolean(),
      meansOfControl: z.record(z.string(), z.boolean()),
    }),
  ),
});
