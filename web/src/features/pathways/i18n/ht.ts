import type { PathwaysCatalogue } from './en.ts';

export const pathwaysHt: PathwaysCatalogue = {
  nav: { mine: 'Chemen mwen yo' },
  summary: { mine: 'Chemen ou ta ka pran yo ak poukisa, ak sa pou w fè apre.' },
  mine: {
    title: 'Chemen ou ta ka pran yo ak poukisa',
    intro:
      'Puente konpare repons fanmi ou ak règ chak pwogram k ap resevwa demann. Se yon gid, se pa yon desizyon: se otorite chak peyi ki deside.',
    noHousehold: 'Pa gen okenn fanmi ki enskri ak kont sa a.',
    needsConsent: 'Pou verifye chemen ou yo, bay konsantman ou pou verifikasyon an anvan, nan "Enfòmasyon mwen".',
    toMyDetails: 'Ale nan Enfòmasyon mwen',
    notScreened: 'Yo poko verifye fanmi ou.',
    screen: 'Verifye chemen mwen yo',
    rescreen: 'Verifye ankò',
    detailsChanged: 'Si sitiyasyon ou chanje, mete "Enfòmasyon mwen" ajou epi verifye ankò.',
  },
  screening: {
    title: 'Evalyasyon',
    notScreened: 'Yo poko evalye fanmi sa a.',
    needsConsent: 'Fanmi an pa bay konsantman li pou evalyasyon an.',
    screen: 'Fè evalyasyon an',
    rescreen: 'Evalye ankò',
    screening: 'Ap verifye…',
    done: '{{total}} pwogram verifye.',
    loading: 'Ap chaje rezilta yo…',
  },
  results: {
    title: 'Rezilta',
    count: '{{total}} pwogram, sa ki pi pwomèt yo an premye.',
    host: 'Peyi',
    result: 'Rezilta',
    why: 'Poukisa: kritè pa kritè',
    source: 'Sous:',
    missingTitle: 'Sa nou bezwen konnen toujou',
    nextStepsTitle: 'Sa pou w fè apre',
    rules: 'Règ yo nan vèsyon {{version}}, verifye {{date}}.',
    closed: 'Pwogram sa a fèmen; rezilta sa a se anvan li te fèmen.',
    opensInNewTab: '(ap louvri nan yon nouvo onglè)',
  },
};
