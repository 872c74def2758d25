/**
 * The questionnaires, as versioned data. A new version is a new entry; an assessment stores the
 * code and version it used, so old answers stay readable after a change.
 *
 * - heightened-risk v1: after UNHCR's Heightened Risk Identification Tool (HRIT, 2nd edition,
 *   June 2010) — individual risk factors by group (women and girls, children, older persons,
 *   persons with disabilities, legal and physical protection, survivors of violence and torture),
 *   each leading to a determination and an urgency. The HRIT's own item list was not available
 *   here; the items are ours, in its structure.
 * - vulnerability v1: after IOM's Determinants of Migrant Vulnerability model (IOM Handbook on
 *   Protection and Assistance for Migrants Vulnerable to Violence, Exploitation and Abuse, 2019):
 *   risk and protective factors at the individual, household/family, community and structural
 *   levels; vulnerability is the balance of the two.
 * - trafficking-ilo v1: ILO/EC operational indicators, adult labour exploitation (ilo-indicators.ts).
 *
 * Every question has the interviewer's wording; a question with `self` may also be shown to the
 * applicant, in the discreet wording given there. The rest are asked only by an interviewer.
 */
import type { IndicatorRef } from './ilo-indicators.ts';
import { t5, type Texts } from './texts.ts';

export type QuestionnaireCode = 'heightened-risk' | 'vulnerability' | 'trafficking-ilo';

export interface Question {
  id: string;
  text: Texts;
  /** Discreet wording for the applicant's own screen; absent: interviewer only. */
  self?: Texts;
  /** Flags a "yes" raises. */
  raises?: string[];
  /** ILO indicators a "yes" counts. */
  indicators?: IndicatorRef[];
  /** IOM DoMV: the level and whether a "yes" is a risk or a protective factor. */
  factor?: { level: 'individual' | 'household' | 'community' | 'structural'; kind: 'risk' | 'protective' };
  /** UNHCR specific-need code a "yes" suggests (recorded as suspected). */
  suggestsNeed?: string;
}

export interface Questionnaire {
  code: QuestionnaireCode;
  version: number;
  framework: string;
  title: Texts;
  /** The discreet title the applicant sees. */
  selfTitle: Texts;
  questions: Question[];
}

const q = (id: string, text: Texts, rest: Omit<Question, 'id' | 'text'> = {}): Question => ({ id, text, ...rest });
const ind = (element: IndicatorRef['element'], strength: IndicatorRef['strength']): IndicatorRef => ({ element, strength });

