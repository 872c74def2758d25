import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import type { Role, Scope, User } from '../api.ts';
import { AccountPage } from '../features/account/account-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { CasesPage } from '../features/cases/cases-page.tsx';
import { MyCasesPage } from '../features/cases/my-cases-page.tsx';
import { ApprovalsPage } from '../features/labor/approvals-page.tsx';
import { CompliancePage } from '../features/labor/compliance-page.tsx';
import { EmployerPage } from '../features/labor/employer-page.tsx';
import { MyOffersPage } from '../features/labor/my-offers-page.tsx';
import { RecruitersPage } from '../features/labor/recruiters-page.tsx';
import { WageFloorsPage } from '../features/labor/wage-floors-page.tsx';
import { ReportsPage } from '../features/labor/reports-page.tsx';
import { RoundsPage } from '../features/labor/rounds-page.tsx';
import { WorkloadPage } from '../features/cases/workload-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { MemberStatesPage } from '../features/pact/member-states-page.tsx';
import { SharingAgreementsPage } from '../features/pact/sharing-agreements-page.tsx';
import { MyPathwaysPage } from '../features/pathways/my-pathways-page.tsx';
import { FindPersonPage } from '../features/registry/find-person-page.tsx';
import { MyDetailsPage } from '../features/registry/my-details-page.tsx';
import { RegisterSomeonePage } from '../features/registry/register-someone-page.tsx';
import { ProgrammesPage } from '../features/programmes/programmes-page.tsx';
import { ProtectionPage } from '../features/protection/protection-page.tsx';
import { ScreeningPage } from '../features/protection/screening-page.tsx';
import { SelfCheckPage } from '../features/protection/self-check-page.tsx';
import { ServicesPage } from '../features/protection/services-page.tsx';
import { ReviewPage } from '../features/linkage/review-page.tsx';
import { TracingPage } from '../features/linkage/tracing-page.tsx';

export type AppRoute = {
  path: string;
  /** Its name in the main menu. */
  navKey: ParseKeys;
  /** One line for the home page's list of what is available; none for the home page itself. */
  summaryKey?: ParseKeys;
  /** The scope its API needs; everyone signed in may open it when absent. */
  scope?: Scope;
  /** Only these roles see it (when the scope alone would also let others in). */
  roles?: readonly Role[];
  Page: ComponentType;
};

/** The pages of the signed-in app, in menu order. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/', navKey: 'nav.home', Page: HomePage },
  {
    path: '/member-states',
    navKey: 'nav.memberStates',
    summaryKey: 'home.availableMemberStates',
    scope: 'pact:read',
    Page: MemberStatesPage,
  },
  {
    path: '/sharing-agreements',
    navKey: 'sharing.nav',
    summaryKey: 'sharing.summary',
    // Staff read those their member state is party to; pact administrators also record and end them.
    scope: 'sharing:read',
    Page: SharingAgreementsPage,
  },
  {
    path: '/audit',
    navKey: 'nav.audit',
    summaryKey: 'home.availableAudit',
    scope: 'audit:read',
    Page: AuditPage,
  },
  { path: '/registry', navKey: 'registry.nav.find', summaryKey: 'registry.summary.find', scope: 'registry:read', Page: FindPersonPage },
  {
    path: '/registry/new',
    navKey: 'registry.nav.register',
    summaryKey: 'registry.summary.register',
    scope: 'registry:write',
    Page: RegisterSomeonePage,
  },
  {
    path: '/my-pathways',
    navKey: 'pathways.nav.mine',
    summaryKey: 'pathways.summary.mine',
    scope: 'pathways:read',
    roles: ['applicant'],
    Page: MyPathwaysPage,
  },
  {
    path: '/my-details',
    navKey: 'registry.nav.myDetails',
    summaryKey: 'registry.summary.myDetails',
    scope: 'self:write',
    roles: ['applicant'],
    Page: MyDetailsPage,
  },
  { path: '/cases', navKey: 'cases.nav.queue', summaryKey: 'cases.summary.queue', scope: 'cases:read', Page: CasesPage },
  { path: '/workload', navKey: 'cases.nav.workload', summaryKey: 'cases.summary.workload', scope: 'cases:approve', Page: WorkloadPage },
  { path: '/my-applications', navKey: 'cases.nav.mine', summaryKey: 'cases.summary.mine', scope: 'self:read', roles: ['applicant'], Page: MyCasesPage },
  { path: '/my-job-offers', navKey: 'labor.nav.offers', summaryKey: 'labor.summary.offers', scope: 'self:read', roles: ['applicant'], Page: MyOffersPage },
  { path: '/employer/job-orders', navKey: 'labor.nav.employer', summaryKey: 'labor.summary.employer', scope: 'labor:employer', Page: EmployerPage },
  { path: '/labor/approvals', navKey: 'labor.nav.approvals', summaryKey: 'labor.summary.approvals', scope: 'labor:admin', Page: ApprovalsPage },
  { path: '/labor/rounds', navKey: 'labor.nav.rounds', summaryKey: 'labor.summary.rounds', scope: 'labor:admin', Page: RoundsPage },
  { path: '/labor/reports', navKey: 'labor.nav.reports', summaryKey: 'labor.summary.reports', scope: 'labor:admin', Page: ReportsPage },
  { path: '/labor/compliance', navKey: 'labor.nav.compliance', summaryKey: 'labor.summary.compliance', scope: 'labor:admin', Page: CompliancePage },
  { path: '/labor/recruiters', navKey: 'labor.nav.recruiters', summaryKey: 'labor.summary.recruiters', scope: 'labor:admin', Page: RecruitersPage },
  { path: '/labor/wage-floors', navKey: 'labor.nav.wageFloors', summaryKey: 'labor.summary.wageFloors', scope: 'labor:admin', Page: WageFloorsPage },
  { path: '/programmes', navKey: 'programmes.nav', summaryKey: 'programmes.summary', scope: 'pathways:admin', Page: ProgrammesPage },
  { path: '/protection', navKey: 'protection.nav.officer', summaryKey: 'protection.summary.officer', scope: 'protection:read', roles: ['protection_officer'], Page: ProtectionPage },
  { path: '/screening', navKey: 'protection.nav.screening', summaryKey: 'protection.summary.screening', scope: 'registry:write', roles: ['caseworker', 'protection_officer', 'supervisor'], Page: ScreeningPage },
  { path: '/services', navKey: 'protection.nav.services', summaryKey: 'protection.summary.services', scope: 'registry:read', Page: ServicesPage },
  { path: '/my-situation', navKey: 'protection.nav.self', summaryKey: 'protection.summary.self', scope: 'self:write', roles: ['applicant'], Page: SelfCheckPage },
  { path: '/duplicates', navKey: 'linkage.nav.review', summaryKey: 'linkage.summary.review', scope: 'linkage:review', Page: ReviewPage },
  { path: '/tracing', navKey: 'linkage.nav.tracing', summaryKey: 'linkage.summary.tracing', roles: ['caseworker', 'supervisor', 'applicant'], Page: TracingPage },
  { path: '/account', navKey: 'nav.account', summaryKey: 'home.availableAccount', Page: AccountPage },
];

export function canVisit(route: AppRoute, user: User): boolean {
  if (route.roles && !route.roles.some((role) => user.roles.includes(role))) return false;
  return !route.scope || user.scopes.includes(route.scope);
}

export function listRoutesFor(user: User): AppRoute[] {
  return ROUTES.filter((route) => canVisit(route, user));
}
