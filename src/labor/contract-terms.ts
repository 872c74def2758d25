/**
 * The contract terms of a job order in the worker's language. H-2A requires a copy of the work
 * contract in a language the worker understands no later than the visa application (20 CFR
 * 655.122(q)); SAWP contracts are bilingual; the employer attests to it before approval. The terms are
 * built from the job order's own fields, so what the worker reads is what was checked and approved.
 */
import type { LaborLocale } from './labor.schemas.ts';

export interface ContractSource {
  jobTitle: string;
  employerName: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  wageHourly: number;
  currency: string;
  pieceRates: { unit: string; rate: number; expectedUnitsPerHour: number }[];
  payFrequency: string;
  deductions: { kind: string; amount: number; per: string }[];
  housing: { provided: boolean; costToWorker?: number; capacity: number };
  transport: { inbound: string; outbound: string; daily: boolean };
  meals: { provided: string; chargePerDay?: number };
  worksites: string[];
}

export interface ContractTerm {
  key: string;
  text: string;
}

type Phrases = {
  employer: string; job: string; period: (a: string, b: string) => string; hours: (h: number) => string;
  wage: (w: string) => string; piece: (u: string, r: string, n: number) => string; pay: Record<string, string>;
  deduction: string; noDeductions: string; housingFree: string; housingCost: (c: string) => string; housingNone: string;
  inbound: Record<string, string>; outbound: Record<string, string>; daily: string; meals: Record<string, string>;
  mealCharge: (c: string) => string; noFees: string; documents: string; worksites: string; report: string;
};

