/**
 * Roles and the scopes each role holds. Routes check a scope (coarse); record visibility
 * is decided inside the queries (fine). API tokens carry a subset of their user's scopes.
 */
export const ROLES = [
  'applicant',
  'caseworker',
  'supervisor',
  'protection_officer',
  'employer',
  'programme_admin',
  'pact_admin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const SCOPES = [
  'self:read',
  'self:write',
  'pact:read',
  'pact:admin',
  'sharing:read',
  'users:manage',
  'tokens:manage',
  'registry:read',
  'registry:write',
  'pathways:read',
  'pathways:admin',
  'cases:read',
  'cases:write',
  'cases:approve',
  'protection:read',
  'protection:write',
  'labor:employer',
  'labor:admin',
  'linkage:review',
  'stats:read',
  'audit:read',
] as const;
export type Scope = (typeof SCOPES)[number];

const STAFF: Scope[] = ['self:read', 'self:write', 'pact:read', 'sharing:read', 'pathways:read', 'tokens:manage'];

export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  applicant: ['self:read', 'self:write', 'pathways:read'],
  caseworker: [...STAFF, 'registry:read', 'registry:write', 'cases:read', 'cases:write', 'linkage:review'],
  supervisor: [...STAFF, 'registry:read', 'registry:write', 'cases:read', 'cases:write', 'cases:approve', 'linkage:review', 'stats:read'],
  protection_officer: [...STAFF, 'registry:read', 'registry:write', 'cases:read', 'cases:write', 'protection:read', 'protection:write'],
  employer: ['self:read', 'self:write', 'pact:read', 'pathways:read', 'labor:employer', 'tokens:manage'],
  programme_admin: [...STAFF, 'pathways:admin', 'labor:admin', 'stats:read', 'users:manage'],
  pact_admin: [...STAFF, 'pact:admin', 'users:manage', 'stats:read'],
  auditor: [...STAFF, 'audit:read', 'stats:read'],
};

export function scopesOf(roles: readonly string[]): Set<Scope> {
  const scopes = new Set<Scope>();
  for (const role of roles) for (const s of ROLE_SCOPES[role as Role] ?? []) scopes.add(s);
  return scopes;
}

/** Roles that work for a government, UNHCR, IOM or an NGO: everyone but applicants and employers. */
export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((r) => r !== 'applicant' && r !== 'employer');
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
