import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import type { Scope, User } from '../api.ts';
import { AccountPage } from '../features/account/account-page.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { MemberStatesPage } from '../features/pact/member-states-page.tsx';

export type AppRoute = {
  path: string;
  /** Its name in the main menu. */
  navKey: ParseKeys;
  /** One line for the home page's list of what is available; none for the home page itself. */
  summaryKey?: ParseKeys;
  /** The scope its API needs; everyone signed in may open it when absent. */
  scope?: Scope;
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
    path: '/audit',
    navKey: 'nav.audit',
    summaryKey: 'home.availableAudit',
    scope: 'audit:read',
    Page: AuditPage,
  },
  { path: '/account', navKey: 'nav.account', summaryKey: 'home.availableAccount', Page: AccountPage },
];

export function canVisit(route: AppRoute, user: User): boolean {
  return !route.scope || user.scopes.includes(route.scope);
}

export function listRoutesFor(user: User): AppRoute[] {
  return ROUTES.filter((route) => canVisit(route, user));
}
