/**
 * Zod schemas of the labor domain: request bodies (strict: unknown fields are refused) and responses
 * (which strip what they do not declare). Shared with the web app.
 */
import { z } from 'zod';

export const LABOR_LOCALES = ['en', 'es', 'fr', 'ht', 'pt'] as const;
export const LaborLocale = z.enum(LABOR_LOCALES);
export type LaborLocale = z.infer<typeof LaborLocale>;

const Uuid = z.uuid();
const Text = (max: number) => z.string().trim().min(1).max(max);
const IsoDate = z.iso.date();
const Money = z.number().positive().max(100_000).multipleOf(0.01);
const Country = z.string().regex(/^[A-Z]{2}$/);
const Subdivision = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'ISO 3166-2, e.g. CA-ON');
const Language = z.string().regex(/^[a-z]{2}$/, 'ISO 639-1');
const Code = z.string().regex(/^[a-z][a-z0-9_]{1,47}$/);

export const WAGE_CURRENCIES = ['USD', 'CAD', 'MXN'] as const;
export const OCCUPATION_SYSTEMS = ['SOC', 'NOC', 'SINCO'] as const;
/** What wages are paid in and which occupation classification is used in each member state that hosts workers. */
export const HOST_STATES: Readonly<Record<string, { currency: (typeof WAGE_CURRENCIES)[number]; occupationSystem: (typeof OCCUPATION_SYSTEMS)[number] }>> = {
  CA: { currency: 'CAD', occupationSystem: 'NOC' },
  US: { currency: 'USD', occupationSystem: 'SOC' },
  MX: { currency: 'MXN', occupationSystem: 'SINCO' },
};
export const WAGE_FLOOR_KINDS = ['aewr', 'prevailing', 'federal_minimum', 'state_minimum', 'provincial_minimum', 'programme_rate', 'general_minimum', 'collective_agreement'] as const;

export const Address = z.strictObject({
  line1: Text(200),
  line2: Text(200).optional(),
  city: Text(100),
  subdivision: Subdivision,
  postcode: Text(20).optional(),
  county: Text(100).optional(),
  country: Country,
});
export type Address = z.infer<typeof Address>;

export const Contact = z.strictObject({
  name: Text(200),
  jobTitle: Text(200).optional(),
  phone: z.string().regex(/^\+[1-9]\d{6,14}$/, 'validation.phone').optional(),
  email: z.email().optional(),
});

export const NewEmployer = z.strictObject({
  legalName: Text(200),
  tradeName: Text(200).optional(),
  taxId: z.string().trim().regex(/^[A-Z0-9-]{5,20}$/i, 'letters, digits and -'),
  sectorSystem: z.enum(['NAICS', 'SCIAN']),
  sectorCode: z.string().regex(/^\d{2,6}$/),
  address: Address,
  contacts: z.array(Contact).max(10).default([]),
});
export type NewEmployer = z.infer<typeof NewEmployer>;

export const NewWorksite = z.strictObject({ name: Text(200), address: Address });
export type NewWorksite = z.infer<typeof NewWorksite>;

export const NewComplianceEvent = z.strictObject({
  kind: z.enum(['violation', 'debarment', 'inspection', 'back_wages']),
  occurredOn: IsoDate,
  description: Text(2000),
  source: Text(500),
  debarredUntil: IsoDate.optional(),
});
export type NewComplianceEvent = z.infer<typeof NewComplianceEvent>;

export const NewRecruiter = z.strictObject({
  name: Text(200),
  registrationNumber: z.string().trim().regex(/^[A-Za-z0-9./-]{3,40}$/),
  country: Country,
  employerIds: z.array(Uuid).max(200).default([]),
});
export type NewRecruiter = z.infer<typeof NewRecruiter>;

export const NewWageFloor = z.strictObject({
  subdivision: Subdivision.optional(),
  programmeCode: Code.optional(),
  occupationSystem: z.enum(OCCUPATION_SYSTEMS).optional(),
  occupationCode: z.string().regex(/^[0-9-]{4,8}$/).optional(),
  skillLevel: z.enum(['I', 'II', 'III', 'IV']).optional(),
  kind: z.enum(WAGE_FLOOR_KINDS),
  hourlyRate: Money,
  currency: z.enum(WAGE_CURRENCIES),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.optional(),
  source: Text(500),
  /** Shown as a link on the page and in the public list: http or https only. */
  sourceUrl: z.url({ protocol: /^https?$/ }).max(500).optional(),
  note: Text(1000).optional(),
});
export type NewWageFloor = z.infer<typeof NewWageFloor>;

export const PieceRate = z.strictObject({
  /** What is paid for: bin, bushel, pound, tree… */
  unit: Text(40),
  rate: Money,
  /** The employer's showing of how many units an average worker completes per hour (20 CFR 655.120(c)). */
  expectedUnitsPerHour: z.number().positive().max(10_000),
});
export type PieceRate = z.infer<typeof PieceRate>;

export const Deduction = z.strictObject({
  kind: z.enum(['airfare_recovery', 'utilities', 'health_insurance', 'meals', 'housing', 'tax', 'other']),
  amount: z.number().nonnegative().max(10_000),
  per: z.enum(['hour', 'day', 'week', 'pay_period', 'season', 'percent_of_gross']),
  description: Text(300).optional(),
});

