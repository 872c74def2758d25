/**
 * Who is calling. Built once per request from the session cookie or the API token, and
 * passed to services; services and queries decide visibility from it.
 */
import type { Role, Scope } from './roles.ts';

export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  memberState: string;
  agencyId: string | null;
  officeId: string | null;
  /** ISO 3166-2 subdivisions of the actor's office; empty means the whole member state. */
  jurisdictions: string[];
  roles: Role[];
  scopes: Set<Scope>;
  locale: string;
  via: 'session' | 'token';
  sessionHash?: string;
  tokenId?: string;
  ip: string | null;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

export function hasScope(actor: Actor, scope: Scope): boolean {
  return actor.scopes.has(scope);
}

/** The identity recorded on audit rows. */
export function auditActorOf(actor: Actor | null, ip: string | null = null) {
  return {
    userId: actor?.userId ?? null,
    agencyId: actor?.agencyId ?? null,
    memberState: actor?.memberState ?? null,
    ip: actor?.ip ?? ip,
  };
}
