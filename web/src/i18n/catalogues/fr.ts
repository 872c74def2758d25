import type { Catalogue } from './en.ts';

/** French; addresses the reader as « vous ». */
export const fr: Catalogue = {
  app: {
    tagline: 'Voies légales et protection dans l’ensemble du pacte sur les migrations',
    skipToContent: 'Aller au contenu principal',
    loading: 'Chargement…',
    footer: 'Puente est un logiciel libre au service du pacte régional sur les migrations.',
  },
  language: {
    label: 'Langue',
  },
  nav: {
    label: 'Menu principal',
    home: 'Accueil',
    memberStates: 'États membres',
    account: 'Mon compte',
  },
  auth: {
    title: 'Connexion',
    intro: 'Connectez-vous avec votre adresse e-mail et votre mot de passe.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion en cours…',
    emailRequired: 'Saisissez votre adresse e-mail.',
    passwordRequired: 'Saisissez votre mot de passe.',
    signOut: 'Se déconnecter',
    signedOut: 'Déconnexion effectuée.',
    sessionEnded: 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  },
  home: {
    title: 'Accueil',
    welcome: 'Bienvenue, {{name}}',
    availableTitle: 'Disponible dès maintenant',
    availableMemberStates: 'Les pays du pacte et le rôle de chacun.',
    availableAccount: 'Votre profil, et la déconnexion de tous vos appareils.',
    comingTitle: 'Bientôt disponible',
    comingNote: 'Ces parties de Puente ne sont pas encore disponibles.',
  },
  roles: {
    applicant: 'Demandeur',
    caseworker: 'Gestionnaire de dossiers',
    supervisor: 'Superviseur',
    protection_officer: 'Agent de protection',
    employer: 'Employeur',
    programme_admin: 'Administrateur de programme',
    pact_admin: 'Administrateur du pacte',
    auditor: 'Auditeur',
  },
  roleComing: {
    applicant:
      'Enregistrer votre ménage, savoir à quelles voies légales vous pourriez avoir droit et pourquoi, déposer une demande et suivre votre dossier.',
    caseworker:
      'Enregistrer des personnes au guichet, traiter votre file de dossiers, planifier des entretiens et consigner les décisions avec leurs motifs.',
    supervisor: 'Examiner les recommandations et les clôtures, et suivre les échéances et la charge de travail.',
    protection_officer:
      'Repérer les vulnérabilités et les indices de traite, fixer les priorités et orienter les personnes vers des services, avec leur consentement.',
    employer:
      'Publier des offres d’emploi, attester des conditions de recrutement équitable, accueillir les travailleurs affectés et signaler leur arrivée.',
    programme_admin:
      'Définir vos programmes : règles d’admissibilité, quotas, périodes de dépôt des demandes et salaires minimums.',
    pact_admin: 'Admettre des États membres et des organismes, et gérer les accords de partage de données.',
    auditor: 'Consulter et vérifier la piste d’audit infalsifiable.',
  },
  pact: {
    title: 'États membres',
    intro: 'Les pays qui ont rejoint le pacte, et le rôle que chacun joue dans les migrations.',
    total: 'États membres : {{total}}',
    code: 'Code du pays',
    joined: 'Adhésion au pacte',
    role: 'Rôle dans le pacte',
    none: 'Aucun pays n’a encore rejoint le pacte.',
    memberRoles: {
      origin: 'Pays d’origine',
      transit: 'Pays de transit',
      destination: 'Pays de destination',
    },
  },
  account: {
    title: 'Mon compte',
    profileTitle: 'Profil',
    name: 'Nom',
    email: 'Adresse e-mail',
    roles: 'Rôles',
    memberState: 'État membre',
    agency: 'Organisme',
    office: 'Bureau',
    noOffice: 'Aucun bureau attribué',
    language: 'Langue préférée',
    sessionsTitle: 'Sessions',
    sessionsIntro:
      'Si vous avez ouvert une session sur un appareil partagé ou perdu, fermez toutes vos sessions. Vous devrez ensuite vous reconnecter sur chaque appareil.',
    signOutEverywhere: 'Se déconnecter de tous les appareils',
  },
  agencyKinds: {
    government: 'Gouvernement',
    unhcr: 'HCR',
    iom: 'OIM',
    ngo: 'Organisation non gouvernementale',
    employer_association: 'Association d’employeurs',
    labour_inspectorate: 'Autorité du travail',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Cette page n’existe pas, ou vous n’y avez pas accès.',
    home: 'Retour à l’accueil',
  },
  errors: {
    AUTH_INVALID_CREDENTIALS: 'L’adresse e-mail ou le mot de passe est incorrect.',
    AUTH_LOCKED: 'Trop de tentatives ont échoué : ce compte est bloqué pour un moment. Réessayez plus tard.',
    AUTH_REQUIRED: 'Connectez-vous pour continuer.',
    AUTH_CSRF: 'Votre session n’a pas pu être confirmée. Rechargez la page et réessayez.',
    FORBIDDEN: 'Votre rôle ne permet pas cette action.',
    NOT_FOUND: 'Élément introuvable, ou vous n’y avez pas accès.',
    VALIDATION_FAILED: 'Certaines informations ne sont pas valides. Vérifiez-les et réessayez.',
    RATE_LIMITED: 'Trop de requêtes. Patientez un moment, puis réessayez.',
    INTERNAL: 'Une erreur s’est produite de notre côté. Réessayez dans un instant.',
    UNAVAILABLE: 'Puente n’est pas disponible pour le moment. Réessayez dans un instant.',
    NETWORK: 'Impossible de joindre Puente. Vérifiez votre connexion et réessayez.',
    UNEXPECTED: 'Une erreur s’est produite. Réessayez dans un instant.',
  },
};
