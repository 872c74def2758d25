import type { Texts } from '../cases.schemas.ts';

/** A text in English, Spanish, French, Haitian Creole and Portuguese, in that order. */
export function t(en: string, es: string, fr: string, ht: string, pt: string): Texts {
  return { en, es, fr, ht, pt };
}

/** Facts and tasks that several pathways share. */
export const COMMON = {
  departureDate: {
    key: 'departure_date',
    type: 'date' as const,
    label: t('Departure date', 'Fecha de salida', 'Date de départ', 'Dat depa', 'Data de partida'),
  },
  arrivalDate: {
    key: 'arrival_date',
    type: 'date' as const,
    label: t('Arrival date', 'Fecha de llegada', "Date d'arrivée", 'Dat arive', 'Data de chegada'),
  },
  bringId: {
    key: 'bring_identity_document',
    title: t(
      'Upload a copy of your identity document',
      'Suba una copia de su documento de identidad',
      "Téléversez une copie de votre pièce d'identité",
      'Voye yon kopi pyès idantite ou',
      'Envie uma cópia do seu documento de identidade',
    ),
    dueInDays: 14,
    forApplicant: true,
    documentType: 'identity_document' as const,
  },
  arrivalStage: {
    code: 'arrival',
    name: t('Arrival', 'Llegada', 'Arrivée', 'Arive', 'Chegada'),
    applicantText: t(
      'You have arrived. The receiving agency will help you settle in.',
      'Usted ha llegado. La agencia de acogida le ayudará a instalarse.',
      "Vous êtes arrivé. L'agence d'accueil vous aidera à vous installer.",
      'Ou rive. Ajans ki resevwa w la ap ede w enstale.',
      'Você chegou. A agência de acolhimento vai ajudar na sua instalação.',
    ),
    moveRole: 'caseworker' as const,
    requirements: [],
    tasks: [],
    next: [],
  },
};