const HEIGHTENED_RISK: Questionnaire = {
  code: 'heightened-risk',
  version: 1,
  framework: 'UNHCR HRIT, 2nd edition (June 2010), items adapted',
  title: t5('Heightened risk', 'Riesgo elevado', 'Risque accru', 'Gwo risk', 'Risco elevado'),
  selfTitle: t5('Your safety and needs', 'Su seguridad y necesidades', 'Votre sécurité et vos besoins', 'Sekirite ou ak bezwen ou', 'Sua segurança e necessidades'),
  questions: [
    q('in_danger_now', t5('Is the person in immediate danger where they are now?', '¿La persona está en peligro inmediato donde se encuentra ahora?', 'La personne est-elle en danger immédiat là où elle se trouve ?', 'Èske moun nan an danje kounye a kote l ye a?', 'A pessoa está em perigo imediato onde está agora?'), {
      self: t5('Is there a reason you do not feel safe where you are staying now?', '¿Hay algo que le haga sentir inseguro donde se queda ahora?', "Y a-t-il une raison pour laquelle vous ne vous sentez pas en sécurité là où vous logez ?", 'Èske gen yon rezon ou pa santi w an sekirite kote w ap rete kounye a?', 'Há algum motivo para você não se sentir seguro onde está agora?'),
      raises: ['immediate_danger'],
    }),
    q('refoulement_risk', t5('Is the person at risk of being returned to a place where they face harm?', '¿La persona corre riesgo de ser devuelta a un lugar donde sufriría daño?', "La personne risque-t-elle d'être renvoyée là où elle serait en danger ?", 'Èske moun nan riske yo voye l tounen kote l ap soufri?', 'A pessoa corre risco de ser devolvida a um lugar onde sofreria dano?'), { raises: ['refoulement_risk'], suggestsNeed: 'LP-RR' }),
    q('threatened', t5('Has someone threatened to harm the person or their family recently?', '¿Alguien ha amenazado recientemente con dañar a la persona o a su familia?', "Quelqu'un a-t-il récemment menacé la personne ou sa famille ?", 'Èske yon moun te menase fè moun nan oswa fanmi l mal dènyèman?', 'Alguém ameaçou recentemente a pessoa ou sua família?'), {
      self: t5('Has anyone made you or your family afraid recently?', '¿Alguien le ha hecho sentir miedo a usted o a su familia últimamente?', "Quelqu'un vous a-t-il fait peur, à vous ou à votre famille, récemment ?", 'Èske yon moun fè ou menm oswa fanmi w pè dènyèman?', 'Alguém deixou você ou sua família com medo recentemente?'),
      raises: ['threats'], suggestsNeed: 'LP-RP',
    }),
    q('sgbv', t5('Has the person survived sexual or gender-based violence?', '¿La persona ha sobrevivido violencia sexual o de género?', 'La personne a-t-elle subi des violences sexuelles ou basées sur le genre ?', 'Èske moun nan te sibi vyolans seksyèl oswa vyolans sou baz sèks?', 'A pessoa sobreviveu a violência sexual ou de gênero?'), { raises: ['sgbv_survivor'], suggestsNeed: 'SV-VF' }),
    q('torture', t5('Has the person survived torture?', '¿La persona ha sobrevivido tortura?', 'La personne a-t-elle survécu à la torture ?', 'Èske moun nan te sibi tòti?', 'A pessoa sobreviveu a tortura?'), { raises: ['torture_survivor'], suggestsNeed: 'TR-PI' }),
    q('unaccompanied_child', t5('Is the person a child without a parent or usual caregiver here?', '¿Es una niña o niño sin madre, padre o cuidador habitual aquí?', "Est-ce un enfant sans parent ni aidant habituel ici ?", 'Èske se yon timoun ki pa gen paran oswa moun ki konn okipe l la a?', 'É uma criança sem pai, mãe ou cuidador habitual aqui?'), { raises: ['unaccompanied_child'], suggestsNeed: 'SC-UC' }),
    q('critical_medical', t5('Does the person have a life-threatening medical condition?', '¿La persona tiene una condición médica que pone en riesgo su vida?', 'La personne a-t-elle un problème médical qui menace sa vie ?', 'Èske moun nan gen yon pwoblèm sante ki ka touye l?', 'A pessoa tem uma condição médica que ameaça a vida?'), {
      self: t5('Do you or someone with you need a doctor urgently?', '¿Usted o alguien con usted necesita un médico con urgencia?', "Vous ou quelqu'un avec vous a-t-il besoin d'un médecin en urgence ?", 'Èske ou menm oswa yon moun avè w bezwen yon doktè ijan?', 'Você ou alguém com você precisa de um médico com urgência?'),
      raises: ['critical_medical'], suggestsNeed: 'SM-CC',
    }),
    q('woman_alone', t5('Is the person a woman or girl without protection from family or community?', '¿Es una mujer o niña sin protección de su familia o comunidad?', 'Est-ce une femme ou une fille sans protection de sa famille ou communauté ?', 'Èske se yon fanm oswa yon tifi ki pa gen pwoteksyon fanmi oswa kominote?', 'É uma mulher ou menina sem proteção da família ou comunidade?'), { raises: ['specific_need'], suggestsNeed: 'WR-WR' }),
    q('older_alone', t5('Is the person an older person without support?', '¿Es una persona mayor sin apoyo?', 'Est-ce une personne âgée sans soutien ?', 'Èske se yon granmoun ki pa gen sipò?', 'É uma pessoa idosa sem apoio?'), { raises: ['specific_need'], suggestsNeed: 'ER-NF' }),
    q('disability_no_support', t5('Does the person have a disability and lack the support they need?', '¿La persona tiene una discapacidad y le falta el apoyo que necesita?', "La personne a-t-elle un handicap sans le soutien nécessaire ?", 'Èske moun nan gen yon andikap epi li pa gen sipò li bezwen?', 'A pessoa tem uma deficiência e não tem o apoio de que precisa?'), {
      self: t5('Do you need help to move, see, hear or communicate?', '¿Necesita ayuda para moverse, ver, oír o comunicarse?', "Avez-vous besoin d'aide pour vous déplacer, voir, entendre ou communiquer ?", 'Èske ou bezwen èd pou deplase, wè, tande oswa kominike?', 'Você precisa de ajuda para se mover, ver, ouvir ou se comunicar?'),
      raises: ['specific_need'], suggestsNeed: 'DS-PM',
    }),
  ],
};

