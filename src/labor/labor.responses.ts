/**
 * Response schemas of the labor domain. They strip what they do not declare, so a field added to a
 * query never reaches a caller by accident.
 */
import { z } from 'zod';

const Obj = z.record(z.string(), z.unknown());
const Num = z.number();

export const Employer = z.object({
  id: z.uuid(), memberState: z.string(), legalName: z.string(), tradeName: z.string().nullable(), taxId: z.string(),
  sectorSystem: z.string(), sectorCode: z.string(), address: Obj, contacts: z.array(Obj), actingAgencyId: z.uuid().nullable(), debarredUntil: z.string().nullable(),
});
export const Worksite = z.object({ id: z.uuid(), name: z.string(), address: Obj, subdivision: z.string() });
export const EmployerDetail = Employer.extend({
  worksites: z.array(Worksite),
  compliance: z.array(z.object({ id: z.uuid(), kind: z.string(), occurredOn: z.string(), description: z.string(), source: z.string(), debarredUntil: z.string().nullable() })),
});
export const Created = z.object({ id: z.uuid() });
export const Recruiter = z.object({ id: z.uuid(), name: z.string(), registrationNumber: z.string(), country: z.string(), status: z.string(), employerIds: z.array(z.uuid()) });

export const WageFloorView = z.object({
  id: z.uuid(), memberState: z.string(), version: Num, kind: z.string(), hourlyRate: Num, currency: z.string(), effectiveFrom: z.string(), effectiveTo: z.string().nullable(),
  subdivision: z.string().nullable(), programmeCode: z.string().nullable(), occupationCode: z.string().nullable(), skillLevel: z.string().nullable(),
  historical: z.boolean(), source: z.string(), sourceUrl: z.string().nullable(), note: z.string().nullable(),
});
/** A floor just recorded, with the live job orders it reaches that pay below it and the day from which it is owed. */
export const RecordedWageFloor = WageFloorView.extend({
  reaches: z.array(z.object({ id: z.uuid(), reference: z.string(), employerId: z.uuid(), employerName: z.string(), wageHourly: Num, currency: z.string(), owedFrom: z.string(), owedUntil: z.string() })),
});

const PieceRate = z.object({ unit: z.string(), rate: Num, expectedUnitsPerHour: Num });
export const JobOrder = z.object({
  id: z.uuid(), reference: z.string(), memberState: z.string(), employerId: z.uuid(), programmeCode: z.string(), status: z.string(),
  occupationSystem: z.string(), occupationCode: z.string(), jobTitle: z.string(), skillLevel: z.string().nullable(), duties: z.string(),
  cropsActivities: z.array(z.string()), workersNeeded: Num, startDate: z.string(), endDate: z.string(), hoursPerWeek: Num, wageHourly: Num,
  currency: z.string(), pieceRates: z.array(PieceRate), payFrequency: z.string(), deductions: z.array(Obj), housing: Obj, transport: Obj, meals: Obj,
  requirements: Obj, worksiteIds: z.array(z.uuid()), namedPersonIds: z.array(z.uuid()), wageCheck: Obj.nullable(), decisionNote: z.string().nullable(),
  version: Num, submittedAt: z.string().nullable(), approvedAt: z.string().nullable(),
});
export const JobOrderDetail = JobOrder.extend({
  placements: Num,
  /** Floors it owes more than it pays during its season (recorded after its check, or from mid-season), with the days owed. */
  floorsOwed: z.array(
    z.object({
      id: z.uuid(), kind: z.string(), hourlyRate: Num, currency: z.string(), effectiveFrom: z.string(), effectiveTo: z.string().nullable(),
      source: z.string(), sourceUrl: z.string().nullable(), owedFrom: z.string(), owedUntil: z.string(),
    }),
  ),
  attestation: z
    .object({
      noRecruitmentFees: z.boolean(), noDocumentRetention: z.boolean(), contractInWorkerLanguage: z.boolean(), housingTerms: z.string(),
      transportTerms: z.string(), mealsTerms: z.string(), recruiterIds: z.array(z.uuid()), attestedAt: z.string(),
    })
    .nullable(),
});