const PHRASES: Record<LaborLocale, Phrases> = {
  en: {
    employer: 'Employer', job: 'Job', period: (a, b) => `From ${a} to ${b}`, hours: (h) => `${h} hours a week`,
    wage: (w) => `Wage: ${w} an hour`, piece: (u, r, n) => `Piece rate: ${r} per ${u} (about ${n} ${u} an hour)`,
    pay: { weekly: 'Paid every week', biweekly: 'Paid every two weeks', semimonthly: 'Paid twice a month', monthly: 'Paid every month' },
    deduction: 'Deductions from pay', noDeductions: 'No deductions other than those the law requires',
    housingFree: 'Housing provided free of charge', housingCost: (c) => `Housing provided; cost to you: ${c} a week`, housingNone: 'No housing provided',
    inbound: { paid_upfront: 'Travel to the job paid by the employer before you leave', reimbursed_at_half_contract: 'Travel to the job reimbursed when you complete half of the contract', shared_cost: 'Travel to the job: cost shared as the programme allows' },
    outbound: { paid_at_completion: 'Return travel paid when you complete the contract', paid_upfront: 'Return travel paid by the employer' },
    daily: 'Free daily transport between housing and work',
    meals: { three_meals: 'Three meals a day provided', kitchen: 'Free kitchen to cook your own meals', none: 'No meals provided' },
    mealCharge: (c) => `Meal charge: ${c} a day`,
    noFees: 'Nobody may charge you a fee to get this job. If someone did, report it.',
    documents: 'Nobody may keep your passport or identity documents.', worksites: 'Places of work',
    report: 'You can report a problem from your phone, anonymously if you wish.',
  },
  es: {
    employer: 'Empleador', job: 'Trabajo', period: (a, b) => `Del ${a} al ${b}`, hours: (h) => `${h} horas por semana`,
    wage: (w) => `Salario: ${w} por hora`, piece: (u, r, n) => `Pago a destajo: ${r} por ${u} (unas ${n} ${u} por hora)`,
    pay: { weekly: 'Pago cada semana', biweekly: 'Pago cada dos semanas', semimonthly: 'Pago dos veces al mes', monthly: 'Pago cada mes' },
    deduction: 'Descuentos del salario', noDeductions: 'Sin descuentos aparte de los que exige la ley',
    housingFree: 'Vivienda gratuita', housingCost: (c) => `Vivienda incluida; costo para usted: ${c} por semana`, housingNone: 'No incluye vivienda',
    inbound: { paid_upfront: 'El empleador paga el viaje de ida antes de su salida', reimbursed_at_half_contract: 'El viaje de ida se le reembolsa al cumplir la mitad del contrato', shared_cost: 'Viaje de ida: costo compartido según el programa' },
    outbound: { paid_at_completion: 'El viaje de regreso se paga al terminar el contrato', paid_upfront: 'El empleador paga el viaje de regreso' },
    daily: 'Transporte diario gratuito entre la vivienda y el trabajo',
    meals: { three_meals: 'Tres comidas al día incluidas', kitchen: 'Cocina gratuita para preparar sus comidas', none: 'No incluye comidas' },
    mealCharge: (c) => `Cargo por comidas: ${c} por día`,
    noFees: 'Nadie puede cobrarle por conseguir este trabajo. Si alguien lo hizo, repórtelo.',
    documents: 'Nadie puede quedarse con su pasaporte ni sus documentos de identidad.', worksites: 'Lugares de trabajo',
    report: 'Puede reportar un problema desde su teléfono, de forma anónima si lo desea.',
  },
  fr: {
    employer: 'Employeur', job: 'Emploi', period: (a, b) => `Du ${a} au ${b}`, hours: (h) => `${h} heures par semaine`,
    wage: (w) => `Salaire : ${w} de l’heure`, piece: (u, r, n) => `Rémunération à la pièce : ${r} par ${u} (environ ${n} ${u} par heure)`,
    pay: { weekly: 'Payé chaque semaine', biweekly: 'Payé toutes les deux semaines', semimonthly: 'Payé deux fois par mois', monthly: 'Payé chaque mois' },
    deduction: 'Retenues sur salaire', noDeductions: 'Aucune retenue autre que celles exigées par la loi',
    housingFree: 'Logement fourni gratuitement', housingCost: (c) => `Logement fourni ; coût pour vous : ${c} par semaine`, housingNone: 'Pas de logement fourni',
    inbound: { paid_upfront: 'Voyage aller payé par l’employeur avant votre départ', reimbursed_at_half_contract: 'Voyage aller remboursé à la moitié du contrat', shared_cost: 'Voyage aller : coût partagé selon le programme' },
    outbound: { paid_at_completion: 'Voyage retour payé à la fin du contrat', paid_upfront: 'Voyage retour payé par l’employeur' },
    daily: 'Transport quotidien gratuit entre le logement et le travail',
    meals: { three_meals: 'Trois repas par jour fournis', kitchen: 'Cuisine gratuite pour préparer vos repas', none: 'Pas de repas fournis' },
    mealCharge: (c) => `Frais de repas : ${c} par jour`,
    noFees: 'Personne ne peut vous faire payer pour obtenir cet emploi. Si quelqu’un l’a fait, signalez-le.',
    documents: 'Personne ne peut garder votre passeport ni vos pièces d’identité.', worksites: 'Lieux de travail',
    report: 'Vous pouvez signaler un problème depuis votre téléphone, anonymement si vous le souhaitez.',
  },
  ht: {
    employer: 'Patwon', job: 'Travay', period: (a, b) => `Soti ${a} rive ${b}`, hours: (h) => `${h} èdtan pa semèn`,
    wage: (w) => `Salè: ${w} pa èdtan`, piece: (u, r, n) => `Peye pa pyès: ${r} pou chak ${u} (anviwon ${n} ${u} pa èdtan)`,
    pay: { weekly: 'Peye chak semèn', biweekly: 'Peye chak de semèn', semimonthly: 'Peye de fwa pa mwa', monthly: 'Peye chak mwa' },
    deduction: 'Sa yo retire sou salè a', noDeductions: 'Pa gen lòt retni apa sa lalwa mande',
    housingFree: 'Lojman gratis', housingCost: (c) => `Lojman bay; sa l ap koute w: ${c} pa semèn`, housingNone: 'Pa gen lojman',
    inbound: { paid_upfront: 'Patwon an peye vwayaj ale a anvan ou pati', reimbursed_at_half_contract: 'Yo ranbouse vwayaj ale a lè ou fini mwatye kontra a', shared_cost: 'Vwayaj ale: pri a pataje jan pwogram nan pèmèt' },
    outbound: { paid_at_completion: 'Yo peye vwayaj retou a lè ou fini kontra a', paid_upfront: 'Patwon an peye vwayaj retou a' },
    daily: 'Transpò gratis chak jou ant lojman an ak travay la',
    meals: { three_meals: 'Twa repa pa jou bay', kitchen: 'Kizin gratis pou w fè manje w', none: 'Pa gen repa' },
    mealCharge: (c) => `Pri manje: ${c} pa jou`,
    noFees: 'Pèsonn pa gen dwa fè w peye pou jwenn travay sa a. Si yon moun te fè sa, siyale li.',
    documents: 'Pèsonn pa gen dwa kenbe paspò w oswa papye idantite w.', worksites: 'Kote travay yo',
    report: 'Ou ka siyale yon pwoblèm nan telefòn ou, san non si ou vle.',
  },
  pt: {
    employer: 'Empregador', job: 'Trabalho', period: (a, b) => `De ${a} a ${b}`, hours: (h) => `${h} horas por semana`,
    wage: (w) => `Salário: ${w} por hora`, piece: (u, r, n) => `Pagamento por produção: ${r} por ${u} (cerca de ${n} ${u} por hora)`,
    pay: { weekly: 'Pago toda semana', biweekly: 'Pago a cada duas semanas', semimonthly: 'Pago duas vezes por mês', monthly: 'Pago todo mês' },
    deduction: 'Descontos do salário', noDeductions: 'Nenhum desconto além dos exigidos por lei',
    housingFree: 'Moradia gratuita', housingCost: (c) => `Moradia incluída; custo para você: ${c} por semana`, housingNone: 'Sem moradia',
    inbound: { paid_upfront: 'O empregador paga a viagem de ida antes da sua partida', reimbursed_at_half_contract: 'A viagem de ida é reembolsada ao cumprir metade do contrato', shared_cost: 'Viagem de ida: custo dividido conforme o programa' },
    outbound: { paid_at_completion: 'A viagem de volta é paga ao terminar o contrato', paid_upfront: 'O empregador paga a viagem de volta' },
    daily: 'Transporte diário gratuito entre a moradia e o trabalho',
    meals: { three_meals: 'Três refeições por dia incluídas', kitchen: 'Cozinha gratuita para preparar suas refeições', none: 'Sem refeições' },
    mealCharge: (c) => `Cobrança de refeições: ${c} por dia`,
    noFees: 'Ninguém pode cobrar de você para conseguir este trabalho. Se alguém cobrou, denuncie.',
    documents: 'Ninguém pode ficar com seu passaporte ou documentos de identidade.', worksites: 'Locais de trabalho',
    report: 'Você pode relatar um problema pelo celular, de forma anônima se quiser.',
  },
};

