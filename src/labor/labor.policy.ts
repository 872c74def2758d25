/**
 * Pure rules of the labor domain over (actor, record): who may act, and which state moves are allowed.
 * Record visibility itself is in the queries (labor.queries.ts).
 */
import type { Actor } from '../platform/actor.ts';
import type { JobOrderStatus } from './labor.schemas.ts';

export function isLaborAdmin(actor: Actor): boolean {
  return actor.scopes.has('labor:admin');
}

export function isEmployerUser(actor: Actor): boolean {
  return actor.scopes.has('labor:employer');
}

/** Employers edit their job orders only while they are drafts; after that the officer decides. */
export function canEditJobOrder(status: string): boolean {
  return status === 'draft';
}

/**
 * Moves an employer may make after approval (arrivals start the season; season end closes it) and
 * the states each move leaves from. Approval and recruiting are the officer's and the round's.
 */
export const EMPLOYER_MOVES: Record<'in_season' | 'closed', readonly JobOrderStatus[]> = {
  in_season: ['approved', 'recruiting', 'filled'],
  closed: ['in_season'],
};

export function canMoveJobOrder(from: string, to: 'in_season' | 'closed'): boolean {
  return (EMPLOYER_MOVES[to] as readonly string[]).includes(from);
}

/** Job orders a round can offer: approved or recruiting, with places left. */
export const ALLOCATABLE_STATUSES = ['approved', 'recruiting'] as const;

/** The public feed shows what workers can still apply to; never drafts, never closed ones. */
export const PUBLIC_STATUSES = ['approved', 'recruiting'] as const;
