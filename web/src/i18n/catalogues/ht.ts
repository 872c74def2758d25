import { protectionHt } from '../../features/protection/i18n/ht.ts';
import { casesHt } from '../../features/cases/i18n/ht.ts';
import { laborHt } from '../../features/labor/i18n/ht.ts';
import { programmesHt } from '../../features/programmes/i18n/ht.ts';
import { pathwaysHt } from '../../features/pathways/i18n/ht.ts';
import { registryHt } from '../../features/registry/i18n/ht.ts';
import type { Catalogue } from './en.ts';
import { linkageHt } from '../../features/linkage/i18n/ht.ts';

/**
 * Haitian Creole, in the standard spelling (òtograf ofisyèl). The pact is rendered as "akò" (agreement)
 * because "pak" also means Easter.
 */
export const ht: Catalogue = {
  app: {
    tagline: 'Chemen legal ak pwoteksyon nan tout peyi ki nan akò sou migrasyon an',
    skipToContent: 'Ale dirèkteman nan kontni prensipal la',
    loading: 'Ap chaje…',
    footer: 'Puente se yon lojisyèl sous louvri pou akò rejyonal sou migrasyon an.',
  },
  language: {
    label: 'Lang',
  },
  nav: {
    label: 'Meni prensipal',
    home: 'Akèy',
    memberStates: 'Peyi manm',
    audit: 'Istorik odit',
    account: 'Kont mwen',
  },
  auth: {
    title: 'Konekte',
    intro: 'Konekte ak adrès imèl ou, oswa nimewo selilè ou te enskri a, ak modpas ou.',
    email: 'Adrès imèl oswa nimewo telefòn',
    password: 'Modpas',
    submit: 'Konekte',
    submitting: 'Ap konekte…',
    emailRequired: 'Ekri adrès imèl ou oswa nimewo telefòn ou.',
    passwordRequired: 'Ekri modpas ou.',
    signOut: 'Dekonekte',
    signedOut: 'Ou dekonekte.',
    sessionEnded: 'Sesyon ou an fini. Konekte ankò pou w ka kontinye.',
  },
  home: {
    title: 'Akèy',
    welcome: 'Byenvini, {{name}}',
    availableTitle: 'Disponib kounye a',
    availableMemberStates: 'Peyi ki nan akò a, ak wòl chak peyi jwe.',
    availableAccount: 'Pwofil ou, ak jan pou w dekonekte sou tout aparèy ou yo.',
    availableAudit: 'Tout chanjman yo anrejistre nan peyi manm ou an, ak yon verifikasyon pou wè si pèsonn pa modifye yo.',
    comingTitle: 'Ap vini byento',
    comingNote: 'Pati sa yo nan Puente poko disponib.',
  },
  roles: {
    applicant: 'Aplikan',
    caseworker: 'Jesyonè dosye',
    supervisor: 'Sipèvizè',
    protection_officer: 'Ofisye pwoteksyon',
    employer: 'Patwon',
    programme_admin: 'Administratè pwogram',
    pact_admin: 'Administratè akò a',
    auditor: 'Oditè',
  },
  roleComing: {
    applicant:
      'Anrejistre moun lakay ou, konnen ki chemen legal ou ka gen dwa pou yo ak poukisa, fè demann ou, epi swiv dosye ou.',
    caseworker:
      'Anrejistre moun ki vin nan biwo a, trete lis dosye ou yo, fikse randevou pou entèvyou, epi anrejistre desizyon yo ak rezon yo.',
    supervisor: 'Revize rekòmandasyon yo ak dosye k ap fèmen, epi veye dat limit yo ak kantite travay la.',
    protection_officer:
      'Idantifye moun ki vilnerab ak moun ki viktim trafik moun, fikse priyorite, epi refere moun yo bay sèvis, avèk dakò yo.',
    employer:
      'Pibliye òf travay, sètifye kondisyon rekritman ki jis, resevwa travayè yo voye ba ou, epi fè konnen lè yo rive.',
    programme_admin: 'Defini pwogram ou yo: règ kalifikasyon, kota, peryòd pou depoze demann, ak salè minimòm.',
    pact_admin: 'Admèt nouvo peyi manm ak nouvo ajans, epi jere akò pou pataje done yo.',
    auditor: 'Triye istorik la dapre dosye ak aksyon, epi swiv tout istorik yon dosye.',
  },
  pact: {
    title: 'Peyi manm',
    intro: 'Peyi ki antre nan akò a, ak wòl chak peyi jwe nan migrasyon.',
    total: 'Peyi manm: {{total}}',
    code: 'Kòd peyi',
    joined: 'Dat li antre nan akò a',
    role: 'Wòl nan akò a',
    none: 'Poko gen okenn peyi ki antre nan akò a.',
    memberRoles: {
      origin: 'Peyi orijin',
      transit: 'Peyi tranzit',
      destination: 'Peyi destinasyon',
    },
  },
  account: {
    title: 'Kont mwen',
    profileTitle: 'Pwofil',
    name: 'Non',
    email: 'Adrès imèl',
    roles: 'Wòl',
    memberState: 'Peyi manm',
    agency: 'Ajans',
    office: 'Biwo',
    noOffice: 'Yo poko ba ou yon biwo',
    language: 'Lang ou prefere',
    sessionsTitle: 'Sesyon',
    sessionsIntro:
      'Si ou te konekte sou yon aparèy plizyè moun itilize, oswa sou yon aparèy ou pèdi, fèmen tout sesyon ou yo. Apre sa, w ap bezwen konekte ankò sou chak aparèy.',
    signOutEverywhere: 'Dekonekte sou tout aparèy yo',
  },
  audit: {
    title: 'Istorik odit',
    intro: 'Chak chanjman, ak chak fwa yon moun li done konfidansyèl, nan peyi manm ou an, soti nan pi resan an rive nan pi ansyen an. Lè ou li istorik la, sa anrejistre tou.',
    verifyTitle: 'Entegrite',
    verifyIntro: 'Chak antre pote yon anprent antre ki vin anvan l lan, kidonk si yon moun modifye yon antre apre, chèn nan kase.',
    verify: 'Verifye chèn nan',
    verifying: 'Ap verifye…',
    intact: 'Chèn nan an bon eta: nou verifye {{rows}} antre.',
    broken: 'Chèn nan kase nan antre {{seq}}. Fè ekip sekirite ou a konnen sa.',
    entriesTitle: 'Antre yo',
    entry: 'Antre',
    when: 'Dat ak lè',
    action: 'Aksyon',
    record: 'Dosye',
    actor: 'Itilizatè',
    origin: 'Adrès IP',
    system: 'Sistèm',
    none: 'Poko gen okenn antre.',
    older: 'Montre antre ki pi ansyen yo',
  },
  agencyKinds: {
    government: 'Gouvènman',
    unhcr: 'HCR',
    iom: 'OIM',
    ngo: 'Òganizasyon non gouvènmantal',
    employer_association: 'Asosyasyon patwon',
    labour_inspectorate: 'Otorite travay',
  },
  notFound: {
    title: 'Nou pa jwenn paj la',
    body: 'Paj sa a pa egziste, oswa ou pa gen aksè ladan l.',
    home: 'Ale nan paj akèy la',
  },
  errors: {
    AUTH_INVALID_CREDENTIALS: 'Adrès imèl la oswa modpas la pa kòrèk.',
    AUTH_LOCKED: 'Te gen twòp tantativ ki echwe, kidonk kont sa a bloke pou yon ti tan. Eseye ankò pita.',
    AUTH_REQUIRED: 'Konekte pou w ka kontinye.',
    AUTH_CSRF: 'Nou pa t ka konfime sesyon ou an. Rechaje paj la epi eseye ankò.',
    FORBIDDEN: 'Wòl ou pa pèmèt ou fè sa.',
    NOT_FOUND: 'Nou pa jwenn sa ou t ap chèche a, oswa ou pa gen aksè ladan l.',
    VALIDATION_FAILED: 'Gen kèk enfòmasyon ki pa valab. Verifye yo epi eseye ankò.',
    RATE_LIMITED: 'Twòp demann. Tann yon ti moman epi eseye ankò.',
    INTERNAL: 'Gen yon bagay ki pa mache bò kote pa nou. Eseye ankò nan yon ti moman.',
    UNAVAILABLE: 'Puente pa disponib kounye a. Eseye ankò nan yon ti moman.',
    NETWORK: 'Nou pa ka jwenn Puente. Verifye koneksyon ou epi eseye ankò.',
    UNEXPECTED: 'Gen yon bagay ki pa mache. Eseye ankò nan yon ti moman.',
    HOUSEHOLD_NOT_FOUND: 'Nou pa jwenn fanmi sa a, oswa ou pa gen aksè ladan l.',
    PERSON_NOT_FOUND: 'Nou pa jwenn moun sa a, oswa ou pa gen aksè nan enfòmasyon li.',
    PERSON_VERSION_CONFLICT: 'Yon lòt moun chanje enfòmasyon sa yo pandan tan sa a. Rechaje yo epi eseye ankò.',
    CONSENT_NOT_FOUND: 'Nou pa jwenn konsantman sa a.',
    CONSENT_ALREADY_WITHDRAWN: 'Konsantman sa a te deja retire.',
    CONSENT_REQUIRED: 'Fanmi an pa bay konsantman li pou sa.',
    IDEMPOTENCY_IN_PROGRESS: 'N ap toujou trete enskripsyon ou. Tann yon ti moman epi eseye ankò.',
    PROTECTION_FILE_NOT_FOUND: "Nou pa jwenn dosye pwoteksyon sa a, oswa ou pa gen aksè ladan l.",
    PROTECTION_CONSENT_REQUIRED: "Moun nan pa dakò pou yo voye l bay sèvis sa a.",
    PROTECTION_SERVICE_MISMATCH: "Sèvis sa a pa ofri sa referans lan mande.",
    PROTECTION_REFERRAL_STATE: "Yo te deja reponn referans sa a.",
    PROTECTION_REFERRAL_VERSION_CONFLICT: "Yon moun chanje referans sa a pandan tan sa a. Rechaje l epi eseye ankò.",
  },
  cases: casesHt,
  labor: laborHt,
  protection: protectionHt,
  programmes: programmesHt,
  registry: registryHt,
  pathways: pathwaysHt,
  linkage: linkageHt,
};
