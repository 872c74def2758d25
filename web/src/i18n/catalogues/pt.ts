import type { Catalogue } from './en.ts';

/** Portuguese, in Brazilian usage; addresses the reader as "você". */
export const pt: Catalogue = {
  app: {
    tagline: 'Vias legais e proteção em todo o pacto sobre migração',
    skipToContent: 'Pular para o conteúdo principal',
    loading: 'Carregando…',
    footer: 'Puente é um software de código aberto para o pacto regional sobre migração.',
  },
  language: {
    label: 'Idioma',
  },
  nav: {
    label: 'Menu principal',
    home: 'Início',
    memberStates: 'Estados-membros',
    account: 'Minha conta',
  },
  auth: {
    title: 'Entrar',
    intro: 'Entre com seu endereço de e-mail e sua senha.',
    email: 'Endereço de e-mail',
    password: 'Senha',
    submit: 'Entrar',
    submitting: 'Entrando…',
    emailRequired: 'Digite seu endereço de e-mail.',
    passwordRequired: 'Digite sua senha.',
    signOut: 'Sair',
    signedOut: 'Você saiu da sua conta.',
    sessionEnded: 'Sua sessão terminou. Entre novamente para continuar.',
  },
  home: {
    title: 'Início',
    welcome: 'Boas-vindas, {{name}}',
    availableTitle: 'Disponível agora',
    availableMemberStates: 'Os países do pacto e o papel de cada um.',
    availableAccount: 'Seu perfil e a opção de sair em todos os dispositivos.',
    comingTitle: 'Em breve',
    comingNote: 'Estas partes do Puente ainda não estão disponíveis.',
  },
  roles: {
    applicant: 'Requerente',
    caseworker: 'Gestor de casos',
    supervisor: 'Supervisor',
    protection_officer: 'Oficial de proteção',
    employer: 'Empregador',
    programme_admin: 'Administrador de programas',
    pact_admin: 'Administrador do pacto',
    auditor: 'Auditor',
  },
  roleComing: {
    applicant:
      'Cadastrar sua família, descobrir para quais vias legais você pode se qualificar e por quê, fazer sua solicitação e acompanhar seu caso.',
    caseworker:
      'Cadastrar pessoas presencialmente, trabalhar sua fila de casos, agendar entrevistas e registrar decisões com seus motivos.',
    supervisor: 'Revisar recomendações e encerramentos e acompanhar prazos e carga de trabalho.',
    protection_officer:
      'Identificar situações de vulnerabilidade e de tráfico de pessoas, definir prioridades e encaminhar pessoas a serviços, com o consentimento delas.',
    employer:
      'Publicar ofertas de trabalho, atestar condições de recrutamento justo, receber os trabalhadores alocados e informar a chegada deles.',
    programme_admin: 'Definir seus programas: regras de elegibilidade, cotas, períodos de inscrição e pisos salariais.',
    pact_admin: 'Admitir estados-membros e instituições e gerenciar acordos de compartilhamento de dados.',
    auditor: 'Consultar e verificar a trilha de auditoria à prova de adulteração.',
  },
  pact: {
    title: 'Estados-membros',
    intro: 'Os países que aderiram ao pacto e o papel de cada um na migração.',
    total: 'Estados-membros: {{total}}',
    code: 'Código do país',
    joined: 'Adesão ao pacto',
    role: 'Papel no pacto',
    none: 'Nenhum país aderiu ao pacto ainda.',
    memberRoles: {
      origin: 'País de origem',
      transit: 'País de trânsito',
      destination: 'País de destino',
    },
  },
  account: {
    title: 'Minha conta',
    profileTitle: 'Perfil',
    name: 'Nome',
    email: 'Endereço de e-mail',
    roles: 'Funções',
    memberState: 'Estado-membro',
    agency: 'Instituição',
    office: 'Escritório',
    noOffice: 'Sem escritório atribuído',
    language: 'Idioma preferido',
    sessionsTitle: 'Sessões',
    sessionsIntro:
      'Se você entrou em um dispositivo compartilhado ou perdido, encerre todas as suas sessões. Depois, será preciso entrar novamente em cada dispositivo.',
    signOutEverywhere: 'Sair em todos os dispositivos',
  },
  agencyKinds: {
    government: 'Governo',
    unhcr: 'ACNUR',
    iom: 'OIM',
    ngo: 'Organização não governamental',
    employer_association: 'Associação de empregadores',
  },
  notFound: {
    title: 'Página não encontrada',
    body: 'Esta página não existe ou você não tem acesso a ela.',
    home: 'Ir para a página inicial',
  },
  errors: {
    auth: {
      invalidCredentials: 'O endereço de e-mail ou a senha não estão corretos.',
      locked: 'Houve muitas tentativas sem sucesso, e esta conta está bloqueada por um tempo. Tente novamente mais tarde.',
      required: 'Entre para continuar.',
    },
    network: 'Não foi possível conectar ao Puente. Verifique sua conexão e tente novamente.',
    unexpected: 'Algo deu errado. Tente novamente em instantes.',
  },
};
