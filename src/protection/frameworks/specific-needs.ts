/**
 * UNHCR standardized specific-needs codes, as data.
 *
 * Version followed: UNHCR "Guidance on the Use of Standardized Specific Needs Codes"
 * (IOM/030-FOM/030/2009, Annex 2), as implemented in proGres v4. Checked (pathways.md §11): UNHCR's
 * emergency handbook page on persons at risk says that this guidance "does not reflect the updated
 * codes on Disability (DS), already available in proGres" and points to the separate "UNHCR Specific
 * Needs Codes – Disability Guidance". The DS codes below are the 2009 ones (visual, hearing,
 * physical, mental, speech); the revised disability codes (functional-difficulty based, after the
 * Washington Group questions) were not available to us and must replace them before live use —
 * that is why the framework version is part of every recorded code's key.
 * The texts are our own short descriptions, not UNHCR's wording.
 */
import type { Texts } from './texts.ts';

export const SPECIFIC_NEEDS_VERSION = 'unhcr-snc-2009';

export const NEED_CATEGORIES = {
  CR: { en: 'Child at risk', es: 'Niña o niño en riesgo', fr: 'Enfant à risque', ht: 'Timoun an danje', pt: 'Criança em risco' },
  SC: { en: 'Unaccompanied or separated child', es: 'Niñez no acompañada o separada', fr: 'Enfant non accompagné ou séparé', ht: 'Timoun ki pou kont li oswa separe', pt: 'Criança desacompanhada ou separada' },
  WR: { en: 'Woman at risk', es: 'Mujer en riesgo', fr: 'Femme à risque', ht: 'Fanm an danje', pt: 'Mulher em risco' },
  ER: { en: 'Older person at risk', es: 'Persona mayor en riesgo', fr: 'Personne âgée à risque', ht: 'Granmoun an danje', pt: 'Pessoa idosa em risco' },
  SP: { en: 'Single parent or caregiver', es: 'Madre, padre o cuidador solo', fr: 'Parent ou aidant seul', ht: 'Paran oswa moun k ap okipe timoun pou kont li', pt: 'Mãe, pai ou cuidador sozinho' },
  DS: { en: 'Disability', es: 'Discapacidad', fr: 'Handicap', ht: 'Andikap', pt: 'Deficiência' },
  SM: { en: 'Serious medical condition', es: 'Condición médica grave', fr: 'Problème médical grave', ht: 'Pwoblèm sante grav', pt: 'Condição médica grave' },
  FU: { en: 'Family unity', es: 'Unidad familiar', fr: 'Unité familiale', ht: 'Inite fanmi', pt: 'Unidade familiar' },
  LP: { en: 'Legal and physical protection', es: 'Protección legal y física', fr: 'Protection juridique et physique', ht: 'Pwoteksyon legal ak fizik', pt: 'Proteção legal e física' },
  TR: { en: 'Torture', es: 'Tortura', fr: 'Torture', ht: 'Tòti', pt: 'Tortura' },
  SV: { en: 'Sexual and gender-based violence', es: 'Violencia sexual y de género', fr: 'Violence sexuelle et basée sur le genre', ht: 'Vyolans seksyèl ak vyolans sou baz sèks', pt: 'Violência sexual e de gênero' },
} as const satisfies Record<string, Texts>;
export type NeedCategory = keyof typeof NEED_CATEGORIES;

export interface SpecificNeedCode {
  code: string;
  category: NeedCategory;
  description: Texts;
}

type Row = [string, string, string, string, string, string];

function group(category: NeedCategory, rows: Row[]): SpecificNeedCode[] {
  return rows.map(([code, en, es, fr, ht, pt]) => ({ code, category, description: { en, es, fr, ht, pt } }));
}

