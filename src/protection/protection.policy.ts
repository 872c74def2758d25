/**
 * Who may see what of protection. Pure functions over the actor; the queries turn them into SQL.
 *
 * - The summary of a file (priority, the reasons, open flag codes, specific-need codes, referral
 *   statuses) is for staff of the person's member state who work with people (registry or cases),
 *   because it orders their queues. It never holds answers, accounts or details.
 * - The confidential fields (answers, survivor accounts, outcomes, specific-need details, referral
 *   contents) are for protection officers of the office that holds the file and of the offices it
 *   was shared with. Nobody else: not supervisors, not auditors, not administrators.
 * - A receiving agency sees its referrals and nothing else of the file.
 */
import type { Actor } from '../platform/actor.ts';

export interface SummaryScope {
  memberState: string;
  none: boolean;
}

export interface ConfidentialScope {
  memberState: string;
  officeId: string | null;
  none: boolean;
}

export function summaryScopeOf(actor: Actor): SummaryScope {
  const works = actor.scopes.has('registry:read') || actor.scopes.has('cases:read') || actor.scopes.has('protection:read');
  return { memberState: actor.memberState, none: !works };
}

export function confidentialScopeOf(actor: Actor): ConfidentialScope {
  const ok = actor.roles.includes('protection_officer') && actor.scopes.has('protection:read') && actor.officeId !== null;
  return { memberState: actor.memberState, officeId: actor.officeId, none: !ok };
}

export function canWriteConfidential(actor: Actor): boolean {
  return actor.roles.includes('protection_officer') && actor.scopes.has('protection:write') && actor.officeId !== null;
}

/** Interviewers: caseworkers and protection officers record screenings (the answers go in sealed). */
export function canScreen(actor: Actor): boolean {
  return actor.scopes.has('registry:write') && (actor.roles.includes('caseworker') || actor.roles.includes('protection_officer') || actor.roles.includes('supervisor'));
}

/** Receiving agency: its protection officers (or caseworkers) act on referrals sent to the agency. */
export function canReceiveReferrals(actor: Actor): boolean {
  return actor.agencyId !== null && (actor.scopes.has('protection:read') || actor.scopes.has('cases:read'));
}

/** The anonymised HTCDS export is statistics: for those who read statistics. */
export function canExportStatistics(actor: Actor): boolean {
  return actor.scopes.has('stats:read');
}
