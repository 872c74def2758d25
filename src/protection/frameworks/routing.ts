/**
 * Flags and the priority rules, as data.
 *
 * Priorities follow the UNHCR Resettlement Handbook's three levels (2023 online edition, "priority
 * levels"): emergency — an immediate threat to life or of refoulement, act within days; urgent —
 * serious medical or protection risks that need action within weeks; normal — everything else.
 * A flag is a code only: it never carries the answers that raised it.
 */
import { t5, type Texts } from './texts.ts';

export const PRIORITIES = ['normal', 'urgent', 'emergency'] as const;
export type Priority = (typeof PRIORITIES)[number];
const RANK: Record<Priority, number> = { normal: 1, urgent: 2, emergency: 3 };

export const FLAGS = {
  immediate_danger: t5('Immediate danger', 'Peligro inmediato', 'Danger immédiat', 'Danje imedya', 'Perigo imediato'),
  refoulement_risk: t5('Risk of refoulement', 'Riesgo de devolución', 'Risque de refoulement', 'Risk pou yo voye l tounen', 'Risco de repulsão'),
  critical_medical: t5('Critical medical need', 'Necesidad médica crítica', 'Besoin médical critique', 'Bezwen medikal kritik', 'Necessidade médica crítica'),
  trafficking_presumed_victim: t5('Presumed victim of trafficking (ILO rule)', 'Presunta víctima de trata (regla OIT)', 'Victime présumée de traite (règle OIT)', 'Moun yo sipoze viktim trafik (règ OIT)', 'Presumível vítima de tráfico (regra OIT)'),
  trafficking_indicators: t5('Trafficking indicators present (ILO element)', 'Indicadores de trata presentes (elemento OIT)', 'Indicateurs de traite présents (élément OIT)', 'Gen endikatè trafik (eleman OIT)', 'Indicadores de tráfico presentes (elemento OIT)'),
  exploitation_indicators: t5('Signs of labour exploitation', 'Señales de explotación laboral', "Signes d'exploitation au travail", 'Siy esplwatasyon nan travay', 'Sinais de exploração laboral'),
  sgbv_survivor: t5('Survivor of sexual or gender-based violence', 'Sobreviviente de violencia sexual o de género', 'Survivant·e de violences sexuelles ou de genre', 'Sivivan vyolans seksyèl', 'Sobrevivente de violência sexual ou de gênero'),
  torture_survivor: t5('Survivor of torture', 'Sobreviviente de tortura', 'Survivant·e de torture', 'Sivivan tòti', 'Sobrevivente de tortura'),
  unaccompanied_child: t5('Unaccompanied or separated child', 'Niñez no acompañada o separada', 'Enfant non accompagné ou séparé', 'Timoun pou kont li oswa separe', 'Criança desacompanhada ou separada'),
  threats: t5('Threatened', 'Amenazado', 'Menacé', 'Menase', 'Ameaçado'),
  high_vulnerability: t5('High vulnerability (IOM determinants)', 'Alta vulnerabilidad (determinantes OIM)', 'Vulnérabilité élevée (déterminants OIM)', 'Gwo vilnerabilite (detèminan OIM)', 'Alta vulnerabilidade (determinantes OIM)'),
  specific_need: t5('Specific need recorded', 'Necesidad específica registrada', 'Besoin spécifique enregistré', 'Bezwen espesifik anrejistre', 'Necessidade específica registrada'),
} as const satisfies Record<string, Texts>;
export type FlagCode = keyof typeof FLAGS;
export const FLAG_CODES = Object.keys(FLAGS) as FlagCode[];

export function isFlagCode(code: string): code is FlagCode {
  return code in FLAGS;
}

export interface PriorityRule {
  id: string;
  flag: FlagCode;
  priority: Priority;
  reason: Texts;
}

const rule = (id: string, flag: FlagCode, priority: Priority, reason: Texts): PriorityRule => ({ id, flag, priority, reason });

