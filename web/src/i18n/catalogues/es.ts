import type { Catalogue } from './en.ts';

/** Spanish, as used across Latin America; addresses the reader as «usted». */
export const es: Catalogue = {
  app: {
    tagline: 'Vías legales y protección en todo el pacto sobre migración',
    skipToContent: 'Saltar al contenido principal',
    loading: 'Cargando…',
    footer: 'Puente es software de código abierto para el pacto regional sobre migración.',
  },
  language: {
    label: 'Idioma',
  },
  nav: {
    label: 'Menú principal',
    home: 'Inicio',
    memberStates: 'Estados miembros',
    account: 'Mi cuenta',
  },
  auth: {
    title: 'Iniciar sesión',
    intro: 'Inicie sesión con su correo electrónico y su contraseña.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Iniciar sesión',
    submitting: 'Iniciando sesión…',
    emailRequired: 'Escriba su correo electrónico.',
    passwordRequired: 'Escriba su contraseña.',
    signOut: 'Cerrar sesión',
    signedOut: 'Ha cerrado la sesión.',
    sessionEnded: 'Su sesión ha terminado. Vuelva a iniciar sesión para continuar.',
  },
  home: {
    title: 'Inicio',
    welcome: 'Le damos la bienvenida, {{name}}',
    availableTitle: 'Disponible ahora',
    availableMemberStates: 'Los países del pacto y la función de cada uno.',
    availableAccount: 'Su perfil y el cierre de sesión en todos sus dispositivos.',
    comingTitle: 'Próximamente',
    comingNote: 'Estas partes de Puente todavía no están disponibles.',
  },
  roles: {
    applicant: 'Solicitante',
    caseworker: 'Gestor de casos',
    supervisor: 'Supervisor',
    protection_officer: 'Oficial de protección',
    employer: 'Empleador',
    programme_admin: 'Administrador de programas',
    pact_admin: 'Administrador del pacto',
    auditor: 'Auditor',
  },
  roleComing: {
    applicant:
      'Registrar a su hogar, saber a qué vías legales podría acceder y por qué, presentar su solicitud y seguir su caso.',
    caseworker:
      'Registrar a personas en persona, atender su lista de casos, programar entrevistas y registrar decisiones con sus motivos.',
    supervisor: 'Revisar recomendaciones y cierres, y vigilar plazos y carga de trabajo.',
    protection_officer:
      'Detectar situaciones de vulnerabilidad y de trata, fijar prioridades y derivar a las personas a servicios con su consentimiento.',
    employer:
      'Publicar ofertas de empleo, dar fe de condiciones de contratación equitativa, recibir a los trabajadores asignados e informar de su llegada.',
    programme_admin:
      'Definir sus programas: reglas de elegibilidad, cupos, periodos de recepción de solicitudes y salarios mínimos.',
    pact_admin: 'Admitir estados miembros y organismos, y gestionar los acuerdos de intercambio de datos.',
    auditor: 'Consultar y verificar el registro de auditoría a prueba de manipulaciones.',
  },
  pact: {
    title: 'Estados miembros',
    intro: 'Los países que se han sumado al pacto y el papel que cada uno cumple en la migración.',
    total: 'Estados miembros: {{total}}',
    code: 'Código de país',
    joined: 'Adhesión al pacto',
    role: 'Función en el pacto',
    none: 'Todavía ningún país se ha sumado al pacto.',
    memberRoles: {
      origin: 'País de origen',
      transit: 'País de tránsito',
      destination: 'País de destino',
    },
  },
  account: {
    title: 'Mi cuenta',
    profileTitle: 'Perfil',
    name: 'Nombre',
    email: 'Correo electrónico',
    roles: 'Funciones',
    memberState: 'Estado miembro',
    agency: 'Organismo',
    office: 'Oficina',
    noOffice: 'Sin oficina asignada',
    language: 'Idioma preferido',
    sessionsTitle: 'Sesiones',
    sessionsIntro:
      'Si inició sesión en un dispositivo compartido o perdido, cierre todas sus sesiones. Después tendrá que volver a iniciar sesión en cada dispositivo.',
    signOutEverywhere: 'Cerrar sesión en todos los dispositivos',
  },
  agencyKinds: {
    government: 'Gobierno',
    unhcr: 'ACNUR',
    iom: 'OIM',
    ngo: 'Organización no gubernamental',
    employer_association: 'Asociación de empleadores',
    labour_inspectorate: 'Autoridad laboral',
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'Esta página no existe o usted no tiene acceso a ella.',
    home: 'Ir a la página de inicio',
  },
  errors: {
    AUTH_INVALID_CREDENTIALS: 'El correo electrónico o la contraseña no son correctos.',
    AUTH_LOCKED: 'Hubo demasiados intentos fallidos y esta cuenta está bloqueada por un tiempo. Inténtelo más tarde.',
    AUTH_REQUIRED: 'Inicie sesión para continuar.',
    AUTH_CSRF: 'No se pudo confirmar su sesión. Vuelva a cargar la página e inténtelo de nuevo.',
    FORBIDDEN: 'Su función no le permite hacer esto.',
    NOT_FOUND: 'No se encontró lo que busca, o usted no tiene acceso.',
    VALIDATION_FAILED: 'Parte de la información no es válida. Revísela e inténtelo de nuevo.',
    RATE_LIMITED: 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
    INTERNAL: 'Algo salió mal de nuestro lado. Inténtelo de nuevo en un momento.',
    UNAVAILABLE: 'Puente no está disponible en este momento. Inténtelo de nuevo en un momento.',
    NETWORK: 'No se pudo conectar con Puente. Revise su conexión e inténtelo de nuevo.',
    UNEXPECTED: 'Algo salió mal. Inténtelo de nuevo en un momento.',
  },
};