const INTL: Record<LaborLocale, string> = { en: 'en', es: 'es', fr: 'fr', ht: 'fr', pt: 'pt' };

/**
 * @example contractTerms(source, 'es')[0] // { key: 'employer', text: 'Empleador: Granja Norte Inc.' }
 */
export function contractTerms(c: ContractSource, locale: LaborLocale): ContractTerm[] {
  const p = PHRASES[locale];
  const money = (n: number) => new Intl.NumberFormat(INTL[locale], { style: 'currency', currency: c.currency }).format(n);
  const terms: ContractTerm[] = [
    { key: 'employer', text: `${p.employer}: ${c.employerName}` },
    { key: 'job', text: `${p.job}: ${c.jobTitle}` },
    { key: 'period', text: p.period(c.startDate, c.endDate) },
    { key: 'hours', text: p.hours(c.hoursPerWeek) },
    { key: 'wage', text: p.wage(money(c.wageHourly)) },
    ...c.pieceRates.map((r, i) => ({ key: `piece_rate_${i}`, text: p.piece(r.unit, money(r.rate), r.expectedUnitsPerHour) })),
    { key: 'pay_frequency', text: p.pay[c.payFrequency] ?? c.payFrequency },
    {
      key: 'deductions',
      text: c.deductions.length === 0 ? p.noDeductions : `${p.deduction}: ${c.deductions.map((d) => `${d.kind} ${d.per === 'percent_of_gross' ? `${d.amount}%` : `${money(d.amount)}/${d.per}`}`).join('; ')}`,
    },
    { key: 'housing', text: !c.housing.provided ? p.housingNone : c.housing.costToWorker ? p.housingCost(money(c.housing.costToWorker)) : p.housingFree },
    { key: 'transport_inbound', text: p.inbound[c.transport.inbound] ?? c.transport.inbound },
    { key: 'transport_outbound', text: p.outbound[c.transport.outbound] ?? c.transport.outbound },
    ...(c.transport.daily ? [{ key: 'transport_daily', text: p.daily }] : []),
    { key: 'meals', text: p.meals[c.meals.provided] ?? c.meals.provided },
    ...(c.meals.chargePerDay ? [{ key: 'meal_charge', text: p.mealCharge(money(c.meals.chargePerDay)) }] : []),
    { key: 'worksites', text: `${p.worksites}: ${c.worksites.join('; ')}` },
    { key: 'no_fees', text: p.noFees },
    { key: 'documents', text: p.documents },
    { key: 'report', text: p.report },
  ];
  return terms;
}
