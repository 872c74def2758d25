import { z } from 'zod';
import { ROLES } from '../platform/roles.ts';

export const MemberStateRole = z.enum(['origin', 'transit', 'destination']);
export const AgencyKind = z.enum(['government', 'unhcr', 'iom', 'ngo', 'employer_association', 'labour_inspectorate']);
export const Locale = z.enum(['en', 'es', 'fr', 'ht', 'pt']);

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as MX');
/** ISO 3166-2: the country code, a hyphen, one to three letters or digits. */
export const SubdivisionCode = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'an ISO 3166-2 code such as MX-CHP');
export const IsoDate = z.iso.date();

export const MemberState = z.object({
  code: CountryCode,
  name: z.string(),
  joinedOn: IsoDate,
  roles: z.array(MemberStateRole),
});
export type MemberState = z.infer<typeof MemberState>;

export const Office = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  memberState: CountryCode,
  name: z.string(),
  city: z.string(),
  jurisdictions: z.array(SubdivisionCode),
});
export type Office = z.infer<typeof Office>;

export const Agency = z.object({
  id: z.uuid(),
  memberState: CountryCode,
  name: z.string(),
  kind: AgencyKind,
});
export type Agency = z.infer<typeof Agency>;

export const NewOffice = z.strictObject({
  name: z.string().trim().min(2).max(200),
  city: z.string().trim().min(1).max(200),
  jurisdictions: z.array(SubdivisionCode).max(100).default([]),
});

export const NewAgency = z.strictObject({
  name: z.string().trim().min(2).max(200),
  kind: AgencyKind,
  offices: z.array(NewOffice).max(200).default([]),
});

export const AdmitMemberState = z.strictObject({
  code: CountryCode,
  name: z.string().trim().min(2).max(200),
  joinedOn: IsoDate,
  roles: z.array(MemberStateRole).min(1).max(3),
  agencies: z.array(NewAgency).max(100).default([]),
});
export type AdmitMemberState = z.infer<typeof AdmitMemberState>;

export const AdmittedMemberState = MemberState.extend({
  agencies: z.array(Agency.extend({ offices: z.array(Office) })),
});

export const User = z.object({
  id: z.uuid(),
  /** Empty for applicants who registered with a phone number only. */
  email: z.string(),
  displayName: z.string(),
  memberState: CountryCode,
  agencyId: z.uuid().nullable(),
  officeId: z.uuid().nullable(),
  roles: z.array(z.enum(ROLES)),
  locale: Locale,
});
export type User = z.infer<typeof User>;

export const NewUser = z.strictObject({
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(12, 'at least 12 characters').max(256),
  memberState: CountryCode,
  agencyId: z.uuid().nullable().default(null),
  officeId: z.uuid().nullable().default(null),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  locale: Locale.default('en'),
});
export type NewUser = z.infer<typeof NewUser>;

export const ListQuery = z.strictObject({
  memberState: CountryCode.optional(),
});
