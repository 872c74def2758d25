/**
 * The engine's message catalogue and renderer: every criterion explains itself in the applicant's
 * language (en, es, fr, ht, pt) with its own parameters. Criterion texts live in
 * criterion-messages.ts, fact names in fact-messages.ts; this file holds the shared words and the
 * functions that put them together.
 */
import type { ExplainParams } from './compile-rule.ts';
import { CRITERION_MESSAGES, type MessageTuple } from './criterion-messages.ts';
import type { Evaluation, MissingFact, Outcome } from './evaluate-rule.ts';
import type { ValueDomain } from './fact-registry.ts';
import { FACT_MESSAGES } from './fact-messages.ts';
import type { RuleSource } from './rules.schemas.ts';

export const LANGUAGES = ['en', 'es', 'fr', 'ht', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_INDEX: Record<Language, number> = { en: 0, es: 1, fr: 2, ht: 3, pt: 4 };

export const GENERAL_MESSAGES: Record<string, MessageTuple> = {
  'outcome.eligible': ['You may qualify', 'Puede calificar', 'Vous pourriez être admissible', 'Ou ka kalifye', 'Você pode se qualificar'],
  'outcome.not_eligible': ['You do not qualify now', 'No califica por ahora', 'Vous n\'êtes pas admissible pour l\'instant', 'Ou pa kalifye pou kounye a', 'Você não se qualifica por enquanto'],
  'outcome.needs_information': ['We need more information', 'Necesitamos más información', 'Nous avons besoin de plus d\'informations', 'Nou bezwen plis enfòmasyon', 'Precisamos de mais informações'],
  'result.met': ['Met', 'Cumple', 'Rempli', 'Ranpli', 'Cumprido'],
  'result.not_met': ['Not met', 'No cumple', 'Non rempli', 'Pa ranpli', 'Não cumprido'],
  'result.unknown': ['Not known yet', 'Falta información', 'Pas encore connu', 'Nou poko konnen', 'Ainda não se sabe'],
  'result.not_evaluated': ['Not checked', 'No se revisó', 'Non vérifié', 'Nou pa verifye l', 'Não verificado'],
  'node.all': ['All of these', 'Todo lo siguiente', 'Toutes ces conditions', 'Tout sa yo', 'Tudo o que segue'],
  'node.any': ['At least one of these', 'Al menos una de estas', 'Au moins une de ces conditions', 'Omwen youn nan sa yo', 'Pelo menos uma destas'],
  'node.not': ['None of these', 'Ninguna de estas', 'Aucune de ces conditions', 'Okenn nan sa yo', 'Nenhuma destas'],
  'node.principal': ['The principal applicant', 'El solicitante principal', 'Le demandeur principal', 'Aplikan prensipal la', 'O requerente principal'],
  'node.some_member': ['Someone in the household', 'Alguien del hogar', 'Une personne du foyer', 'Yon moun nan fanmi an', 'Alguém do agregado familiar'],
  'node.every_member': ['Everyone in the household', 'Todos en el hogar', 'Toutes les personnes du foyer', 'Tout moun nan fanmi an', 'Todos no agregado familiar'],
  'node.some_relative': ['A relative living elsewhere', 'Un familiar que vive en otro lugar', 'Un proche vivant ailleurs', 'Yon fanmi k ap viv yon lòt kote', 'Um familiar que vive noutro lugar'],
  'availability.accepting': ['Taking applications', 'Recibe solicitudes', 'Accepte des demandes', 'Ap resevwa demann', 'Recebe pedidos'],
  'availability.paused': ['Applications paused', 'Solicitudes en pausa', 'Demandes suspendues', 'Demann yo kanpe pou kounye a', 'Pedidos suspensos'],
  'availability.closed': ['This programme is closed', 'Este programa está cerrado', 'Ce programme est fermé', 'Pwogram sa a fèmen', 'Este programa está encerrado'],
  'availability.not_yet_open': ['Not open yet', 'Aún no abre', 'Pas encore ouvert', 'Poko louvri', 'Ainda não abriu'],
  'availability.outside_intake_window': ['Outside the application period', 'Fuera del periodo de solicitudes', 'Hors de la période de demande', 'Andeyò peryòd demann yo', 'Fora do período de pedidos'],
  'list.or': ['or', 'o', 'ou', 'oswa', 'ou'],
  'missing.for_member': ['{fact} ({member})', '{fact} ({member})', '{fact} ({member})', '{fact} ({member})', '{fact} ({member})'],
};

/** Value labels by domain (countries and subdivisions are names, handled below). */
const VALUE_MESSAGES: Partial<Record<ValueDomain, Record<string, MessageTuple>>> = {
  status: {
    citizen: ['citizen', 'ciudadano', 'citoyen', 'sitwayen', 'cidadão'],
    permanent_resident: ['permanent resident', 'residente permanente', 'résident permanent', 'rezidan pèmanan', 'residente permanente'],
    regular: ['regular status', 'situación regular', 'situation régulière', 'estati regilye', 'situação regular'],
    regularization_pending: ['regularisation in process', 'regularización en trámite', 'régularisation en cours', 'regilarizasyon an kou', 'regularização em andamento'],
    asylum_seeker: ['asylum seeker', 'solicitante de asilo', 'demandeur d\'asile', 'moun k ap mande azil', 'solicitante de asilo'],
    refugee: ['refugee', 'refugiado', 'réfugié', 'refijye', 'refugiado'],
    asylee: ['granted asylum', 'asilado', 'bénéficiaire de l\'asile', 'moun ki jwenn azil', 'asilado'],
    complementary_protection: ['complementary protection', 'protección complementaria', 'protection complémentaire', 'pwoteksyon konplemantè', 'proteção complementar'],
    irregular: ['irregular status', 'situación irregular', 'situation irrégulière', 'san papye', 'situação irregular'],
  },
  relationship: {
    self: ['principal applicant', 'solicitante principal', 'demandeur principal', 'aplikan prensipal', 'requerente principal'],
    spouse: ['spouse', 'cónyuge', 'époux ou épouse', 'mari oswa madanm', 'cônjuge'],
    partner: ['common-law partner', 'pareja de hecho', 'conjoint de fait', 'patnè plase', 'companheiro ou companheira'],
    child: ['child', 'hijo o hija', 'enfant', 'pitit', 'filho ou filha'],
    stepchild: ['stepchild', 'hijastro o hijastra', 'bel-enfant', 'pitit lòt moun nan', 'enteado ou enteada'],
    adopted_child: ['adopted child', 'hijo adoptivo', 'enfant adopté', 'pitit adoptif', 'filho adotivo'],
    grandchild: ['grandchild', 'nieto o nieta', 'petit-enfant', 'pitit pitit', 'neto ou neta'],
    parent: ['parent', 'padre o madre', 'parent', 'paran', 'pai ou mãe'],
    grandparent: ['grandparent', 'abuelo o abuela', 'grand-parent', 'granparan', 'avô ou avó'],
    sibling: ['brother or sister', 'hermano o hermana', 'frère ou sœur', 'frè oswa sè', 'irmão ou irmã'],
    other: ['other relative', 'otro familiar', 'autre proche', 'lòt fanmi', 'outro familiar'],
  },
  marital_status: {
    single: ['single', 'soltero', 'célibataire', 'selibatè', 'solteiro'],
    married: ['married', 'casado', 'marié', 'marye', 'casado'],
    common_law: ['common-law', 'unión de hecho', 'union de fait', 'plase', 'união de fato'],
    separated: ['separated', 'separado', 'séparé', 'separe', 'separado'],
    divorced: ['divorced', 'divorciado', 'divorcé', 'divòse', 'divorciado'],
    widowed: ['widowed', 'viudo', 'veuf', 'vèv', 'viúvo'],
  },
  sex: {
    female: ['female', 'mujer', 'femme', 'fi', 'mulher'],
    male: ['male', 'hombre', 'homme', 'gason', 'homem'],
    other: ['other', 'otro', 'autre', 'lòt', 'outro'],
  },
  sector: {
    agriculture: ['agriculture', 'agricultura', 'agriculture', 'agrikilti', 'agricultura'],
    non_agriculture: ['other sectors', 'otros sectores', 'autres secteurs', 'lòt sektè', 'outros setores'],
  },
  area: {
    rural: ['rural', 'rural', 'rurale', 'andeyò', 'rural'],
    urban: ['urban', 'urbana', 'urbaine', 'lavil', 'urbana'],
  },
};

/** Haitian Creole names of the region's countries: ICU has no `ht` display names. */
const HT_COUNTRIES: Record<string, string> = {
  US: 'Etazini', CA: 'Kanada', MX: 'Meksik', GT: 'Gwatemala', BZ: 'Beliz', HN: 'Ondiras', SV: 'Salvadò', NI: 'Nikaragwa',
  CR: 'Kosta Rika', PA: 'Panama', CO: 'Kolonbi', VE: 'Venezyela', EC: 'Ekwatè', PE: 'Pewou', BR: 'Brezil', CL: 'Chili',
  AR: 'Ajantin', CU: 'Kiba', HT: 'Ayiti', DO: 'Repiblik Dominikèn', JM: 'Jamayik', TT: 'Trinidad ak Tobago', BB: 'Babad',
};

const SUBDIVISIONS: Record<string, string> = {
  'MX-CAM': 'Campeche', 'MX-CHP': 'Chiapas', 'MX-ROO': 'Quintana Roo', 'MX-TAB': 'Tabasco', 'CA-QC': 'Québec',
};

const HT_MONTHS = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'];

const countryNames = new Map<Language, Intl.DisplayNames>();

function countryName(code: string, language: Language): string {
  if (language === 'ht' && HT_COUNTRIES[code]) return HT_COUNTRIES[code];
  let names = countryNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language === 'ht' ? 'fr' : language], { type: 'region', fallback: 'code' });
    countryNames.set(language, names);
  }
  return names.of(code) ?? code;
}

