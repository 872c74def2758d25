/**
 * Who may see and manage what in the pact directory. Pure functions over (actor, record).
 */
import type { Actor } from '../platform/actor.ts';

/** Pact administrators manage the whole pact; programme administrators their own member state. */
export function canManageUsersOf(actor: Actor, memberState: string): boolean {
  if (actor.roles.includes('pact_admin')) return true;
  return actor.scopes.has('users:manage') && actor.memberState === memberState;
}

/** The member states whose users the actor may list; undefined means all. */
export function userVisibilityScope(actor: Actor): string[] | undefined {
  return actor.roles.includes('pact_admin') ? undefined : [actor.memberState];
}

/** The member state whose data-sharing agreements the actor may see; undefined means all (pact administrators). */
export function agreementVisibilityScope(actor: Actor): string | undefined {
  return actor.scopes.has('pact:admin') ? undefined : actor.memberState;
}
