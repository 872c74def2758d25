import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import { ROLES, type Role, type User } from '../api.ts';
import { AccountPage } from '../features/account/account-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { MemberStatesPage } from '../features/pact/member-states-page.tsx';

export type AppRoute = {
  path: string;
  /** Its name in the main menu. */
  navKey: ParseKeys;
  /** One line for the home page's list of what is available; none for the home page itself. */
  summaryKey?: ParseKeys;
  /** Who may open it; everyone signed in when absent. The server enforces the same rule. */
  roles?: readonly Role[];
  Page: ComponentType;
};

/** Everyone who works for an agency; applicants see only their own affairs. */
const STAFF_ROLES = ROLES.filter((role) => role !== 'applicant');

/** The pages of the signed-in app, in menu order. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/', navKey: 'nav.home', Page: HomePage },
  {
    path: '/member-states',
    navKey: 'nav.memberStates',
    summaryKey: 'home.availableMemberStates',
    roles: STAFF_ROLES,
    Page: MemberStatesPage,
  },
  { path: '/account', navKey: 'nav.account', summaryKey: 'home.availableAccount', Page: AccountPage },
];

export function canVisit(route: AppRoute, user: User): boolean {
  return !route.roles || user.roles.some((role) => route.roles?.includes(role));
}

export function listRoutesFor(user: User): AppRoute[] {
  return ROUTES.filter((route) => canVisit(route, user));
}