function pick(tuple: MessageTuple, language: Language): string {
  return tuple[LANGUAGE_INDEX[language]];
}

/** A value as people read it: a country's name, a status in words. */
export function formatValue(value: string, domain: ValueDomain | undefined, language: Language): string {
  if (domain === 'country') return countryName(value, language);
  if (domain === 'subdivision') return SUBDIVISIONS[value] ?? value;
  const tuple = domain ? VALUE_MESSAGES[domain]?.[value] : undefined;
  return tuple ? pick(tuple, language) : value;
}

function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  if (language === 'ht') return `${d} ${HT_MONTHS[m - 1]} ${y}`;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

function formatList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${pick(GENERAL_MESSAGES['list.or'], language)} ${items[items.length - 1]}`;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** Every message key the renderer knows: criteria, groups, facts and general words. */
export function hasMessage(key: string): boolean {
  return key in CRITERION_MESSAGES || key in GENERAL_MESSAGES || key in FACT_MESSAGES;
}

/**
 * One message in one language, with parameters; the key itself when unknown, so a gap shows
 * instead of breaking the page.
 *
 * @example translateMessage('outcome.eligible', 'ht') // 'Ou ka kalifye'
 */
export function translateMessage(key: string, language: Language, params: Record<string, string> = {}): string {
  const tuple = CRITERION_MESSAGES[key] ?? GENERAL_MESSAGES[key] ?? FACT_MESSAGES[key];
  return tuple ? fill(pick(tuple, language), params) : key;
}

/** A criterion's statement with its parameters, in the applicant's language. */
export function explainCriterion(explain: string, params: ExplainParams, language: Language): string {
  const number = new Intl.NumberFormat(language === 'ht' ? 'fr' : language);
  const p: Record<string, string> = {};
  if (params.values) p.values = formatList(params.values.map((v) => formatValue(v, params.domain, language)), language);
  if (params.value !== undefined) {
    p.value = typeof params.value === 'number' ? number.format(params.value) : formatValue(String(params.value), params.domain, language);
  }
  if (params.min !== undefined) p.min = number.format(params.min);
  if (params.max !== undefined) p.max = number.format(params.max);
  if (params.years !== undefined) p.years = number.format(params.years);
  if (params.days !== undefined) p.days = number.format(params.days);
  if (params.date !== undefined) p.date = formatDate(params.date, language);
  return translateMessage(explain, language, p);
}

export interface RenderedNode {
  id: string;
  depth: number;
  result: string;
  resultText: string;
  text: string;
  source?: RuleSource;
  memberId?: string;
}

export interface RenderedEvaluation {
  outcome: Outcome;
  outcomeText: string;
  ruleVersion: string;
  nodes: RenderedNode[];
  missingFacts: string[];
}

/** The name of a missing fact, with the person it is about when names are given. */
export function describeMissingFact(missing: MissingFact, language: Language, memberNames: Record<string, string> = {}): string {
  const fact = translateMessage(missing.fact, language);
  const member = missing.memberId !== undefined ? memberNames[missing.memberId] : undefined;
  return member ? translateMessage('missing.for_member', language, { fact, member }) : fact;
}

/**
 * An evaluation as text in one language: the outcome, one line per node, and what is missing.
 *
 * @example renderEvaluation(explainEvaluation(compiled, h, '2026-11-27'), 'es', { m1: 'Ana' })
 */
export function renderEvaluation(
  evaluation: Evaluation,
  language: Language,
  memberNames: Record<string, string> = {},
): RenderedEvaluation {
  return {
    outcome: evaluation.outcome,
    outcomeText: translateMessage(`outcome.${evaluation.outcome}`, language),
    ruleVersion: evaluation.ruleVersion,
    nodes: evaluation.nodes.map((n) => ({
      id: n.id,
      depth: n.depth,
      result: n.result,
      resultText: translateMessage(`result.${n.result}`, language),
      text: n.explain !== undefined ? explainCriterion(n.explain, n.params, language) : translateMessage(`node.${n.type}`, language),
      source: n.source,
      memberId: n.memberId,
    })),
    missingFacts: evaluation.missingFacts.map((m) => describeMissingFact(m, language, memberNames)),
  };
}
