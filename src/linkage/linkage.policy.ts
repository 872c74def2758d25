/**
 * Who may do what in linkage (coarse, per actor); which pairs and requests they see is decided in
 * SQL (linkage.queries.ts, service/tracing.ts).
 */
import type { Actor } from '../platform/actor.ts';

/** Caseworkers and supervisors review duplicates and tracing candidates. */
export function canReviewLinkage(actor: Actor): boolean {
  return actor.scopes.has('linkage:review');
}

/** Programme administrators set the thresholds and retrain the model; nobody else. */
export function canAdministerLinkage(actor: Actor): boolean {
  return actor.scopes.has('pathways:admin') || actor.scopes.has('labor:admin');
}

/** A tracing request: a caseworker for a person, or a person for themself. */
export function canRequestTracing(actor: Actor): boolean {
  return canReviewLinkage(actor) || isApplicant(actor);
}

/** Staff hold self:write too (their own account); only an applicant asks for themself. */
export function isApplicant(actor: Actor): boolean {
  return actor.roles.includes('applicant') && actor.scopes.has('self:write');
}
