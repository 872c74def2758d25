/**
 * The household facts the eligibility engine reads.
 *
 * Every field except identifiers is optional, and an absent field means "unknown", never "no": the
 * engine answers `unknown` for a criterion that reads it, and the screening names the fact as
 * missing. An empty list is a known answer ("no relatives elsewhere"), an absent list is not.
 *
 * The registry domain builds these facts from its tables; the shape follows the core data model of
 * reference/pathways.md §9.2 (Person, Household, Relationship, PresenceAndStatus).
 */
import { z } from 'zod';
import { isPartialDate } from './partial-date.ts';

/** ISO 3166-1 alpha-2, upper case (shape only; the registry checks the code list). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/);
export type CountryCode = z.infer<typeof CountryCode>;

/** ISO 3166-2 subdivision, for example `MX-CHP` or `CA-QC`. */
export const SubdivisionCode = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
export type SubdivisionCode = z.infer<typeof SubdivisionCode>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: people often know only the year or the month of a birth. */
export const PartialDate = z.string().refine(isPartialDate, { message: 'pathways.facts.partial_date_invalid' });
export type PartialDate = z.infer<typeof PartialDate>;

export const Sex = z.enum(['female', 'male', 'other']);
export type Sex = z.infer<typeof Sex>;

/**
 * Status in the country where the person is now. `regularization_pending` covers processes such as
 * Colombia's PPT (pathways.md §1.3); `asylee` is the US status granted by an asylum officer or judge
 * (pathways.md §4.3, P-3 anchors).
 */
export const ResidenceStatus = z.enum([
  'citizen',
  'permanent_resident',
  'regular',
  'regularization_pending',
  'asylum_seeker',
  'refugee',
  'asylee',
  'complementary_protection',
  'irregular',
]);
export type ResidenceStatus = z.infer<typeof ResidenceStatus>;

/** What the other person is to this member: `parent` means "this relative is my parent". */
export const Relationship = z.enum([
  'spouse',
  'partner',
  'child',
  'stepchild',
  'adopted_child',
  'grandchild',
  'parent',
  'grandparent',
  'sibling',
  'other',
]);
export type Relationship = z.infer<typeof Relationship>;

/** A member's relationship to the household's principal applicant (`self` for the principal). */
export const RelationshipToPrincipal = z.enum(['self', ...Relationship.options]);
export type RelationshipToPrincipal = z.infer<typeof RelationshipToPrincipal>;

export const MaritalStatus = z.enum(['single', 'married', 'common_law', 'separated', 'divorced', 'widowed']);
export type MaritalStatus = z.infer<typeof MaritalStatus>;

export const JobSector = z.enum(['agriculture', 'non_agriculture']);
export type JobSector = z.infer<typeof JobSector>;

/** A relative who lives elsewhere, not in the household: the anchor of family pathways. */
export const RelativeFacts = z.object({
  relationship: Relationship.optional(),
  birthDate: PartialDate.optional(),
  country: CountryCode.optional(),
  status: ResidenceStatus.optional(),
  /** Arrival or admission in `country` (P-3: the anchor was admitted within 5 years). */
  arrivalDate: PartialDate.optional(),
  /** Any of the Canadian sponsor disqualifiers (pathways.md §4.2): social assistance, default, bankruptcy… */
  sponsorshipBarred: z.boolean().optional(),
  /** Will sign the statutory declaration of support for one year (pathways.md §1.7). */
  willDeclareSupport: z.boolean().optional(),
  /** The relative holds an approved Form I-130 for this member (pathways.md §4.1). */
  hasApprovedPetition: z.boolean().optional(),
});
export type RelativeFacts = z.infer<typeof RelativeFacts>;

export const MemberFacts = z.object({
  id: z.string().min(1),
  relationshipToPrincipal: RelationshipToPrincipal.optional(),
  birthDate: PartialDate.optional(),
  sex: Sex.optional(),
  maritalStatus: MaritalStatus.optional(),
  nationalities: z.array(CountryCode).optional(),
  currentCountry: CountryCode.optional(),
  currentSubdivision: SubdivisionCode.optional(),
  status: ResidenceStatus.optional(),
  /** Arrival in the current country. */
  arrivalDate: PartialDate.optional(),
  /** ISO 639-1 codes. */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).optional(),
  canRead: z.boolean().optional(),
  residenceArea: z.enum(['rural', 'urban']).optional(),
  agriculturalExperienceYears: z.number().min(0).max(80).optional(),
  otherWorkExperienceYears: z.number().min(0).max(80).optional(),
  hasJobOffer: z.boolean().optional(),
  jobOfferCountry: CountryCode.optional(),
  jobOfferSubdivision: SubdivisionCode.optional(),
  jobOfferSector: JobSector.optional(),
  /** Where in the destination country the person means to live (Canada: outside Quebec, pathways.md §1.7). */
  intendedSubdivision: SubdivisionCode.optional(),
  /** Recognised as a refugee under UNHCR's mandate (pathways.md §5.1 precondition 1). */
  unhcrMandateRefugee: z.boolean().optional(),
  unhcrRegistered: z.boolean().optional(),
  /** Referred by UNHCR for resettlement (pathways.md §5.1, §5.2 P-1, §5.3). */
  unhcrResettlementReferral: z.boolean().optional(),
  /** Fears persecution or serious harm on return to the country of nationality. */
  fearOfReturn: z.boolean().optional(),
  /** A reason beyond the person's control for an asylum claim after the 30 working days. */
  lateFilingJustified: z.boolean().optional(),
  /** Identified or certified as a victim of a severe form of trafficking (pathways.md §6.4). */
  traffickingVictim: z.boolean().optional(),
  cooperatedWithLawEnforcement: z.boolean().optional(),
  minorDuringTrafficking: z.boolean().optional(),
  traumaPreventsCooperation: z.boolean().optional(),
  extremeHardshipOnRemoval: z.boolean().optional(),
  /** Invitation from the US National Visa Center (pathways.md §4.1, FRP step 2). */
  frpInvitation: z.boolean().optional(),
  relatives: z.array(RelativeFacts).optional(),
});
export type MemberFacts = z.infer<typeof MemberFacts>;

export const HouseholdFacts = z
  .object({
    principalId: z.string().min(1),
    members: z.array(MemberFacts).min(1).max(30),
  })
  .refine((h) => h.members.some((m) => m.id === h.principalId), {
    message: 'pathways.facts.principal_not_member',
    path: ['principalId'],
  });
export type HouseholdFacts = z.infer<typeof HouseholdFacts>;