export const PRIORITY_RULES_VERSION = 1;
export const PRIORITY_RULES: readonly PriorityRule[] = [
  rule('danger-now', 'immediate_danger', 'emergency', t5('The person is in immediate danger: act today.', 'La persona está en peligro inmediato: actuar hoy.', "La personne est en danger immédiat : agir aujourd'hui.", 'Moun nan an danje kounye a: aji jodi a.', 'A pessoa está em perigo imediato: agir hoje.')),
  rule('refoulement', 'refoulement_risk', 'emergency', t5('Immediate risk of refoulement.', 'Riesgo inmediato de devolución.', 'Risque immédiat de refoulement.', 'Risk imedya pou yo voye l tounen.', 'Risco imediato de repulsão.')),
  rule('critical-medical', 'critical_medical', 'emergency', t5('Life-threatening medical condition.', 'Condición médica que pone en riesgo la vida.', 'Problème médical mettant la vie en danger.', 'Pwoblèm sante ki ka touye moun.', 'Condição médica com risco de vida.')),
  rule('trafficking-presumed', 'trafficking_presumed_victim', 'urgent', t5('Presumed victim of trafficking under the ILO rule: refer for protection.', 'Presunta víctima de trata según la regla OIT: derivar a protección.', 'Victime présumée de traite selon la règle OIT : orienter vers la protection.', 'Viktim trafik dapre règ OIT: voye l bay pwoteksyon.', 'Presumível vítima de tráfico pela regra OIT: encaminhar para proteção.')),
  rule('trafficking-element', 'trafficking_indicators', 'urgent', t5('An element of trafficking is present (ILO indicators).', 'Hay un elemento de trata presente (indicadores OIT).', 'Un élément de traite est présent (indicateurs OIT).', 'Gen yon eleman trafik (endikatè OIT).', 'Há um elemento de tráfico presente (indicadores OIT).')),
  rule('sgbv', 'sgbv_survivor', 'urgent', t5('Survivor of sexual or gender-based violence.', 'Sobreviviente de violencia sexual o de género.', 'Survivant·e de violences sexuelles ou de genre.', 'Sivivan vyolans seksyèl.', 'Sobrevivente de violência sexual ou de gênero.')),
  rule('torture', 'torture_survivor', 'urgent', t5('Survivor of torture.', 'Sobreviviente de tortura.', 'Survivant·e de torture.', 'Sivivan tòti.', 'Sobrevivente de tortura.')),
  rule('unaccompanied-child', 'unaccompanied_child', 'urgent', t5('Unaccompanied or separated child.', 'Niña o niño no acompañado o separado.', 'Enfant non accompagné ou séparé.', 'Timoun pou kont li oswa separe.', 'Criança desacompanhada ou separada.')),
  rule('threats', 'threats', 'urgent', t5('Recent threats against the person or family.', 'Amenazas recientes contra la persona o su familia.', 'Menaces récentes contre la personne ou sa famille.', 'Menas dènyèman sou moun nan oswa fanmi l.', 'Ameaças recentes contra a pessoa ou a família.')),
  rule('high-vulnerability', 'high_vulnerability', 'urgent', t5('Risk factors outweigh protective factors (IOM).', 'Los factores de riesgo superan a los de protección (OIM).', 'Les facteurs de risque dépassent les facteurs de protection (OIM).', 'Faktè risk yo plis pase faktè pwoteksyon yo (OIM).', 'Os fatores de risco superam os de proteção (OIM).')),
  rule('exploitation', 'exploitation_indicators', 'normal', t5('Signs of labour exploitation: follow up.', 'Señales de explotación laboral: dar seguimiento.', "Signes d'exploitation au travail : assurer un suivi.", 'Siy esplwatasyon nan travay: swiv sa.', 'Sinais de exploração laboral: acompanhar.')),
  rule('specific-need', 'specific_need', 'normal', t5('A specific need is recorded.', 'Hay una necesidad específica registrada.', 'Un besoin spécifique est enregistré.', 'Gen yon bezwen espesifik anrejistre.', 'Há uma necessidade específica registrada.')),
];

export interface PriorityReason {
  rule: string;
  priority: Priority;
  flag: FlagCode;
}

/**
 * The priority that the open flags give, with every rule that matched as a reason, highest first.
 * @example decidePriority(['trafficking_indicators']) // { priority: 'urgent', reasons: [{ rule: 'trafficking-element', … }] }
 */
export function decidePriority(openFlags: readonly string[]): { priority: Priority; reasons: PriorityReason[] } {
  const reasons = PRIORITY_RULES.filter((r) => openFlags.includes(r.flag))
    .map((r) => ({ rule: r.id, priority: r.priority, flag: r.flag }))
    .sort((a, b) => RANK[b.priority] - RANK[a.priority]);
  return { priority: reasons[0]?.priority ?? 'normal', reasons };
}

export function isHigher(a: Priority, b: Priority): boolean {
  return RANK[a] > RANK[b];
}

export function findRule(id: string): PriorityRule | undefined {
  return PRIORITY_RULES.find((r) => r.id === id);
}

/** The flag a recorded specific-need code raises. */
export function flagForNeed(code: string): FlagCode {
  if (code === 'SC-UC' || code === 'SC-SC') return 'unaccompanied_child';
  if (code.startsWith('SV-')) return 'sgbv_survivor';
  if (code.startsWith('TR-')) return 'torture_survivor';
  if (code === 'SM-CC') return 'critical_medical';
  if (code === 'LP-RR') return 'refoulement_risk';
  return 'specific_need';
}