const VULNERABILITY: Questionnaire = {
  code: 'vulnerability',
  version: 1,
  framework: 'IOM Determinants of Migrant Vulnerability (Handbook 2019)',
  title: t5('Vulnerability (IOM determinants)', 'Vulnerabilidad (determinantes de la OIM)', 'Vulnérabilité (déterminants de l\'OIM)', 'Vilnerabilite (detèminan OIM)', 'Vulnerabilidade (determinantes da OIM)'),
  selfTitle: t5('Your situation', 'Su situación', 'Votre situation', 'Sitiyasyon ou', 'Sua situação'),
  questions: [
    q('no_money', t5('Has the person no money or goods to meet basic needs?', '¿La persona no tiene dinero ni bienes para sus necesidades básicas?', "La personne n'a-t-elle ni argent ni biens pour ses besoins essentiels ?", 'Èske moun nan pa gen lajan ni byen pou bezwen debaz li?', 'A pessoa não tem dinheiro nem bens para as necessidades básicas?'), {
      self: t5('Do you lack money for food or a place to sleep?', '¿Le falta dinero para comida o un lugar donde dormir?', "Manquez-vous d'argent pour manger ou dormir ?", 'Èske ou manke lajan pou manje oswa yon kote pou dòmi?', 'Falta dinheiro para comida ou um lugar para dormir?'),
      factor: { level: 'individual', kind: 'risk' }, suggestsNeed: 'LP-BN',
    }),
    q('poor_health', t5('Does the person have a physical or mental health problem?', '¿La persona tiene un problema de salud física o mental?', 'La personne a-t-elle un problème de santé physique ou mentale ?', 'Èske moun nan gen yon pwoblèm sante fizik oswa mantal?', 'A pessoa tem um problema de saúde física ou mental?'), { factor: { level: 'individual', kind: 'risk' } }),
    q('reads_local_language', t5('Can the person read and speak the local language?', '¿La persona puede leer y hablar el idioma local?', 'La personne peut-elle lire et parler la langue locale ?', 'Èske moun nan ka li epi pale lang lokal la?', 'A pessoa sabe ler e falar o idioma local?'), {
      self: t5('Can you read and speak the language here?', '¿Puede leer y hablar el idioma de aquí?', "Pouvez-vous lire et parler la langue d'ici ?", 'Èske ou ka li epi pale lang isit la?', 'Você sabe ler e falar o idioma daqui?'),
      factor: { level: 'individual', kind: 'protective' },
    }),
    q('has_documents', t5('Does the person hold their own identity documents?', '¿La persona tiene sus propios documentos de identidad?', "La personne a-t-elle ses propres papiers d'identité ?", 'Èske moun nan gen pwòp papye idantite l?', 'A pessoa tem os próprios documentos de identidade?'), { factor: { level: 'individual', kind: 'protective' } }),
    q('single_parent_household', t5('Is the household headed by a single parent or by a child?', '¿El hogar está encabezado por una sola madre o padre, o por una niña o niño?', 'Le ménage est-il dirigé par un parent seul ou par un enfant ?', 'Èske se yon sèl paran oswa yon timoun ki chèf kay la?', 'O domicílio é chefiado por um único responsável ou por uma criança?'), { factor: { level: 'household', kind: 'risk' }, suggestsNeed: 'SP-PT' }),
    q('family_violence', t5('Is there violence within the family?', '¿Hay violencia dentro de la familia?', 'Y a-t-il de la violence dans la famille ?', 'Èske gen vyolans nan fanmi an?', 'Há violência dentro da família?'), { factor: { level: 'household', kind: 'risk' }, suggestsNeed: 'LP-AN' }),
    q('family_support', t5('Does the person have family support nearby?', '¿La persona tiene apoyo familiar cerca?', 'La personne a-t-elle un soutien familial à proximité ?', 'Èske moun nan gen sipò fanmi toupre?', 'A pessoa tem apoio familiar por perto?'), {
      self: t5('Do you have family or friends nearby who help you?', '¿Tiene familia o amistades cerca que le ayuden?', 'Avez-vous de la famille ou des amis proches qui vous aident ?', 'Èske ou gen fanmi oswa zanmi toupre k ap ede w?', 'Você tem familiares ou amigos por perto que ajudam?'),
      factor: { level: 'household', kind: 'protective' },
    }),
    q('discrimination', t5('Does the person face discrimination in the community (origin, ethnicity, sexual orientation or gender identity)?', '¿La persona sufre discriminación en la comunidad (origen, etnia, orientación sexual o identidad de género)?', 'La personne subit-elle des discriminations dans la communauté (origine, ethnie, orientation sexuelle ou identité de genre) ?', 'Èske moun nan sibi diskriminasyon nan kominote a (orijin, etni, oryantasyon seksyèl oswa idantite sèks)?', 'A pessoa sofre discriminação na comunidade (origem, etnia, orientação sexual ou identidade de gênero)?'), { factor: { level: 'community', kind: 'risk' }, suggestsNeed: 'LP-MS' }),
    q('community_network', t5('Is the person part of a community group, church or association that helps them?', '¿La persona forma parte de un grupo comunitario, iglesia o asociación que le ayuda?', "La personne fait-elle partie d'un groupe, d'une église ou d'une association qui l'aide ?", 'Èske moun nan fè pati yon gwoup, legliz oswa asosyasyon k ap ede l?', 'A pessoa faz parte de um grupo, igreja ou associação que a ajuda?'), { factor: { level: 'community', kind: 'protective' } }),
    q('no_legal_status', t5('Is the person without a regular migration status or access to services?', '¿La persona no tiene situación migratoria regular o acceso a servicios?', "La personne est-elle sans statut migratoire régulier ou accès aux services ?", 'Èske moun nan pa gen estati migrasyon regilye oswa aksè a sèvis?', 'A pessoa está sem situação migratória regular ou acesso a serviços?'), { factor: { level: 'structural', kind: 'risk' }, suggestsNeed: 'LP-ND' }),
  ],
};

