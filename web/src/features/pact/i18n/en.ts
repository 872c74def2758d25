/** The strings of data-sharing agreements in English; the other languages match this shape key for key. */
export const sharingEn = {
  nav: 'Data-sharing agreements',
  summary: 'The agreements under which two member states compare registrations; pact administrators record and end them.',
  title: 'Data-sharing agreements',
  intro:
    'Registrations held by two member states are compared, for duplicates or for family tracing, only under an agreement in force between them for that purpose, and only for people who consented to sharing with the other state. Agreements are never deleted: an ended agreement stays on record.',
  listTitle: 'Agreements',
  none: 'No agreement has been recorded yet.',
  pair: '{{a}} and {{b}}',
  purpose: 'Purpose',
  purposes: { deduplication: 'Finding duplicate registrations', tracing: 'Family tracing' },
  reference: 'Legal instrument',
  noReference: 'Not recorded',
  days: 'Days in force',
  openEnded: 'From {{from}}, with no end date',
  fromTo: 'From {{from}} to {{to}}',
  neverInForce: 'Never in force',
  status: 'Status',
  statuses: { scheduled: 'Not yet in force', in_force: 'In force', expired: 'Expired', ended: 'Ended' },
  endedTitle: 'End of the agreement',
  endedText: 'No longer applies from {{date}}. Reason: {{reason}}',
  end: 'End',
  create: {
    title: 'Record a new agreement',
    memberStateA: 'First member state',
    memberStateB: 'Second member state',
    choose: 'Choose a member state',
    purposes: 'Purposes',
    purposesHint: 'One agreement is recorded per purpose, so that each can be ended on its own.',
    reference: 'Legal instrument and its reference',
    referenceHint: 'For example: Memorandum of understanding MX-GT 2026/14.',
    validFrom: 'First day in force',
    validTo: 'Last day in force (optional)',
    validToHint: 'Leave it empty if the agreement has no end date.',
    submit: 'Record the agreement',
    saving: 'Saving…',
    created: 'The agreement was recorded.',
    stateRequired: 'Choose a member state.',
    purposeRequired: 'Choose at least one purpose.',
    referenceRequired: 'Write the legal instrument and its reference.',
  },
  endForm: {
    title: 'End the agreement: {{pair}}, {{purpose}}',
    endsOn: 'No longer applies from',
    endsOnHint: 'Today ends it at once. The date cannot be in the past.',
    reason: 'Reason',
    reasonHint: 'For example: denounced by diplomatic note of 1 December 2026.',
    submit: 'End the agreement',
    cancel: 'Cancel',
    ended: 'The agreement was ended. It stays on record.',
  },
};

/** Keyed by the server's error codes (errors.<CODE>). */
export const sharingErrorsEn = {
  SHARING_AGREEMENT_NOT_FOUND: 'This agreement could not be found, or you do not have access to it.',
  SHARING_AGREEMENT_OVERLAP: 'These two member states already have an agreement for this purpose on some of these days. End it first, or choose other days.',
  SHARING_AGREEMENT_ENDED: 'This agreement has already ended, or its end is already set.',
  SHARING_AGREEMENT_INVALID: 'Some details of the agreement are not valid. Check the fields marked.',
  SHARING_AGREEMENT_MEMBER_STATE_UNKNOWN: 'One of the countries is not a member state of the pact.',
};

export type SharingErrors = typeof sharingErrorsEn;
