/**
 * Refugee resettlement: UNHCR identification and referral, then the resettlement state's
 * processing (pathways.md §5.1-5.3). Sources: UNHCR Resettlement Handbook (2023 online edition),
 * ch. 3 (submission categories: every case needs a primary and a secondary one) and 4.6-4.11
 * (Resettlement Registration Form, review before submission, pre-departure); USRAP steps
 * (prescreen by the Resettlement Support Center, USCIS interview, security and medical checks,
 * cultural orientation, IOM travel, arrival; state.gov); Canada GAR (visa officer interview, IOM
 * medical exam, Canadian Orientation Abroad, travel loan).
 */
import type { z } from 'zod';
import type { WorkflowDefinition } from '../cases.schemas.ts';
import { COMMON, t } from './texts.ts';

const CATEGORIES = ['lpp', 'wgr', 'car', 'svt', 'med', 'rfu', 'lfs'];

export const RESETTLEMENT: z.input<typeof WorkflowDefinition> = {
  pathway: 'resettlement',
  initialStage: 'identification',
  facts: [
    { key: 'primary_category', type: 'choice', choices: CATEGORIES, label: t('Primary submission category', 'Categoría de presentación principal', 'Catégorie de soumission principale', 'Premye kategori soumisyon', 'Categoria de submissão principal') },
    { key: 'secondary_category', type: 'choice', choices: CATEGORIES, label: t('Secondary submission category', 'Categoría de presentación secundaria', 'Catégorie de soumission secondaire', 'Dezyèm kategori soumisyon', 'Categoria de submissão secundária') },
    { key: 'security_cleared', type: 'boolean', label: t('Security checks cleared', 'Controles de seguridad aprobados', 'Contrôles de sécurité validés', 'Verifikasyon sekirite pase', 'Verificações de segurança aprovadas') },
    { key: 'medical_cleared', type: 'boolean', label: t('Medical examination cleared', 'Examen médico aprobado', 'Examen médical validé', 'Egzamen medikal pase', 'Exame médico aprovado') },
    { key: 'orientation_completed', type: 'boolean', label: t('Cultural orientation completed', 'Orientación cultural completada', 'Orientation culturelle suivie', 'Oryantasyon kiltirèl fini', 'Orientação cultural concluída') },
    COMMON.departureDate,
  ],
  stages: [
    {
      code: 'identification',
      name: t('UNHCR identification', 'Identificación por ACNUR', 'Identification par le HCR', 'Idantifikasyon pa HCR', 'Identificação pelo ACNUR'),
      applicantText: t(
        'UNHCR is looking at whether resettlement to another country is the right solution for your family.',
        'ACNUR está evaluando si el reasentamiento en otro país es la solución adecuada para su familia.',
        'Le HCR examine si la réinstallation dans un autre pays est la bonne solution pour votre famille.',
        'HCR ap gade si reyenstalasyon nan yon lòt peyi se bon solisyon pou fanmi w.',
        'O ACNUR está avaliando se o reassentamento em outro país é a solução adequada para a sua família.',
      ),
      moveRole: 'caseworker',
      dueInDays: 30,
      requirements: [{ kind: 'stage_tasks_done' }],
      tasks: [
        { key: 'assess_resettlement_need', dueInDays: 14, title: t('Assess the resettlement need and other durable solutions', 'Evaluar la necesidad de reasentamiento y otras soluciones duraderas', 'Évaluer le besoin de réinstallation et les autres solutions durables', 'Evalye bezwen reyenstalasyon ak lòt solisyon dirab', 'Avaliar a necessidade de reassentamento e outras soluções duradouras') },
      ],
      next: ['referral'],
    },
    {
      code: 'referral',
      name: t('Referral and submission categories', 'Referencia y categorías de presentación', 'Recommandation et catégories de soumission', 'Referans ak kategori soumisyon', 'Encaminhamento e categorias de submissão'),
      applicantText: t(
        'Your case is being prepared for referral to a resettlement country. A supervisor reviews it before it is sent.',
        'Su caso se está preparando para ser referido a un país de reasentamiento. Un supervisor lo revisa antes de enviarlo.',
        "Votre dossier est préparé pour être recommandé à un pays de réinstallation. Un superviseur le vérifie avant l'envoi.",
        'Y ap prepare dosye w pou yo voye l bay yon peyi reyenstalasyon. Yon sipèvizè ap revize l anvan yo voye l.',
        'O seu caso está sendo preparado para encaminhamento a um país de reassentamento. Um supervisor o revisa antes do envio.',
      ),
      moveRole: 'caseworker',
      dueInDays: 30,
      requirements: [
        { kind: 'fact', key: 'primary_category' },
        { kind: 'fact', key: 'secondary_category' },
        { kind: 'document', documentType: 'resettlement_registration_form' },
        { kind: 'approved_recommendation' },
      ],
      tasks: [
        { key: 'complete_rrf', dueInDays: 14, title: t('Complete the Resettlement Registration Form', 'Completar el Formulario de Registro para Reasentamiento', "Remplir le formulaire d'enregistrement pour la réinstallation", 'Ranpli fòm anrejistreman pou reyenstalasyon an', 'Preencher o Formulário de Registro para Reassentamento') },
      ],
      next: ['prescreening'],
    },
    {
      code: 'prescreening',
      name: t('Prescreening', 'Preselección', 'Pré-examen', 'Pre-evalyasyon', 'Pré-triagem'),
      applicantText: t(
        'The resettlement support centre is collecting your family details and documents.',
        'El centro de apoyo al reasentamiento está reuniendo los datos y documentos de su familia.',
        "Le centre d'appui à la réinstallation recueille les informations et documents de votre famille.",
        'Sant sipò reyenstalasyon an ap ranmase enfòmasyon ak dokiman fanmi w.',
        'O centro de apoio ao reassentamento está reunindo os dados e documentos da sua família.',
      ),
      moveRole: 'caseworker',
      dueInDays: 45,
      requirements: [{ kind: 'document', documentType: 'identity_document' }],
      tasks: [COMMON.bringId],
      next: ['interview'],
    },
    {
      code: 'interview',
      name: t('Interview', 'Entrevista', 'Entretien', 'Entrevi', 'Entrevista'),
      applicantText: t(
        'An officer of the resettlement country interviews each adult of your family. You will be told the date, place and language.',
        'Un funcionario del país de reasentamiento entrevista a cada adulto de su familia. Se le informará la fecha, el lugar y el idioma.',
        "Un agent du pays de réinstallation s'entretient avec chaque adulte de votre famille. La date, le lieu et la langue vous seront communiqués.",
        'Yon ofisye peyi reyenstalasyon an ap fè entrevi ak chak granmoun nan fanmi w. Y ap di w dat, kote ak lang lan.',
        'Um funcionário do país de reassentamento entrevista cada adulto da sua família. Você será informado da data, do local e do idioma.',
      ),
      moveRole: 'caseworker',
      dueInDays: 60,
      requirements: [{ kind: 'interview_held' }, { kind: 'decision', outcomes: ['approved'] }],
      tasks: [],
      next: ['security_medical'],
    },
    {
      code: 'security_medical',
      name: t('Security and medical checks', 'Controles de seguridad y médicos', 'Contrôles de sécurité et médicaux', 'Verifikasyon sekirite ak medikal', 'Verificações de segurança e médicas'),
      applicantText: t(
        'Security checks are under way and each member of your family has a medical examination.',
        'Se realizan los controles de seguridad y cada miembro de su familia tiene un examen médico.',
        'Les contrôles de sécurité sont en cours et chaque membre de votre famille passe un examen médical.',
        'Verifikasyon sekirite yo ap fèt epi chak moun nan fanmi w ap fè yon egzamen medikal.',
        'As verificações de segurança estão em andamento e cada membro da sua família faz um exame médico.',
      ),
      moveRole: 'caseworker',
      dueInDays: 90,
      requirements: [
        { kind: 'fact', key: 'security_cleared', equals: true },
        { kind: 'fact', key: 'medical_cleared', equals: true },
        { kind: 'document', documentType: 'medical_report' },
      ],
      tasks: [
        { key: 'attend_medical', dueInDays: 30, forApplicant: true, title: t('Attend the medical examination', 'Acuda al examen médico', "Présentez-vous à l'examen médical", 'Ale nan egzamen medikal la', 'Compareça ao exame médico') },
      ],
      next: ['orientation'],
    },
    {
      code: 'orientation',
      name: t('Cultural orientation', 'Orientación cultural', 'Orientation culturelle', 'Oryantasyon kiltirèl', 'Orientação cultural'),
      applicantText: t(
        'You attend a cultural orientation class about life in your new country.',
        'Usted asiste a una clase de orientación cultural sobre la vida en su nuevo país.',
        "Vous suivez un cours d'orientation culturelle sur la vie dans votre nouveau pays.",
        'Ou patisipe nan yon klas oryantasyon kiltirèl sou lavi nan nouvo peyi w.',
        'Você participa de uma aula de orientação cultural sobre a vida no seu novo país.',
      ),
      moveRole: 'caseworker',
      dueInDays: 30,
      requirements: [{ kind: 'fact', key: 'orientation_completed', equals: true }],
      tasks: [
        { key: 'attend_orientation', dueInDays: 21, forApplicant: true, title: t('Attend the cultural orientation class', 'Asista a la clase de orientación cultural', "Suivez le cours d'orientation culturelle", 'Patisipe nan klas oryantasyon kiltirèl la', 'Participe da aula de orientação cultural') },
      ],
      next: ['travel'],
    },
    {
      code: 'travel',
      name: t('Travel', 'Viaje', 'Voyage', 'Vwayaj', 'Viagem'),
      applicantText: t(
        'IOM is booking your travel. You will receive your travel documents and flight details.',
        'La OIM está organizando su viaje. Recibirá sus documentos de viaje y los datos del vuelo.',
        "L'OIM organise votre voyage. Vous recevrez vos documents de voyage et les détails du vol.",
        'OIM ap prepare vwayaj ou. W ap resevwa dokiman vwayaj ou ak enfòmasyon vòl la.',
        'A OIM está organizando a sua viagem. Você receberá os documentos de viagem e os dados do voo.',
      ),
      moveRole: 'caseworker',
      dueInDays: 45,
      requirements: [
        { kind: 'fact', key: 'departure_date' },
        { kind: 'document', documentType: 'travel_document' },
      ],
      tasks: [],
      next: ['arrival'],
    },
    COMMON.arrivalStage,
  ],
};
