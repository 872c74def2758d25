/** The pathways feature's strings in English; the other languages must match this shape key for key. */
export const pathwaysEn = {
  nav: { mine: 'My pathways' },
  summary: { mine: 'Your possible pathways and why, and what to do next.' },
  mine: {
    title: 'Your possible pathways and why',
    intro:
      'Puente compares your household’s answers with the rules of each programme taking applications. This is a guide, not a decision: each country’s authorities decide.',
    noHousehold: 'No household is registered with this account.',
    needsConsent: 'To check your pathways, first give your consent to the check in “My details”.',
    toMyDetails: 'Go to My details',
    notScreened: 'Your household has not been checked yet.',
    screen: 'Check my pathways',
    rescreen: 'Check again',
    detailsChanged: 'If your situation has changed, update “My details” and check again.',
  },
  screening: {
    title: 'Screening',
    notScreened: 'This household has not been screened yet.',
    needsConsent: 'The household has not consented to screening.',
    screen: 'Run the screening',
    rescreen: 'Screen again',
    screening: 'Checking…',
    done: '{{total}} programmes checked.',
    loading: 'Loading the results…',
  },
  results: {
    title: 'Results',
    count: '{{total}} programmes, the most promising first.',
    host: 'Country',
    result: 'Result',
    why: 'Why: criterion by criterion',
    source: 'Source:',
    missingTitle: 'What we still need to know',
    nextStepsTitle: 'What to do next',
    rules: 'Rules version {{version}}, checked on {{date}}.',
    closed: 'This programme has closed; this result is from before it closed.',
    opensInNewTab: '(opens in a new tab)',
  },
};

export type PathwaysCatalogue = typeof pathwaysEn;
