/**
 * English, the reference catalogue: its shape is the `Catalogue` type that every other language must
 * match key for key, so a missing or extra translation fails the type check.
 */
import { protectionEn } from '../../features/protection/i18n/en.ts';
import { casesEn, casesErrorsEn } from '../../features/cases/i18n/en.ts';
import { laborEn, laborErrorsEn } from '../../features/labor/i18n/en.ts';
import { programmesEn } from '../../features/programmes/i18n/en.ts';
import { pathwaysEn } from '../../features/pathways/i18n/en.ts';
import { registryEn } from '../../features/registry/i18n/en.ts';
import { linkageEn, linkageErrorsEn } from '../../features/linkage/i18n/en.ts';
import { sharingEn, sharingErrorsEn } from '../../features/pact/i18n/en.ts';

export const en = {
  app: {
    tagline: 'Legal pathways and protection across the pact on migration',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    footer: 'Puente is open-source software for the regional pact on migration.',
  },
  language: {
    label: 'Language',
  },
  nav: {
    label: 'Main menu',
    home: 'Home',
    memberStates: 'Member states',
    audit: 'Audit trail',
    account: 'My account',
  },
  auth: {
    title: 'Sign in',
    intro: 'Sign in with your email address, or the mobile phone number you registered with, and your password.',
    email: 'Email address or phone number',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    emailRequired: 'Enter your email address or phone number.',
    passwordRequired: 'Enter your password.',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    sessionEnded: 'Your session has ended. Sign in again to continue.',
  },
  home: {
    title: 'Home',
    welcome: 'Welcome, {{name}}',
    availableTitle: 'Available now',
    availableMemberStates: 'The countries of the pact and the role each one plays.',
    availableAccount: 'Your profile, and signing out on every device.',
    availableAudit: 'Every change recorded in your member state, and a check that none was altered.',
    comingTitle: 'Coming soon',
    comingNote: 'These parts of Puente are not available yet.',
  },
  roles: {
    applicant: 'Applicant',
    caseworker: 'Caseworker',
    supervisor: 'Supervisor',
    protection_officer: 'Protection officer',
    employer: 'Employer',
    programme_admin: 'Programme administrator',
    pact_admin: 'Pact administrator',
    auditor: 'Auditor',
  },
  roleComing: {
    applicant:
      'Register your household, find out which legal pathways you may qualify for and why, apply, and follow your case.',
    caseworker:
      'Register people in person, work through your queue of cases, schedule interviews and record decisions with their reasons.',
    supervisor: 'Review recommendations and closures, and keep an eye on deadlines and workload.',
    protection_officer:
      'Screen for vulnerability and trafficking, set priorities and refer people to services with their consent.',
    employer: 'Post job orders, attest to fair-recruitment terms, receive allocated workers and report arrivals.',
    programme_admin: 'Define your programmes: eligibility rules, quotas, intake windows and wage floors.',
    pact_admin: 'Admit member states with their agencies and offices.',
    auditor: 'Filter the trail by record and action, and follow the history of one record.',
  },
  pact: {
    title: 'Member states',
    intro: 'The countries that have joined the pact, and the part each one plays in migration.',
    total: 'Member states: {{total}}',
    code: 'Country code',
    joined: 'Joined the pact',
    role: 'Role in the pact',
    none: 'No country has joined the pact yet.',
    memberRoles: {
      origin: 'Country of origin',
      transit: 'Transit country',
      destination: 'Destination country',
    },
  },
  account: {
    title: 'My account',
    profileTitle: 'Profile',
    name: 'Name',
    email: 'Email address',
    roles: 'Roles',
    memberState: 'Member state',
    agency: 'Agency',
    office: 'Office',
    noOffice: 'Not assigned to an office',
    language: 'Preferred language',
    sessionsTitle: 'Sessions',
    sessionsIntro:
      'If you signed in on a shared or lost device, end all your sessions. You will then need to sign in again on every device.',
    signOutEverywhere: 'Sign out on all devices',
  },
  audit: {
    title: 'Audit trail',
    intro: 'Every change, and every read of confidential data, in your member state, newest first. Reading the trail is recorded too.',
    verifyTitle: 'Integrity',
    verifyIntro: 'Each entry carries a fingerprint of the one before it, so an entry altered afterwards breaks the chain.',
    verify: 'Verify the chain',
    verifying: 'Verifying…',
    intact: 'The chain is intact: {{rows}} entries checked.',
    broken: 'The chain is broken at entry {{seq}}. Report it to your security team.',
    entriesTitle: 'Entries',
    entry: 'Entry',
    when: 'When',
    action: 'Action',
    record: 'Record',
    actor: 'User',
    origin: 'IP address',
    system: 'System',
    none: 'No entries yet.',
    older: 'Show older entries',
  },
  agencyKinds: {
    government: 'Government',
    unhcr: 'UNHCR',
    iom: 'IOM',
    ngo: 'Non-governmental organisation',
    employer_association: 'Employer association',
    labour_inspectorate: 'Labour authority',
  },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist, or you do not have access to it.',
    home: 'Go to the home page',
  },
  errors: {
    // Keyed by the server's error code: its error body carries the key errors.<CODE>.
    ...linkageErrorsEn,
    ...sharingErrorsEn,
    ...laborErrorsEn,
    ...casesErrorsEn,
    AUTH_INVALID_CREDENTIALS: 'The email address or password is not correct.',
    AUTH_LOCKED: 'Too many attempts failed, so this account is locked for a while. Try again later.',
    AUTH_REQUIRED: 'Sign in to continue.',
    AUTH_CSRF: 'Your session could not be confirmed. Reload the page and try again.',
    FORBIDDEN: 'Your role does not allow this.',
    NOT_FOUND: 'This could not be found, or you do not have access to it.',
    VALIDATION_FAILED: 'Some of the information is not valid. Check it and try again.',
    RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
    INTERNAL: 'Something went wrong on our side. Try again in a moment.',
    UNAVAILABLE: 'Puente is not available right now. Try again in a moment.',
    NETWORK: 'Puente could not be reached. Check your connection and try again.',
    UNEXPECTED: 'Something went wrong. Try again in a moment.',
    HOUSEHOLD_NOT_FOUND: 'This household could not be found, or you do not have access to it.',
    PERSON_NOT_FOUND: 'This person could not be found, or you do not have access to them.',
    PERSON_VERSION_CONFLICT: 'Someone else changed these details in the meantime. Reload them and try again.',
    CONSENT_NOT_FOUND: 'This consent could not be found.',
    CONSENT_ALREADY_WITHDRAWN: 'This consent was already withdrawn.',
    CONSENT_REQUIRED: 'The household has not given its consent for this.',
    IDEMPOTENCY_IN_PROGRESS: 'Your registration is still being processed. Wait a moment and try again.',
    PROTECTION_FILE_NOT_FOUND: "This protection file could not be found, or you do not have access to it.",
    PROTECTION_CONSENT_REQUIRED: "The person has not consented to a referral to this service.",
    PROTECTION_SERVICE_MISMATCH: "This service does not offer what the referral asks for.",
    PROTECTION_REFERRAL_STATE: "This referral was already answered.",
    PROTECTION_REFERRAL_VERSION_CONFLICT: "Someone changed this referral in the meantime. Reload it and try again.",
  },
  cases: casesEn,
  labor: laborEn,
  protection: protectionEn,
  programmes: programmesEn,
  registry: registryEn,
  pathways: pathwaysEn,
  linkage: linkageEn,
  sharing: sharingEn,
};

export type Catalogue = typeof en;
