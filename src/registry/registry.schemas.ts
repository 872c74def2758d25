import { z } from 'zod';
import { isCountryCode } from '../platform/iso3166.ts';
import { MemberFacts, Relationship, ResidenceStatus, MaritalStatus, Sex } from '../pathways/engine/household-facts.ts';
import { isPartialDate } from '../pathways/engine/partial-date.ts';

/** An ISO 3166-1 alpha-2 code that exists. */
export const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'validation.unknownCountry')
  .refine(isCountryCode, 'validation.unknownCountry');
export const Subdivision = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'validation.invalid_format');
/** YYYY, YYYY-MM or YYYY-MM-DD, not in the future. */
export const PartialDateInput = z
  .string()
  .refine(isPartialDate, 'validation.partialDate')
  .refine((d) => d.slice(0, d.length) <= new Date().toISOString().slice(0, d.length), 'validation.futureDate');
/** E.164: a plus, the country code and up to 15 digits; spaces and dashes are removed first. */
export const Phone = z
  .string()
  .transform((s) => s.replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, 'validation.phone'));
export const Email = z.email('validation.email').max(254);
const Name = z.string().trim().min(1).max(200);
export const Language = z.string().regex(/^[a-z]{2,3}$/, 'validation.invalid_format');

export const DocumentType = z.enum(['passport', 'national_id', 'birth_certificate', 'refugee_id', 'residence_permit', 'other']);
export const IdentityDocumentInput = z.strictObject({
  type: DocumentType,
  number: z.string().trim().min(1).max(40),
  issuingCountry: Country,
  expiryDate: z.iso.date().optional(),
  /** The two lines of a passport's machine-readable zone, checked digit by digit. */
  mrz: z.string().max(100).optional(),
});
export type IdentityDocumentInput = z.infer<typeof IdentityDocumentInput>;

export const RelativeInput = z.strictObject({
  relationship: Relationship,
  givenNames: Name.optional(),
  familyName1: Name.optional(),
  familyName2: Name.optional(),
  birthDate: PartialDateInput.optional(),
  country: Country.optional(),
  status: ResidenceStatus.optional(),
  arrivalDate: PartialDateInput.optional(),
  sponsorshipBarred: z.boolean().optional(),
  willDeclareSupport: z.boolean().optional(),
  hasApprovedPetition: z.boolean().optional(),
});
export type RelativeInput = z.infer<typeof RelativeInput>;

/** Facts beyond identity that the programmes' rules read (see pathways/engine/household-facts.ts). */
export const Situation = z.strictObject(
  MemberFacts.pick({
    canRead: true,
    residenceArea: true,
    agriculturalExperienceYears: true,
    otherWorkExperienceYears: true,
    hasJobOffer: true,
    jobOfferCountry: true,
    jobOfferSubdivision: true,
    jobOfferSector: true,
    intendedSubdivision: true,
    unhcrMandateRefugee: true,
    unhcrRegistered: true,
    unhcrResettlementReferral: true,
    fearOfReturn: true,
    lateFilingJustified: true,
    traffickingVictim: true,
    cooperatedWithLawEnforcement: true,
    minorDuringTrafficking: true,
    traumaPreventsCooperation: true,
    extremeHardshipOnRemoval: true,
    frpInvitation: true,
  }).shape,
);
export type Situation = z.infer<typeof Situation>;

export const RelationshipToPrincipal = z.enum(['self', ...Relationship.options]);

const personFields = {
  givenNames: Name,
  familyName1: Name.optional(),
  familyName2: Name.optional(),
  sex: Sex.optional(),
  birthDate: PartialDateInput.optional(),
  nationalities: z.array(Country).max(5).optional(),
  languages: z.array(Language).max(10).optional(),
  phone: Phone.optional(),
  email: Email.optional(),
  currentCountry: Country.optional(),
  currentSubdivision: Subdivision.optional(),
  status: ResidenceStatus.optional(),
  arrivalDate: PartialDateInput.optional(),
  relationshipToPrincipal: RelationshipToPrincipal.default('self'),
  maritalStatus: MaritalStatus.optional(),
  situation: Situation.default({}),
};