const TRAFFICKING: Questionnaire = {
  code: 'trafficking-ilo',
  version: 1,
  framework: 'ILO/EC Operational indicators of trafficking in human beings (2009, rev. Sept 2009), adults, labour exploitation',
  title: t5('Trafficking indicators (ILO)', 'Indicadores de trata (OIT)', 'Indicateurs de traite (OIT)', 'Endikatè trafik moun (OIT)', 'Indicadores de tráfico (OIT)'),
  selfTitle: t5('Your work and travel', 'Su trabajo y su viaje', 'Votre travail et votre voyage', 'Travay ou ak vwayaj ou', 'Seu trabalho e sua viagem'),
  questions: [
    q('deceived_job', t5('Was the person deceived about the kind of job, the place or the employer?', '¿Engañaron a la persona sobre el tipo de trabajo, el lugar o el empleador?', "A-t-on trompé la personne sur le type de travail, le lieu ou l'employeur ?", 'Èske yo te bay moun nan manti sou kalite travay la, kote a oswa patwon an?', 'A pessoa foi enganada sobre o tipo de trabalho, o lugar ou o empregador?'), {
      self: t5('Was the job different from what you were promised (the work, the place or the boss)?', '¿El trabajo fue distinto de lo prometido (el trabajo, el lugar o el patrón)?', 'Le travail était-il différent de ce qui était promis (le travail, le lieu ou le patron) ?', 'Èske travay la te diferan de sa yo te pwomèt ou (travay la, kote a oswa bòs la)?', 'O trabalho foi diferente do prometido (o trabalho, o lugar ou o patrão)?'),
      indicators: [ind('deceptive_recruitment', 'strong')],
    }),
    q('deceived_wages', t5('Was the person deceived about wages or earnings?', '¿Engañaron a la persona sobre el salario o las ganancias?', 'A-t-on trompé la personne sur le salaire ?', 'Èske yo te bay moun nan manti sou salè a?', 'A pessoa foi enganada sobre o salário?'), {
      self: t5('Is the pay lower than you were promised?', '¿Le pagan menos de lo prometido?', 'Êtes-vous payé moins que promis ?', 'Èske yo peye w mwens pase sa yo te pwomèt?', 'O pagamento é menor do que o prometido?'),
      indicators: [ind('deceptive_recruitment', 'medium')],
    }),
    q('deceived_conditions', t5('Was the person deceived about working conditions, housing or the contract?', '¿Engañaron a la persona sobre las condiciones de trabajo, la vivienda o el contrato?', 'A-t-on trompé la personne sur les conditions de travail, le logement ou le contrat ?', 'Èske yo te bay moun nan manti sou kondisyon travay, lojman oswa kontra a?', 'A pessoa foi enganada sobre as condições de trabalho, a moradia ou o contrato?'), { indicators: [ind('deceptive_recruitment', 'medium')] }),
    q('deceived_documents', t5('Was the person deceived about visas, permits or legal status?', '¿Engañaron a la persona sobre visas, permisos o situación legal?', 'A-t-on trompé la personne sur les visas, permis ou le statut légal ?', 'Èske yo te bay moun nan manti sou viza, pèmi oswa estati legal?', 'A pessoa foi enganada sobre vistos, autorizações ou situação legal?'), { indicators: [ind('deceptive_recruitment', 'medium')] }),
    q('recruitment_fee', t5('Did the person pay a recruiter or agent to get the job or travel?', '¿La persona pagó a un reclutador o agente para conseguir el trabajo o viajar?', "La personne a-t-elle payé un recruteur ou un agent pour obtenir le travail ou voyager ?", 'Èske moun nan te peye yon rekritè oswa yon ajan pou jwenn travay la oswa pou vwayaje?', 'A pessoa pagou um recrutador ou agente para conseguir o trabalho ou viajar?'), {
      self: t5('Did you pay anyone to get this job or to travel?', '¿Pagó a alguien para conseguir este trabajo o para viajar?', "Avez-vous payé quelqu'un pour obtenir ce travail ou voyager ?", 'Èske ou te peye yon moun pou jwenn travay sa a oswa pou vwayaje?', 'Você pagou alguém para conseguir este trabalho ou viajar?'),
      indicators: [ind('deceptive_recruitment', 'medium')],
    }),
    q('violence_recruitment', t5('Was violence used on the person during recruitment or travel?', '¿Usaron violencia contra la persona durante el reclutamiento o el viaje?', 'A-t-on usé de violence contre la personne lors du recrutement ou du voyage ?', 'Èske yo te itilize vyolans sou moun nan pandan rekritman oswa vwayaj la?', 'Houve violência contra a pessoa durante o recrutamento ou a viagem?'), { indicators: [ind('coercive_recruitment', 'strong')] }),
    q('debt_recruitment', t5('Did the person take on a debt to the recruiter that binds them to the job?', '¿La persona contrajo una deuda con el reclutador que la ata al trabajo?', "La personne a-t-elle une dette envers le recruteur qui la lie au travail ?", 'Èske moun nan gen yon dèt ak rekritè a ki mare l ak travay la?', 'A pessoa contraiu uma dívida com o recrutador que a prende ao trabalho?'), { indicators: [ind('coercive_recruitment', 'medium')] }),
    q('threats_recruitment', t5('Was the person threatened to make them accept the job or travel?', '¿Amenazaron a la persona para que aceptara el trabajo o el viaje?', "A-t-on menacé la personne pour qu'elle accepte le travail ou le voyage ?", 'Èske yo te menase moun nan pou l aksepte travay la oswa vwayaj la?', 'A pessoa foi ameaçada para aceitar o trabalho ou a viagem?'), { indicators: [ind('coercive_recruitment', 'medium')] }),
    q('abuse_status_recruitment', t5("Did the recruiter take advantage of the person's lack of status, information or money?", '¿El reclutador se aprovechó de la falta de estatus, información o dinero de la persona?', "Le recruteur a-t-il profité du manque de statut, d'information ou d'argent de la personne ?", 'Èske rekritè a te pwofite mank estati, enfòmasyon oswa lajan moun nan?', 'O recrutador se aproveitou da falta de status, informação ou dinheiro da pessoa?'), { indicators: [ind('recruitment_abuse_of_vulnerability', 'medium')] }),
    q('family_pressure', t5("Was the person's difficult family situation used to recruit them?", '¿Usaron la situación familiar difícil de la persona para reclutarla?', 'A-t-on utilisé la situation familiale difficile de la personne pour la recruter ?', 'Èske yo te sèvi ak sitiyasyon fanmi difisil moun nan pou rekrite l?', 'Usaram a situação familiar difícil da pessoa para recrutá-la?'), { indicators: [ind('recruitment_abuse_of_vulnerability', 'medium')] }),
    q('excessive_hours', t5('Does the person work excessive hours or days without rest?', '¿La persona trabaja horas o días excesivos sin descanso?', 'La personne travaille-t-elle des heures ou des jours excessifs sans repos ?', 'Èske moun nan travay twòp èdtan oswa twòp jou san repo?', 'A pessoa trabalha horas ou dias excessivos sem descanso?'), {
      self: t5('Do you work very long days or without a day off?', '¿Trabaja jornadas muy largas o sin día libre?', 'Travaillez-vous de très longues journées ou sans jour de repos ?', 'Èske w travay jou ki long anpil oswa san jou konje?', 'Você trabalha jornadas muito longas ou sem folga?'),
      indicators: [ind('exploitation', 'strong')],
    }),
    q('bad_living', t5('Are the living conditions very bad?', '¿Las condiciones de vida son muy malas?', 'Les conditions de vie sont-elles très mauvaises ?', 'Èske kondisyon lavi yo move anpil?', 'As condições de vida são muito ruins?'), { indicators: [ind('exploitation', 'medium')] }),
    q('hazardous_work', t5('Is the work hazardous without protection?', '¿El trabajo es peligroso y sin protección?', 'Le travail est-il dangereux sans protection ?', 'Èske travay la danjere san pwoteksyon?', 'O trabalho é perigoso e sem proteção?'), { indicators: [ind('exploitation', 'medium')] }),
    q('low_or_no_pay', t5('Is the person paid very little or nothing?', '¿A la persona le pagan muy poco o nada?', 'La personne est-elle très peu ou pas payée ?', 'Èske yo peye moun nan trè piti oswa anyen?', 'A pessoa recebe muito pouco ou nada?'), { indicators: [ind('exploitation', 'medium')] }),
    q('no_social_protection', t5('Is the person without social protection (no contract, insurance or leave)?', '¿La persona no tiene protección social (contrato, seguro o permisos)?', 'La personne est-elle sans protection sociale (contrat, assurance ou congés) ?', 'Èske moun nan pa gen pwoteksyon sosyal (kontra, asirans oswa konje)?', 'A pessoa está sem proteção social (contrato, seguro ou férias)?'), { indicators: [ind('exploitation', 'medium')] }),
    q('documents_kept', t5('Are the person\'s passport or identity documents kept by the employer or someone else?', '¿El empleador u otra persona retiene el pasaporte o los documentos de la persona?', "L'employeur ou quelqu'un d'autre garde-t-il le passeport ou les papiers de la personne ?", 'Èske patwon an oswa yon lòt moun kenbe paspò oswa papye moun nan?', 'O empregador ou outra pessoa retém o passaporte ou os documentos da pessoa?'), {
      self: t5('Do you have your passport and papers with you?', '¿Tiene su pasaporte y sus papeles con usted?', 'Avez-vous votre passeport et vos papiers avec vous ?', 'Èske ou gen paspò w ak papye w avè w?', 'Você está com seu passaporte e seus documentos?'),
      indicators: [ind('coercion_at_destination', 'strong')],
    }),
    q('debt_bondage', t5('Is the person held in the job by a debt they cannot pay off?', '¿La persona está atada al trabajo por una deuda que no puede pagar?', 'La personne est-elle retenue au travail par une dette impossible à rembourser ?', 'Èske moun nan bloke nan travay la akoz yon dèt li pa ka peye?', 'A pessoa está presa ao trabalho por uma dívida que não consegue pagar?'), {
      self: t5('Do you owe money to your employer or recruiter that keeps you from leaving?', '¿Debe dinero a su empleador o reclutador que le impide irse?', "Devez-vous de l'argent à votre employeur ou recruteur qui vous empêche de partir ?", 'Èske ou dwe patwon w oswa rekritè w lajan ki anpeche w ale?', 'Você deve dinheiro ao empregador ou recrutador que impede você de sair?'),
      indicators: [ind('coercion_at_destination', 'strong')],
    }),
    q('confined', t5('Is the person confined, isolated or watched so they cannot leave freely?', '¿La persona está encerrada, aislada o vigilada y no puede salir libremente?', 'La personne est-elle enfermée, isolée ou surveillée sans pouvoir partir librement ?', 'Èske yo fèmen moun nan, izole l oswa siveye l pou l pa ka soti lib?', 'A pessoa está confinada, isolada ou vigiada e não pode sair livremente?'), {
      self: t5('Can you leave your work or housing when you want to?', '¿Puede salir de su trabajo o vivienda cuando quiere?', 'Pouvez-vous quitter votre travail ou logement quand vous le voulez ?', 'Èske ou ka kite travay ou oswa kote w rete a lè w vle?', 'Você pode sair do trabalho ou da moradia quando quer?'),
      indicators: [ind('coercion_at_destination', 'strong')],
    }),
    q('violence_destination', t5('Has violence been used on the person at work?', '¿Han usado violencia contra la persona en el trabajo?', 'A-t-on usé de violence contre la personne au travail ?', 'Èske yo te itilize vyolans sou moun nan nan travay la?', 'Houve violência contra a pessoa no trabalho?'), { indicators: [ind('coercion_at_destination', 'strong')] }),
    q('threats_destination', t5('Is the person threatened with violence, denunciation to the authorities or worse conditions?', '¿Amenazan a la persona con violencia, denuncia a las autoridades o peores condiciones?', 'Menace-t-on la personne de violence, de dénonciation ou de pires conditions ?', 'Èske yo menase moun nan ak vyolans, denonse l bay otorite oswa pi move kondisyon?', 'A pessoa é ameaçada com violência, denúncia às autoridades ou condições piores?'), { indicators: [ind('coercion_at_destination', 'medium')] }),
    q('wages_withheld', t5('Are the person\'s wages withheld?', '¿Le retienen el salario a la persona?', 'Retient-on le salaire de la personne ?', 'Èske yo kenbe salè moun nan?', 'O salário da pessoa é retido?'), {
      self: t5('Has your employer kept back pay that you are owed?', '¿Su empleador le ha dejado de pagar dinero que le debe?', "Votre employeur a-t-il retenu de l'argent qu'il vous doit ?", 'Èske patwon w kenbe lajan li dwe w?', 'Seu empregador reteve pagamento que lhe deve?'),
      indicators: [ind('coercion_at_destination', 'medium')],
    }),
    q('forced_to_lie', t5('Is the person made to lie to the authorities or their family?', '¿Obligan a la persona a mentir a las autoridades o a su familia?', "Oblige-t-on la personne à mentir aux autorités ou à sa famille ?", 'Èske yo fòse moun nan bay otorite oswa fanmi l manti?', 'A pessoa é obrigada a mentir às autoridades ou à família?'), { indicators: [ind('coercion_at_destination', 'medium')] }),
    q('dependency', t5('Does the person depend on the employer for housing, food or status?', '¿La persona depende del empleador para vivienda, comida o estatus?', "La personne dépend-elle de l'employeur pour le logement, la nourriture ou le statut ?", 'Èske moun nan depann de patwon an pou lojman, manje oswa estati?', 'A pessoa depende do empregador para moradia, comida ou status?'), { indicators: [ind('abuse_of_vulnerability_at_destination', 'medium')] }),
    q('no_language_info', t5('Is the person unable to get help because of language or lack of information?', '¿La persona no puede pedir ayuda por el idioma o la falta de información?', "La personne ne peut-elle pas obtenir d'aide à cause de la langue ou du manque d'information ?", 'Èske moun nan pa ka jwenn èd akoz lang oswa mank enfòmasyon?', 'A pessoa não consegue ajuda por causa do idioma ou da falta de informação?'), { indicators: [ind('abuse_of_vulnerability_at_destination', 'medium')] }),
  ],
};

export const QUESTIONNAIRES: readonly Questionnaire[] = [HEIGHTENED_RISK, VULNERABILITY, TRAFFICKING];

export function findQuestionnaire(code: string, version?: number): Questionnaire | undefined {
  const all = QUESTIONNAIRES.filter((x) => x.code === code);
  if (version === undefined) return all.sort((a, b) => b.version - a.version)[0];
  return all.find((x) => x.version === version);
}
