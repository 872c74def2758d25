import type { PathwaysCatalogue } from './en.ts';

export const pathwaysEs: PathwaysCatalogue = {
  nav: { mine: 'Mis vías' },
  summary: { mine: 'Sus posibles vías y por qué, y qué hacer después.' },
  mine: {
    title: 'Sus posibles vías y por qué',
    intro:
      'Puente compara las respuestas de su hogar con las reglas de cada programa que recibe solicitudes. Es una orientación, no una decisión: deciden las autoridades de cada país.',
    noHousehold: 'No hay ningún hogar registrado con esta cuenta.',
    needsConsent: 'Para revisar sus vías, primero dé su consentimiento a la revisión en «Mis datos».',
    toMyDetails: 'Ir a Mis datos',
    notScreened: 'Su hogar todavía no ha sido revisado.',
    screen: 'Revisar mis vías',
    rescreen: 'Revisar de nuevo',
    detailsChanged: 'Si su situación cambió, actualice «Mis datos» y revise de nuevo.',
  },
  screening: {
    title: 'Evaluación',
    notScreened: 'Este hogar todavía no ha sido evaluado.',
    needsConsent: 'El hogar no ha dado su consentimiento a la evaluación.',
    screen: 'Hacer la evaluación',
    rescreen: 'Evaluar de nuevo',
    screening: 'Revisando…',
    done: '{{total}} programas revisados.',
    loading: 'Cargando los resultados…',
  },
  results: {
    title: 'Resultados',
    count: '{{total}} programas, primero los más prometedores.',
    host: 'País',
    result: 'Resultado',
    why: 'Por qué: criterio por criterio',
    source: 'Fuente:',
    missingTitle: 'Lo que todavía necesitamos saber',
    nextStepsTitle: 'Qué hacer después',
    rules: 'Reglas en su versión {{version}}, revisadas el {{date}}.',
    closed: 'Este programa ya cerró; este resultado es de antes del cierre.',
    opensInNewTab: '(se abre en una pestaña nueva)',
  },
};