export const Housing = z.strictObject({
  provided: z.boolean(),
  type: z.enum(['employer_owned', 'rental', 'public_accommodation', 'none']),
  address: Address.optional(),
  capacity: z.int().min(0).max(10_000),
  inspectedOn: IsoDate.optional(),
  inspectedBy: Text(200).optional(),
  costToWorker: z.number().nonnegative().max(10_000).default(0),
});
export const Transport = z.strictObject({
  inbound: z.enum(['paid_upfront', 'reimbursed_at_half_contract', 'shared_cost']),
  outbound: z.enum(['paid_at_completion', 'paid_upfront']),
  daily: z.boolean(),
  description: Text(1000),
});
export const Meals = z.strictObject({
  provided: z.enum(['three_meals', 'kitchen', 'none']),
  chargePerDay: z.number().nonnegative().max(1000).default(0),
  description: Text(1000).optional(),
});
export const Requirements = z.strictObject({
  minExperienceSeasons: z.int().min(0).max(20).default(0),
  requiredLanguages: z.array(Language).max(5).default([]),
  skills: z.array(Code).max(20).default([]),
  languages: z.array(Language).max(5).default([]),
  liftingKg: z.int().min(0).max(100).optional(),
  driverLicence: z.boolean().default(false),
});

export const JobOrderFields = z.strictObject({
  employerId: Uuid,
  programmeCode: Code,
  occupationSystem: z.enum(OCCUPATION_SYSTEMS),
  occupationCode: z.string().regex(/^[0-9-]{4,8}$/),
  jobTitle: Text(200),
  skillLevel: z.enum(['I', 'II', 'III', 'IV']).optional(),
  duties: Text(4000),
  cropsActivities: z.array(Text(80)).max(30).default([]),
  workersNeeded: z.int().min(1).max(5000),
  startDate: IsoDate,
  endDate: IsoDate,
  hoursPerWeek: z.number().min(1).max(84),
  wageHourly: Money,
  currency: z.enum(WAGE_CURRENCIES),
  pieceRates: z.array(PieceRate).max(20).default([]),
  payFrequency: z.enum(['weekly', 'biweekly', 'semimonthly', 'monthly']),
  deductions: z.array(Deduction).max(20).default([]),
  housing: Housing,
  transport: Transport,
  meals: Meals,
  requirements: Requirements,
  worksiteIds: z.array(Uuid).min(1).max(50),
  /** Returning workers requested by name: person ids. */
  namedPersonIds: z.array(Uuid).max(500).default([]),
});
export const NewJobOrder = JobOrderFields;
export type NewJobOrder = z.infer<typeof NewJobOrder>;
export const UpdateJobOrder = JobOrderFields.omit({ employerId: true, programmeCode: true }).partial().extend({ expectedVersion: z.int().min(1) });
export type UpdateJobOrder = z.infer<typeof UpdateJobOrder>;

export const JOB_ORDER_STATUSES = ['draft', 'submitted', 'approved', 'recruiting', 'filled', 'in_season', 'closed'] as const;
export const JobOrderStatus = z.enum(JOB_ORDER_STATUSES);
export type JobOrderStatus = z.infer<typeof JobOrderStatus>;

export const Versioned = z.strictObject({ expectedVersion: z.int().min(1) });
export const Decide = z.strictObject({ expectedVersion: z.int().min(1), note: Text(2000).optional() });
export const Transition = z.strictObject({ expectedVersion: z.int().min(1), to: z.enum(['in_season', 'closed']) });

export const NewAttestation = z.strictObject({
  noRecruitmentFees: z.literal(true),
  noDocumentRetention: z.literal(true),
  contractInWorkerLanguage: z.literal(true),
  housingTerms: Text(2000),
  transportTerms: Text(2000),
  mealsTerms: Text(2000),
  recruiterIds: z.array(Uuid).max(20).default([]),
});
export type NewAttestation = z.infer<typeof NewAttestation>;

export const NewRound = z.strictObject({ programmeCode: Code, rankingClosesAt: z.iso.datetime().optional() });
export type NewRound = z.infer<typeof NewRound>;

export const Ranking = z.strictObject({
  jobOrderIds: z.array(Uuid).min(1).max(50).refine((ids) => new Set(ids).size === ids.length, 'validation.duplicate'),
  experienceSeasons: z.int().min(0).max(60),
  skills: z.array(Code).max(20).default([]),
});
export type Ranking = z.infer<typeof Ranking>;

export const REPORT_KINDS = ['recruitment_fee', 'document_kept', 'unpaid_wages', 'unsafe_housing', 'threats', 'confinement', 'unsafe_transport', 'other'] as const;
export const NewReport = z.strictObject({
  kinds: z.array(z.enum(REPORT_KINDS)).min(1).max(REPORT_KINDS.length),
  description: Text(4000),
  language: LaborLocale,
  anonymous: z.boolean().default(false),
  jobOrderId: Uuid.optional(),
  placementId: Uuid.optional(),
});
export type NewReport = z.infer<typeof NewReport>;
export const HandleReport = z.strictObject({ status: z.enum(['in_review', 'referred', 'closed']), resolution: Text(2000).optional() });
export type HandleReport = z.infer<typeof HandleReport>;

export const ArrivalUpdate = z.strictObject({ status: z.enum(['arrived', 'season_ended', 'left_early']), on: IsoDate });
export type ArrivalUpdate = z.infer<typeof ArrivalUpdate>;

export const IdParams = z.strictObject({ id: Uuid });
export const LangQuery = z.strictObject({ lang: LaborLocale.optional() });
export const FeedQuery = z.strictObject({
  programme: Code.optional(),
  country: Country.optional(),
  subdivision: Subdivision.optional(),
  q: z.string().trim().max(100).optional(),
  startsAfter: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type FeedQuery = z.infer<typeof FeedQuery>;
export const JobOrderListQuery = z.strictObject({ status: JobOrderStatus.optional(), employerId: Uuid.optional() });
export const ReportListQuery = z.strictObject({ status: z.enum(['received', 'in_review', 'referred', 'closed']).optional() });
