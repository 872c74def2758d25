/**
 * Server-side messages for field errors, in the five languages of the pact, so that an API
 * client that is not the web app also gets an error it can show. The web app translates the
 * same keys from its own catalogues.
 */
export const LOCALES = ['en', 'es', 'fr', 'ht', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalogue = Record<string, Record<Locale, string>>;

const MESSAGES: Catalogue = {
  // Zod's issue codes, for fields whose schema names no key of its own.
  'validation.invalid_type': {
    en: 'This field has the wrong type or is missing.', es: 'Este campo tiene un tipo incorrecto o falta.',
    fr: 'Ce champ a un type incorrect ou manque.', ht: 'Jaden sa a pa gen bon kalite a oswa li manke.',
    pt: 'Este campo tem o tipo errado ou está faltando.',
  },
  'validation.too_small': {
    en: 'This value is too short or too small.', es: 'Este valor es demasiado corto o pequeño.',
    fr: 'Cette valeur est trop courte ou trop petite.', ht: 'Valè sa a twò kout oswa twò piti.',
    pt: 'Este valor é curto ou pequeno demais.',
  },
  'validation.too_big': {
    en: 'This value is too long or too large.', es: 'Este valor es demasiado largo o grande.',
    fr: 'Cette valeur est trop longue ou trop grande.', ht: 'Valè sa a twò long oswa twò gwo.',
    pt: 'Este valor é longo ou grande demais.',
  },
  'validation.invalid_format': {
    en: 'This value does not have the expected format.', es: 'Este valor no tiene el formato esperado.',
    fr: "Cette valeur n'a pas le format attendu.", ht: 'Valè sa a pa nan fòma yo atann nan.',
    pt: 'Este valor não tem o formato esperado.',
  },
  'validation.invalid_value': {
    en: 'This value is not one of the allowed choices.', es: 'Este valor no es una de las opciones permitidas.',
    fr: "Cette valeur ne fait pas partie des choix permis.", ht: 'Valè sa a pa youn nan chwa ki pèmèt yo.',
    pt: 'Este valor não é uma das opções permitidas.',
  },
  'validation.unrecognized_keys': {
    en: 'This request has fields that are not allowed.', es: 'Esta solicitud tiene campos no permitidos.',
    fr: 'Cette requête contient des champs non permis.', ht: 'Demann sa a gen jaden ki pa pèmèt.',
    pt: 'Esta solicitação tem campos não permitidos.',
  },
  'validation.required': {
    en: 'This field is required.', es: 'Este campo es obligatorio.', fr: 'Ce champ est obligatoire.',
    ht: 'Ou dwe ranpli jaden sa a.', pt: 'Este campo é obrigatório.',
  },
  'validation.invalid': {
    en: 'This value is not valid.', es: 'Este valor no es válido.', fr: "Cette valeur n'est pas valide.",
    ht: 'Valè sa a pa bon.', pt: 'Este valor não é válido.',
  },
  'validation.partialDate': {
    en: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, and a date that exists.',
    es: 'Escriba la fecha como AAAA, AAAA-MM o AAAA-MM-DD, y una fecha que exista.',
    fr: 'Écrivez la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ, et une date qui existe.',
    ht: 'Ekri dat la konsa: AAAA, AAAA-MM oswa AAAA-MM-JJ, epi yon dat ki egziste.',
    pt: 'Escreva a data como AAAA, AAAA-MM ou AAAA-MM-DD, e uma data que exista.',
  },
  'validation.futureDate': {
    en: 'This date is in the future.', es: 'Esta fecha está en el futuro.', fr: 'Cette date est dans le futur.',
    ht: 'Dat sa a nan lavni.', pt: 'Esta data está no futuro.',
  },
  'validation.unknownCountry': {
    en: 'This is not an ISO 3166 country code.', es: 'Este no es un código de país ISO 3166.',
    fr: "Ce n'est pas un code de pays ISO 3166.", ht: 'Sa a se pa yon kòd peyi ISO 3166.',
    pt: 'Este não é um código de país ISO 3166.',
  },
  'validation.subdivisionCountry': {
    en: 'The region does not belong to the country given.', es: 'La región no pertenece al país indicado.',
    fr: "La région n'appartient pas au pays indiqué.", ht: 'Rejyon an pa nan peyi ou bay la.',
    pt: 'A região não pertence ao país indicado.',
  },
  'validation.phone': {
    en: 'Write the phone number with its country code, for example +52 962 123 4567.',
    es: 'Escriba el teléfono con su código de país, por ejemplo +52 962 123 4567.',
    fr: 'Écrivez le numéro avec son indicatif de pays, par exemple +509 3712 3456.',
    ht: 'Ekri nimewo telefòn nan ak kòd peyi a, pa egzanp +509 3712 3456.',
    pt: 'Escreva o telefone com o código do país, por exemplo +55 11 91234 5678.',
  },
  'validation.email': {
    en: 'This is not an email address.', es: 'Esta no es una dirección de correo.', fr: "Ce n'est pas une adresse e-mail.",
    ht: 'Sa a se pa yon adrès imèl.', pt: 'Este não é um endereço de e-mail.',
  },
  'validation.childOlderThanParent': {
    en: 'A child cannot be born before their parent.', es: 'Un hijo o hija no puede haber nacido antes que su madre o padre.',
    fr: 'Un enfant ne peut pas être né avant son parent.', ht: 'Yon pitit pa ka fèt anvan paran li.',
    pt: 'Um filho não pode ter nascido antes do pai ou da mãe.',
  },
  'validation.parentYoungerThanChild': {
    en: 'A parent or grandparent cannot be born after the person.', es: 'Una madre, padre, abuela o abuelo no puede haber nacido después de la persona.',
    fr: 'Un parent ou grand-parent ne peut pas être né après la personne.', ht: 'Yon paran oswa granparan pa ka fèt apre moun nan.',
    pt: 'Um pai, mãe, avô ou avó não pode ter nascido depois da pessoa.',
  },
  'validation.onePrincipal': {
    en: 'The first member is the person registering; no one else can be "self".',
    es: 'El primer miembro es quien se registra; nadie más puede ser "yo mismo".',
    fr: 'Le premier membre est la personne qui s\'inscrit ; personne d\'autre ne peut être « moi-même ».',
    ht: 'Premye manm nan se moun k ap enskri a; pèsonn lòt pa ka "mwen menm".',
    pt: 'O primeiro membro é quem se registra; ninguém mais pode ser "eu mesmo".',
  },
  'validation.mrz': {
    en: 'The passport code (MRZ) could not be read: {{problem}}.', es: 'No se pudo leer el código del pasaporte (MRZ): {{problem}}.',
    fr: 'Le code du passeport (MRZ) est illisible : {{problem}}.', ht: 'Nou pa t ka li kòd paspò a (MRZ): {{problem}}.',
    pt: 'Não foi possível ler o código do passaporte (MRZ): {{problem}}.',
  },
  'validation.mrzMismatch': {
    en: 'The passport code (MRZ) does not match the document number.', es: 'El código del pasaporte (MRZ) no coincide con el número del documento.',
    fr: 'Le code du passeport (MRZ) ne correspond pas au numéro du document.', ht: 'Kòd paspò a (MRZ) pa koresponn ak nimewo dokiman an.',
    pt: 'O código do passaporte (MRZ) não corresponde ao número do documento.',
  },
  'validation.recipientRequired': {
    en: 'Consent to share names who may receive the data.', es: 'El consentimiento para compartir indica quién puede recibir los datos.',
    fr: 'Le consentement au partage indique qui peut recevoir les données.', ht: 'Konsantman pou pataje dwe di kiyès ki ka resevwa done yo.',
    pt: 'O consentimento para compartilhar indica quem pode receber os dados.',
  },
  'validation.memberStateRequired': {
    en: 'Choose the member state that will hold your record.', es: 'Elija el Estado miembro que guardará su registro.',
    fr: "Choisissez l'État membre qui conservera votre dossier.", ht: 'Chwazi eta manm ki pral kenbe dosye ou.',
    pt: 'Escolha o Estado-membro que guardará o seu registro.',
  },
  'validation.phoneTaken': {
    en: 'An account with this phone number exists; sign in instead.', es: 'Ya existe una cuenta con este teléfono; inicie sesión.',
    fr: 'Un compte existe avec ce numéro ; connectez-vous.', ht: 'Gen yon kont ak nimewo sa a deja; konekte pito.',
    pt: 'Já existe uma conta com este telefone; entre na conta.',
  },
  'validation.sameMemberState': {
    en: 'An agreement is between two different member states.', es: 'Un acuerdo es entre dos Estados miembros distintos.',
    fr: 'Un accord lie deux États membres différents.', ht: 'Yon akò se ant de eta manm ki diferan.',
    pt: 'Um acordo é entre dois Estados-membros diferentes.',
  },
  'validation.unknownMemberState': {
    en: '{{code}} is not a member state of the pact.', es: '{{code}} no es un Estado miembro del pacto.',
    fr: "{{code}} n'est pas un État membre du pacte.", ht: '{{code}} pa yon eta manm pak la.',
    pt: '{{code}} não é um Estado-membro do pacto.',
  },
  'validation.duplicatePurpose': {
    en: 'Name each purpose once.', es: 'Indique cada finalidad una sola vez.', fr: 'Indiquez chaque finalité une seule fois.',
    ht: 'Bay chak objektif yon sèl fwa.', pt: 'Indique cada finalidade uma só vez.',
  },
  'validation.endBeforeStart': {
    en: 'The last day cannot be before the first day.', es: 'El último día no puede ser anterior al primero.',
    fr: 'Le dernier jour ne peut pas précéder le premier.', ht: 'Dènye jou a pa ka vini anvan premye jou a.',
    pt: 'O último dia não pode ser anterior ao primeiro.',
  },
  'validation.notBeforeToday': {
    en: 'This date cannot be in the past.', es: 'Esta fecha no puede estar en el pasado.', fr: 'Cette date ne peut pas être passée.',
    ht: 'Dat sa a pa ka nan tan pase.', pt: 'Esta data não pode estar no passado.',
  },
  'validation.endsAfterExpiry': {
    en: 'The agreement already ends before this date: its last day is {{validTo}}.',
    es: 'El acuerdo ya termina antes de esta fecha: su último día es {{validTo}}.',
    fr: "L'accord prend déjà fin avant cette date : son dernier jour est le {{validTo}}.",
    ht: 'Akò a deja fini anvan dat sa a: dènye jou li se {{validTo}}.',
    pt: 'O acordo já termina antes desta data: o seu último dia é {{validTo}}.',
  },
};

export function pickLocale(acceptLanguage: string | undefined, fallback: string = 'en'): Locale {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .concat(fallback);
  return (wanted.find((l) => (LOCALES as readonly string[]).includes(l)) as Locale | undefined) ?? 'en';
}

export function translate(key: string, locale: Locale, params: Record<string, unknown> = {}): string | undefined {
  const entry = MESSAGES[key];
  if (!entry) return undefined;
  return entry[locale].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export interface FieldError {
  path: string;
  code: string;
  key: string;
  message: string;
  params?: Record<string, unknown>;
}

/** A field error with its message in the caller's language. */
export function fieldError(path: string, key: string, params: Record<string, unknown> = {}, locale: Locale = 'en'): FieldError {
  return { path, code: key.replace(/^validation\./, ''), key, message: translate(key, locale, params) ?? key, ...(Object.keys(params).length ? { params } : {}) };
}