export const SPECIFIC_NEED_CODES: readonly SpecificNeedCode[] = [
  ...group('CR', [
    ['CR-CP', 'Child who is a parent', 'Niña o niño que es madre o padre', 'Enfant qui est parent', 'Timoun ki se paran', 'Criança que é mãe ou pai'],
    ['CR-CS', 'Child spouse', 'Niña o niño casado', 'Enfant marié', 'Timoun ki marye', 'Criança casada'],
    ['CR-CC', 'Child carer', 'Niña o niño cuidador', 'Enfant aidant', 'Timoun k ap okipe lòt moun', 'Criança cuidadora'],
    ['CR-TP', 'Teenage pregnancy', 'Embarazo adolescente', 'Grossesse adolescente', 'Jèn fi ansent', 'Gravidez na adolescência'],
    ['CR-LW', 'Worst forms of child labour', 'Peores formas de trabajo infantil', 'Pires formes de travail des enfants', 'Pi move fòm travay timoun', 'Piores formas de trabalho infantil'],
    ['CR-LO', 'Other child labour', 'Otro trabajo infantil', 'Autre travail des enfants', 'Lòt travay timoun', 'Outro trabalho infantil'],
    ['CR-NE', 'At risk of not attending school', 'En riesgo de no asistir a la escuela', "Risque de ne pas aller à l'école", 'Riske pa al lekòl', 'Em risco de não frequentar a escola'],
    ['CR-AF', 'Associated with armed forces or groups', 'Vinculado a fuerzas o grupos armados', 'Associé à des forces ou groupes armés', 'Te asosye ak fòs oswa gwoup ame', 'Associada a forças ou grupos armados'],
    ['CR-CL', 'In conflict with the law', 'En conflicto con la ley', 'En conflit avec la loi', 'An konfli ak lalwa', 'Em conflito com a lei'],
  ]),
  ...group('SC', [
    ['SC-SC', 'Separated child', 'Niña o niño separado', 'Enfant séparé', 'Timoun separe', 'Criança separada'],
    ['SC-UC', 'Unaccompanied child', 'Niña o niño no acompañado', 'Enfant non accompagné', 'Timoun ki pou kont li', 'Criança desacompanhada'],
    ['SC-CH', 'Child-headed household', 'Hogar encabezado por una niña o niño', 'Ménage dirigé par un enfant', 'Kay kote se yon timoun ki chèf', 'Domicílio chefiado por criança'],
    ['SC-IC', 'Child in institutional care', 'Niña o niño en cuidado institucional', 'Enfant en institution', 'Timoun nan yon enstitisyon', 'Criança em acolhimento institucional'],
    ['SC-FC', 'Child in foster care', 'Niña o niño en familia de acogida', "Enfant en famille d'accueil", 'Timoun nan fanmi akèy', 'Criança em família de acolhimento'],
  ]),
  ...group('WR', [
    ['WR-WR', 'Woman at risk', 'Mujer en riesgo', 'Femme à risque', 'Fanm an danje', 'Mulher em risco'],
    ['WR-SF', 'Single woman at risk', 'Mujer sola en riesgo', 'Femme seule à risque', 'Fanm pou kont li an danje', 'Mulher sozinha em risco'],
    ['WR-LC', 'Lactating woman at risk', 'Mujer lactante en riesgo', 'Femme allaitante à risque', 'Fanm k ap bay tete an danje', 'Mulher lactante em risco'],
  ]),
  ...group('ER', [
    ['ER-NF', 'Older person without family support', 'Persona mayor sin apoyo familiar', 'Personne âgée sans soutien familial', 'Granmoun san sipò fanmi', 'Pessoa idosa sem apoio familiar'],
    ['ER-MC', 'Older person caring for children', 'Persona mayor a cargo de niños', "Personne âgée s'occupant d'enfants", 'Granmoun k ap okipe timoun', 'Pessoa idosa cuidando de crianças'],
    ['ER-FR', 'Older person unable to care for self', 'Persona mayor que no puede valerse por sí misma', "Personne âgée incapable de s'occuper d'elle-même", 'Granmoun ki pa ka okipe tèt li', 'Pessoa idosa incapaz de cuidar de si'],
  ]),
  ...group('SP', [
    ['SP-PT', 'Single parent', 'Madre o padre solo', 'Parent seul', 'Paran pou kont li', 'Mãe ou pai sozinho'],
    ['SP-GP', 'Single grandparent', 'Abuela o abuelo solo', 'Grand-parent seul', 'Granparan pou kont li', 'Avó ou avô sozinho'],
    ['SP-CG', 'Single caregiver', 'Cuidador solo', 'Aidant seul', 'Moun k ap okipe timoun pou kont li', 'Cuidador sozinho'],
  ]),
  ...group('DS', [
    ['DS-BD', 'Visual impairment', 'Discapacidad visual', 'Déficience visuelle', 'Pwoblèm pou wè', 'Deficiência visual'],
    ['DS-DF', 'Hearing impairment', 'Discapacidad auditiva', 'Déficience auditive', 'Pwoblèm pou tande', 'Deficiência auditiva'],
    ['DS-PM', 'Physical disability, moderate', 'Discapacidad física moderada', 'Handicap physique modéré', 'Andikap fizik mwayen', 'Deficiência física moderada'],
    ['DS-PS', 'Physical disability, severe', 'Discapacidad física severa', 'Handicap physique sévère', 'Andikap fizik grav', 'Deficiência física grave'],
    ['DS-MM', 'Mental disability, moderate', 'Discapacidad mental moderada', 'Handicap mental modéré', 'Andikap mantal mwayen', 'Deficiência mental moderada'],
    ['DS-MS', 'Mental disability, severe', 'Discapacidad mental severa', 'Handicap mental sévère', 'Andikap mantal grav', 'Deficiência mental grave'],
    ['DS-SD', 'Speech impairment', 'Discapacidad del habla', 'Trouble de la parole', 'Pwoblèm pou pale', 'Deficiência da fala'],
  ]),
  ...group('SM', [
    ['SM-MI', 'Mental illness', 'Enfermedad mental', 'Maladie mentale', 'Maladi mantal', 'Doença mental'],
    ['SM-MN', 'Malnutrition', 'Desnutrición', 'Malnutrition', 'Malnitrisyon', 'Desnutrição'],
    ['SM-DP', 'Difficult pregnancy', 'Embarazo de riesgo', 'Grossesse difficile', 'Gwosès difisil', 'Gravidez de risco'],
    ['SM-CI', 'Chronic illness', 'Enfermedad crónica', 'Maladie chronique', 'Maladi kwonik', 'Doença crônica'],
    ['SM-CC', 'Critical medical condition', 'Condición médica crítica', 'État médical critique', 'Kondisyon medikal kritik', 'Condição médica crítica'],
    ['SM-AD', 'Addiction', 'Adicción', 'Dépendance', 'Dejwe', 'Dependência'],
    ['SM-OT', 'Other medical condition', 'Otra condición médica', 'Autre problème médical', 'Lòt pwoblèm sante', 'Outra condição médica'],
  ]),
  ...group('FU', [
    ['FU-TR', 'Family tracing required', 'Se requiere búsqueda de familiares', 'Recherche familiale nécessaire', 'Bezwen chèche fanmi', 'Busca familiar necessária'],
    ['FU-FR', 'Family reunification required', 'Se requiere reunificación familiar', 'Réunification familiale nécessaire', 'Bezwen reyini fanmi', 'Reunificação familiar necessária'],
  ]),
  ...group('LP', [
    ['LP-ND', 'No legal documentation', 'Sin documentación legal', 'Sans documents légaux', 'Pa gen papye legal', 'Sem documentação legal'],
    ['LP-BN', 'Unmet basic needs', 'Necesidades básicas no cubiertas', 'Besoins essentiels non couverts', 'Bezwen debaz pa satisfè', 'Necessidades básicas não atendidas'],
    ['LP-MD', 'Multiple displacements', 'Desplazamientos múltiples', 'Déplacements multiples', 'Deplase plizyè fwa', 'Deslocamentos múltiplos'],
    ['LP-RR', 'At risk of refoulement', 'En riesgo de devolución', 'Risque de refoulement', 'Riske yo voye l tounen', 'Em risco de repulsão'],
    ['LP-DA', 'Detained in the country of asylum', 'Detenido en el país de asilo', "Détenu dans le pays d'asile", 'Nan prizon nan peyi azil la', 'Detido no país de asilo'],
    ['LP-IH', 'In hiding', 'Escondido', 'Caché', 'Kache', 'Escondido'],
    ['LP-AN', 'Violence, abuse or neglect', 'Violencia, abuso o negligencia', 'Violence, abus ou négligence', 'Vyolans, abi oswa neglijans', 'Violência, abuso ou negligência'],
    ['LP-RP', 'At risk because of their profile', 'En riesgo por su perfil', 'À risque en raison de son profil', 'An danje poutèt pwofil li', 'Em risco pelo seu perfil'],
    ['LP-MS', 'Marginalised in the community', 'Marginado en la comunidad', 'Marginalisé dans la communauté', 'Mete sou kote nan kominote a', 'Marginalizado na comunidade'],
  ]),
  ...group('TR', [
    ['TR-PI', 'Psychological or physical impairment from torture', 'Afectación psicológica o física por tortura', 'Séquelles psychologiques ou physiques de torture', 'Blesi nan tèt oswa nan kò akoz tòti', 'Sequelas psicológicas ou físicas de tortura'],
    ['TR-HO', 'Forced to commit egregious acts', 'Obligado a cometer actos atroces', 'Contraint de commettre des actes graves', 'Yo fòse l fè zak terib', 'Forçado a cometer atos atrozes'],
    ['TR-WV', 'Witness of violence to others', 'Testigo de violencia contra otros', 'Témoin de violences', 'Temwen vyolans sou lòt moun', 'Testemunha de violência contra outros'],
  ]),
  ...group('SV', [
    ['SV-VA', 'Sexual or gender-based violence in the country of asylum', 'Violencia sexual o de género en el país de asilo', "Violence sexuelle ou de genre dans le pays d'asile", 'Vyolans seksyèl nan peyi azil la', 'Violência sexual ou de gênero no país de asilo'],
    ['SV-VF', 'Sexual or gender-based violence during flight', 'Violencia sexual o de género durante la huida', 'Violence sexuelle ou de genre pendant la fuite', 'Vyolans seksyèl pandan vwayaj la', 'Violência sexual ou de gênero durante a fuga'],
    ['SV-VO', 'Sexual or gender-based violence in the country of origin', 'Violencia sexual o de género en el país de origen', "Violence sexuelle ou de genre dans le pays d'origine", 'Vyolans seksyèl nan peyi orijin', 'Violência sexual ou de gênero no país de origem'],
    ['SV-FM', 'Forced or early marriage', 'Matrimonio forzado o precoz', 'Mariage forcé ou précoce', 'Maryaj fòse oswa twò bonè', 'Casamento forçado ou precoce'],
    ['SV-SS', 'Survival sex', 'Sexo por supervivencia', 'Sexe de survie', 'Fè sèks pou siviv', 'Sexo de sobrevivência'],
  ]),
];

const BY_CODE = new Map(SPECIFIC_NEED_CODES.map((c) => [c.code, c]));

export function findNeedCode(code: string): SpecificNeedCode | undefined {
  return BY_CODE.get(code);
}