export const PublicJobOrder = z.object({
  id: z.uuid(), reference: z.string(), memberState: z.string(), programmeCode: z.string(), status: z.string(),
  employer: z.object({ legalName: z.string(), tradeName: z.string().nullable(), sectorCode: z.string() }),
  occupationSystem: z.string(), occupationCode: z.string(), jobTitle: z.string(), duties: z.string(), cropsActivities: z.array(z.string()),
  workersNeeded: Num, startDate: z.string(), endDate: z.string(), hoursPerWeek: Num, wageHourly: Num, currency: z.string(),
  pieceRates: z.array(PieceRate), payFrequency: z.string(), deductions: z.array(z.object({ kind: z.string(), amount: Num, per: z.string() })),
  housing: z.object({ provided: z.boolean(), type: z.string(), capacity: Num, city: z.string().nullable(), inspectedOn: z.string().nullable(), costToWorker: Num }),
  transport: z.object({ inbound: z.string(), outbound: z.string(), daily: z.boolean(), description: z.string() }),
  meals: z.object({ provided: z.string(), chargePerDay: Num.optional(), description: z.string().optional() }),
  requirements: Obj,
  worksites: z.array(z.object({ id: z.uuid(), name: z.string(), city: z.string(), subdivision: z.string() })),
});
export const Feed = z.object({ items: z.array(PublicJobOrder), attribution: z.string() });

export const Round = z.object({
  id: z.uuid(), memberState: z.string(), programmeCode: z.string(), number: Num, status: z.string(), lotterySeed: z.string(),
  rankingClosesAt: z.string().nullable(), jobId: z.uuid().nullable(), summary: Obj.nullable(), createdAt: z.string(), publishedAt: z.string().nullable(),
});
export const RoundDetail = Round.extend({ rankings: Num });
export const RunStarted = z.object({ jobId: z.uuid(), roundId: z.uuid() });

export const WorkerRound = z.object({
  id: z.uuid(), programmeCode: z.string(), number: Num, lotterySeed: z.string(), rankingClosesAt: z.string().nullable(),
  scoreRule: z.record(z.string(), Num), jobOrders: z.array(PublicJobOrder),
  ranking: z.object({ jobOrderIds: z.array(z.uuid()), experienceSeasons: Num, skills: z.array(z.string()) }).nullable(),
});
export const RankingSaved = z.object({ roundId: z.uuid(), jobOrderIds: z.array(z.uuid()), experienceSeasons: Num, skills: z.array(z.string()) });
export const Offer = z.object({
  id: z.uuid(), roundId: z.uuid(), roundNumber: Num, programmeCode: z.string(), lotterySeed: z.string(), status: z.string(),
  rank: Num.nullable(), score: Num.nullable(), lottery: Num, jobOrder: PublicJobOrder.nullable(),
  contractTerms: z.array(z.object({ key: z.string(), text: z.string() })),
  refusals: z.array(z.object({
    jobOrderId: z.uuid(), jobTitle: z.string(), reference: z.string(), rank: Num, kind: z.enum(['NOT_ACCEPTED', 'NO_PLACES', 'FULL']),
    lowestAdmittedScore: Num.nullable(), lowestAdmittedLottery: Num.nullable(), yourScore: Num.nullable(),
  })),
});
export const Accepted = z.object({ placementId: z.uuid(), caseId: z.uuid(), caseNumber: z.string().nullable(), status: z.literal('accepted') });
export const Declined = z.object({ id: z.uuid(), status: z.literal('declined') });

export const ReportReceipt = z.object({ id: z.uuid(), status: z.literal('received'), inspectorate: z.string().nullable(), protectionFlag: z.boolean() });
export const Report = z.object({
  id: z.uuid(), memberState: z.string(), jobOrderId: z.uuid().nullable(), employerId: z.uuid().nullable(), anonymous: z.boolean(),
  reporterPersonId: z.uuid().nullable(), kinds: z.array(z.string()), description: z.string(), language: z.string(), indicators: z.array(z.string()),
  protectionFlag: z.boolean(), status: z.string(), resolution: z.string().nullable(), createdAt: z.string(),
});
export const Placement = z.object({ id: z.uuid(), workerName: z.string(), caseNumber: z.string().nullable(), status: z.string(), arrivedOn: z.string().nullable(), seasonEndedOn: z.string().nullable() });
export const PlacementChanged = z.object({ id: z.uuid(), status: z.string() });

export const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
