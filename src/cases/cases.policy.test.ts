import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor } from '../platform/actor.ts';
import { scopesOf, type Role } from '../platform/roles.ts';
import { canAdministerProgramme, canMoveFrom, canReview, caseScopeOf } from './cases.policy.ts';
import { WorkflowDefinition } from './cases.schemas.ts';
import { DEFAULT_WORKFLOWS } from './workflows/default-workflows.ts';

function actor(roles: Role[], overrides: Partial<Actor> = {}): Actor {
  return {
    userId: 'u1',
    email: 'x@example.org',
    displayName: 'X',
    memberState: 'MX',
    agencyId: 'a1',
    officeId: 'o1',
    jurisdictions: ['MX-CHP'],
    roles,
    scopes: scopesOf(roles),
    locale: 'es',
    via: 'session',
    ip: null,
    ...overrides,
  };
}

describe('case policy', () => {
  it('gives caseworkers their office and jurisdiction, supervisors their agency, others nothing', () => {
    expect(caseScopeOf(actor(['caseworker']))).toMatchObject({ officeId: 'o1', agencyId: null, jurisdictions: ['MX-CHP'], none: false, wholeMemberState: false });
    expect(caseScopeOf(actor(['supervisor']))).toMatchObject({ agencyId: 'a1', none: false });
    expect(caseScopeOf(actor(['caseworker'], { jurisdictions: [] })).wholeMemberState).toBe(true);
    expect(caseScopeOf(actor(['caseworker'], { officeId: null, jurisdictions: [] })).none).toBe(true);
    for (const role of ['programme_admin', 'applicant', 'auditor', 'employer', 'pact_admin'] as const) expect(caseScopeOf(actor([role])).none).toBe(true);
  });

  it('never lets anyone approve their own request (four eyes)', () => {
    fc.assert(
      fc.property(fc.constantFrom<Role>('caseworker', 'supervisor', 'protection_officer', 'programme_admin'), fc.uuid(), fc.boolean(), (role, other, own) => {
        const a = actor([role], { userId: 'me' });
        const allowed = canReview(a, own ? 'me' : other);
        if (own) expect(allowed).toBe(false);
        else expect(allowed).toBe(role === 'supervisor');
      }),
      { seed: 42 },
    );
  });

  it('lets only supervisors move supervisor stages, and programme administrators change only their state\'s programmes', () => {
    const stage = DEFAULT_WORKFLOWS.family_reunification.stages.find((s) => s.code === 'decision');
    if (!stage) throw new Error('no decision stage');
    expect(canMoveFrom(actor(['caseworker']), stage)).toBe(false);
    expect(canMoveFrom(actor(['supervisor']), stage)).toBe(true);
    expect(canAdministerProgramme(actor(['programme_admin'], { memberState: 'CA' }), 'CA')).toBe(true);
    expect(canAdministerProgramme(actor(['programme_admin'], { memberState: 'MX' }), 'CA')).toBe(false);
    expect(canAdministerProgramme(actor(['caseworker'], { memberState: 'CA' }), 'CA')).toBe(false);
  });
});

describe('default workflows', () => {
  it('are valid, reach every stage, end in a last stage and carry all five languages', () => {
    for (const def of Object.values(DEFAULT_WORKFLOWS)) {
      expect(WorkflowDefinition.safeParse(def).success).toBe(true);
      expect(def.stages.some((s) => s.next.length === 0)).toBe(true);
      for (const s of def.stages) expect(Object.keys(s.applicantText).sort()).toEqual(['en', 'es', 'fr', 'ht', 'pt']);
    }
    expect(DEFAULT_WORKFLOWS.resettlement.stages.map((s) => s.code)).toEqual(['identification', 'referral', 'prescreening', 'interview', 'security_medical', 'orientation', 'travel', 'arrival']);
  });

  it('refuses workflows with unknown, unreachable or self-referencing stages', () => {
    const base = DEFAULT_WORKFLOWS.asylum;
    const broken = [
      { ...base, initialStage: 'nowhere' },
      { ...base, stages: base.stages.map((s) => (s.code === 'registration' ? { ...s, next: ['nowhere'] } : s)) },
      { ...base, stages: base.stages.map((s) => (s.code === 'registration' ? { ...s, next: [] } : s)) },
      { ...base, stages: base.stages.map((s) => (s.code === 'analysis' ? { ...s, next: ['analysis'] } : s)) },
      { ...base, stages: [...base.stages, base.stages[0]] },
    ];
    for (const def of broken) expect(WorkflowDefinition.safeParse(def).success).toBe(false);
  });
});
