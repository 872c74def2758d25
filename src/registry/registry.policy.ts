/**
 * Who may see a household. Staff with registry scopes see the households their member state
 * holds; an applicant sees the household they belong to. The same rule is applied in SQL by
 * `visibleHouseholds` in registry.queries.ts; this is its pure form, for decisions in code.
 */
import type { Actor } from '../platform/actor.ts';

export function canReadRegistry(actor: Actor): boolean {
  return actor.scopes.has('registry:read');
}

export function canWriteRegistry(actor: Actor): boolean {
  return actor.scopes.has('registry:write');
}

export function isStaffOf(actor: Actor, memberState: string): boolean {
  return canReadRegistry(actor) && actor.memberState === memberState;
}
