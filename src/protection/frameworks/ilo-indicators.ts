/**
 * Trafficking screening by the ILO / European Commission "Operational indicators of trafficking in
 * human beings" (Delphi survey, first published March 2009, revised September 2009; ILO
 * WCMS_105023), set "adults, trafficking for labour exploitation".
 *
 * What we checked (pathways.md §11): the ILO publication page confirms the four sets (adults and
 * children, labour and sexual exploitation) and the six elements of the Palermo Protocol definition
 * used below. The combination rule is encoded as the brochure states it: an element is present with
 * at least two strong indicators, or one strong and one medium or weak, or three medium, or two
 * medium and one weak; an adult is a presumed victim when a recruitment element (1, 2 or 3), the
 * exploitation element (4) and a means-at-destination element (5 or 6) are all present; for children
 * the means elements are not required. We could not open the PDF from here, so the thresholds are
 * checked only against secondary summaries that agree with each other: they are data (RULE below),
 * versioned with the questionnaire, and easy to correct.
 *
 * The adult labour set has 67 indicators. This questionnaire asks the 24 that a first-line
 * interviewer can ask in plain words (the others need a case file); grading follows the ILO list.
 * Wording of the questions is ours.
 */
import { t5, type Texts } from './texts.ts';

export const ELEMENTS = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_abuse_of_vulnerability',
  'exploitation',
  'coercion_at_destination',
  'abuse_of_vulnerability_at_destination',
] as const;
export type Element = (typeof ELEMENTS)[number];
export type Strength = 'strong' | 'medium' | 'weak';

export const ELEMENT_NAMES: Record<Element, Texts> = {
  deceptive_recruitment: t5('Deceptive recruitment', 'Reclutamiento engañoso', 'Recrutement trompeur', 'Rekritman ak manti', 'Recrutamento enganoso'),
  coercive_recruitment: t5('Coercive recruitment', 'Reclutamiento coercitivo', 'Recrutement sous contrainte', 'Rekritman ak fòs', 'Recrutamento coercitivo'),
  recruitment_abuse_of_vulnerability: t5('Recruitment by abuse of vulnerability', 'Reclutamiento por abuso de vulnerabilidad', 'Recrutement par abus de vulnérabilité', 'Rekritman ki pwofite feblès moun', 'Recrutamento por abuso de vulnerabilidade'),
  exploitation: t5('Exploitative conditions of work', 'Condiciones de trabajo de explotación', "Conditions de travail d'exploitation", 'Kondisyon travay esplwatasyon', 'Condições de trabalho exploratórias'),
  coercion_at_destination: t5('Coercion at destination', 'Coerción en el destino', 'Contrainte à destination', 'Fòs nan kote li rive a', 'Coerção no destino'),
  abuse_of_vulnerability_at_destination: t5('Abuse of vulnerability at destination', 'Abuso de vulnerabilidad en el destino', 'Abus de vulnérabilité à destination', 'Abi sou feblès moun nan kote li rive a', 'Abuso de vulnerabilidade no destino'),
};

/** The published combination rule, as data. */
export const RULE = {
  elementPresentIfAny: [
    { strong: 2, medium: 0, weak: 0, mediumOrWeak: 0 },
    { strong: 1, medium: 0, weak: 0, mediumOrWeak: 1 },
    { strong: 0, medium: 3, weak: 0, mediumOrWeak: 0 },
    { strong: 0, medium: 2, weak: 1, mediumOrWeak: 0 },
  ],
  recruitment: ['deceptive_recruitment', 'coercive_recruitment', 'recruitment_abuse_of_vulnerability'] as Element[],
  exploitation: ['exploitation'] as Element[],
  means: ['coercion_at_destination', 'abuse_of_vulnerability_at_destination'] as Element[],
} as const;

export interface IndicatorRef {
  element: Element;
  strength: Strength;
}

export type Counts = Record<Strength, number>;

/** Is an element present, given how many of its strong, medium and weak indicators were found? */
export function isElementPresent(c: Counts): boolean {
  return RULE.elementPresentIfAny.some(
    (r) => c.strong >= r.strong && c.medium >= r.medium && c.weak >= r.weak && c.medium + c.weak >= r.mediumOrWeak,
  );
}

export interface IloResult {
  counts: Record<Element, Counts>;
  present: Element[];
  presumedVictim: boolean;
  anyStrong: boolean;
}

/**
 * Scores the indicators found against the rule.
 * @example scoreIndicators([{ element: 'coercion_at_destination', strength: 'strong' }], false).present // []
 */
export function scoreIndicators(found: IndicatorRef[], isChild: boolean): IloResult {
  const counts = Object.fromEntries(ELEMENTS.map((e) => [e, { strong: 0, medium: 0, weak: 0 }])) as Record<Element, Counts>;
  for (const f of found) counts[f.element][f.strength]++;
  const present = ELEMENTS.filter((e) => isElementPresent(counts[e]));
  const has = (list: readonly Element[]) => list.some((e) => present.includes(e));
  const presumedVictim = has(RULE.recruitment) && has(RULE.exploitation) && (isChild || has(RULE.means));
  return { counts, present, presumedVictim, anyStrong: found.some((f) => f.strength === 'strong') };
}
