import type { PathwaysCatalogue } from './en.ts';

export const pathwaysFr: PathwaysCatalogue = {
  nav: { mine: 'Mes voies' },
  summary: { mine: 'Vos voies possibles et pourquoi, et quoi faire ensuite.' },
  mine: {
    title: 'Vos voies possibles et pourquoi',
    intro:
      'Puente compare les réponses de votre foyer aux règles de chaque programme qui accepte des demandes. C’est une orientation, pas une décision : ce sont les autorités de chaque pays qui décident.',
    noHousehold: 'Aucun foyer n’est inscrit avec ce compte.',
    needsConsent: 'Pour vérifier vos voies, donnez d’abord votre consentement à la vérification dans « Mes informations ».',
    toMyDetails: 'Aller à Mes informations',
    notScreened: 'Votre foyer n’a pas encore été vérifié.',
    screen: 'Vérifier mes voies',
    rescreen: 'Vérifier à nouveau',
    detailsChanged: 'Si votre situation a changé, mettez à jour « Mes informations » et vérifiez à nouveau.',
  },
  screening: {
    title: 'Évaluation',
    notScreened: 'Ce foyer n’a pas encore été évalué.',
    needsConsent: 'Le foyer n’a pas consenti à l’évaluation.',
    screen: 'Lancer l’évaluation',
    rescreen: 'Évaluer à nouveau',
    screening: 'Vérification…',
    done: '{{total}} programmes vérifiés.',
    loading: 'Chargement des résultats…',
  },
  results: {
    title: 'Résultats',
    count: '{{total}} programmes, les plus prometteurs d’abord.',
    host: 'Pays',
    result: 'Résultat',
    why: 'Pourquoi : critère par critère',
    source: 'Source :',
    missingTitle: 'Ce qu’il nous faut encore savoir',
    nextStepsTitle: 'Quoi faire ensuite',
    rules: 'Règles dans leur version {{version}}, vérifiées le {{date}}.',
    closed: 'Ce programme est fermé ; ce résultat date d’avant sa fermeture.',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  },
};
