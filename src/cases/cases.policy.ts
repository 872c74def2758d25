/**
 * Who may see and do what on cases. Pure functions over (actor, record); the visibility scope is
 * turned into SQL by cases.queries.ts, so a case the actor may not see is never read (404).
 */
import type { Actor } from '../platform/actor.ts';
import type { Stage } from './cases.schemas.ts';

/**
 * The cases an actor may see, inside one member state:
 * - caseworkers and protection officers: cases held by their office, and cases in their office's
 *   jurisdiction (ISO 3166-2); an office without jurisdictions serves the whole member state;
 * - supervisors: the same, plus every office of their agency ("their offices");
 * - anyone else (programme administrators included): no case details, statistics only.
 */
export interface CaseScope {
  memberState: string;
  officeId: string | null;
  /** Set for supervisors: every office of this agency is theirs. */
  agencyId: string | null;
  jurisdictions: string[];
  wholeMemberState: boolean;
  none: boolean;
}

const CASE_ROLES = ['caseworker', 'supervisor', 'protection_officer'] as const;

export function caseScopeOf(actor: Actor): CaseScope {
  const works = actor.roles.some((r) => (CASE_ROLES as readonly string[]).includes(r)) && actor.scopes.has('cases:read');
  const isSupervisor = actor.roles.includes('supervisor');
  return {
    memberState: actor.memberState,
    officeId: actor.officeId,
    agencyId: isSupervisor ? actor.agencyId : null,
    jurisdictions: actor.jurisdictions,
    wholeMemberState: actor.officeId !== null && actor.jurisdictions.length === 0,
    none: !works || (actor.officeId === null && !(isSupervisor && actor.agencyId)),
  };
}

/** Stages marked for supervisors need the approval scope to move. */
export function canMoveFrom(actor: Actor, stage: Stage): boolean {
  if (!actor.scopes.has('cases:write')) return false;
  return stage.moveRole === 'caseworker' || actor.scopes.has('cases:approve');
}

/** Four eyes: a supervisor approves what someone else asked for, never their own request. */
export function canReview(actor: Actor, requestedBy: string): boolean {
  return actor.scopes.has('cases:approve') && actor.userId !== requestedBy;
}

/** Programme administrators change the workflows of their own member state's programmes only. */
export function canAdministerProgramme(actor: Actor, hostMemberState: string): boolean {
  return actor.scopes.has('pathways:admin') && actor.memberState === hostMemberState;
}

/** Statistics: the programmes a member state hosts, and the cases it holds. */
export function statsMemberState(actor: Actor): string {
  return actor.memberState;
}