export const PersonInput = z.strictObject({
  ...personFields,
  documents: z.array(IdentityDocumentInput).max(10).default([]),
  relatives: z.array(RelativeInput).max(20).default([]),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const ConsentPurpose = z.enum(['screening', 'sharing', 'contact', 'tracing', 'referral']);
export const ConsentInput = z.strictObject({
  purpose: ConsentPurpose,
  recipientMemberState: Country.optional(),
  recipientAgencyId: z.uuid().optional(),
});
export type ConsentInput = z.infer<typeof ConsentInput>;

export const NewHousehold = z.strictObject({
  /** The member state that holds the record; by default the country where the principal is now. */
  memberState: Country.optional(),
  /** The first member is the principal applicant (relationshipToPrincipal "self"). */
  members: z.array(PersonInput).min(1).max(20),
  /** Consent given by the principal, for the household. */
  consents: z.array(ConsentInput).max(20).default([]),
});
export type NewHousehold = z.infer<typeof NewHousehold>;

export const SelfRegistration = NewHousehold.extend({
  account: z.strictObject({
    password: z.string().min(12, 'validation.too_small').max(256),
    email: Email.optional(),
    locale: z.enum(['en', 'es', 'fr', 'ht', 'pt']).default('es'),
  }),
});
export type SelfRegistration = z.infer<typeof SelfRegistration>;

/** A change to a person: the fields to change and the version the change was made on. */
export const PersonPatch = z.strictObject({
  expectedVersion: z.number().int().positive(),
  changes: z
    .strictObject({
      givenNames: Name.optional(),
      familyName1: Name.nullable().optional(),
      familyName2: Name.nullable().optional(),
      sex: Sex.nullable().optional(),
      birthDate: PartialDateInput.nullable().optional(),
      nationalities: z.array(Country).max(5).optional(),
      languages: z.array(Language).max(10).optional(),
      phone: Phone.nullable().optional(),
      email: Email.nullable().optional(),
      currentCountry: Country.nullable().optional(),
      currentSubdivision: Subdivision.nullable().optional(),
      status: ResidenceStatus.nullable().optional(),
      arrivalDate: PartialDateInput.nullable().optional(),
      maritalStatus: MaritalStatus.nullable().optional(),
      situation: Situation.optional(),
    })
    .refine((c) => Object.keys(c).length > 0, 'validation.required'),
});
export type PersonPatch = z.infer<typeof PersonPatch>;

export const IdentityDocument = z.object({
  id: z.uuid(),
  type: DocumentType,
  number: z.string(),
  issuingCountry: z.string(),
  expiryDate: z.string().nullable(),
  mrzChecked: z.boolean(),
});

export const Relative = z.object({
  id: z.uuid(),
  relationship: z.string(),
  givenNames: z.string().nullable(),
  familyName1: z.string().nullable(),
  familyName2: z.string().nullable(),
  birthDate: z.string().nullable(),
  country: z.string().nullable(),
  status: z.string().nullable(),
});

export const Consent = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  purpose: ConsentPurpose,
  recipientMemberState: z.string().nullable(),
  recipientAgencyId: z.string().nullable(),
  grantedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type Consent = z.infer<typeof Consent>;

export const Person = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  givenNames: z.string(),
  familyName1: z.string().nullable(),
  familyName2: z.string().nullable(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  nationalities: z.array(z.string()),
  languages: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  currentCountry: z.string().nullable(),
  currentSubdivision: z.string().nullable(),
  status: z.string().nullable(),
  arrivalDate: z.string().nullable(),
  relationshipToPrincipal: z.string(),
  maritalStatus: z.string().nullable(),
  situation: z.record(z.string(), z.unknown()),
  version: z.number(),
  documents: z.array(IdentityDocument),
  relatives: z.array(Relative),
});
export type Person = z.infer<typeof Person>;

export const Household = z.object({
  id: z.uuid(),
  memberState: z.string(),
  channel: z.enum(['self', 'caseworker']),
  principalPersonId: z.uuid(),
  createdAt: z.string(),
  members: z.array(Person),
  consents: z.array(Consent),
});
export type Household = z.infer<typeof Household>;

export const PersonVersion = z.object({
  version: z.number(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
  changes: z.record(z.string(), z.unknown()),
});

export const SearchQuery = z
  .strictObject({
    name: z.string().trim().min(2).max(200).optional(),
    document: z.string().trim().min(3).max(40).optional(),
    phone: z.string().trim().min(6).max(30).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine((q) => q.name || q.document || q.phone, 'validation.required');

export const SearchHit = z.object({
  personId: z.uuid(),
  householdId: z.uuid(),
  givenNames: z.string(),
  familyName1: z.string().nullable(),
  familyName2: z.string().nullable(),
  birthDate: z.string().nullable(),
  currentSubdivision: z.string().nullable(),
  matchedOn: z.enum(['name', 'document', 'phone']),
  similarity: z.number(),
});
