/**
 * Family tracing scores a relationship, not an identity (linkage.md §4.3), so the duplicate
 * model's m and u do not carry over. Until confirmed reunifications are numerous enough to learn
 * from, the weights below are set by hand, in bits like the duplicate model's, and every one is
 * shown to the caseworker; candidates are ranked, never linked automatically.
 *
 * - Family names pass from parents to children: a child's first family name is the father's
 *   first, the second is the mother's first ("Antonio Pérez López", child of Juan Pérez Sánchez
 *   and María López García). Siblings share both.
 * - Plausible age gaps: a parent 13 to 60 years older; siblings at most 25 years apart.
 * - Shared origin (a nationality in common) and the same registered household.
 * - The names the seeker gives for the relative are compared with the person-name comparisons of
 *   the duplicate model (given by the caller as `declared`).
 */
import { parseName } from './engine/names.ts';

export const RELATIONSHIPS = ['parent', 'child', 'sibling', 'spouse', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export interface TracingPerson {
  givenNames: string;
  familyName1: string | null;
  familyName2: string | null;
  sex: string | null;
  birthDate: string | null;
  nationalities: string[];
  householdId: string | null;
}

export interface DeclaredParents {
  fatherFamilyName1?: string;
  motherFamilyName1?: string;
}

export interface TracingTerm {
  factor: string;
  label: string;
  weight: number;
}

export interface TracingScore {
  score: number;
  probability: number;
  terms: TracingTerm[];
}

/** Prior odds of a relative among the consenting people searched, in bits (set by hand). */
export const TRACING_PRIOR = -8;

function families(p: TracingPerson): { f1: string; f2: string } {
  const n = parseName(p.givenNames, p.familyName1 ?? '', p.familyName2 ?? '');
  return { f1: n.family1, f2: n.family2 };
}

function birthYear(p: TracingPerson): number | null {
  const m = /^(\d{4})/.exec(p.birthDate ?? '');
  return m ? Number(m[1]) : null;
}

function inheritance(relationship: Relationship, seeker: TracingPerson, candidate: TracingPerson): TracingTerm | undefined {
  const s = families(seeker);
  const c = families(candidate);
  // The child and the parent of the hypothesis.
  const [child, parent, parentSex] = relationship === 'parent' ? [s, c, candidate.sex] : relationship === 'child' ? [c, s, seeker.sex] : [null, null, null];
  if (child && parent) {
    if (!parent.f1 || !child.f1) return { factor: 'family_names', label: 'unknown', weight: 0 };
    const fatherLine = child.f1 === parent.f1;
    const motherLine = child.f2 !== '' && child.f2 === parent.f1;
    if ((fatherLine && parentSex !== 'female') || (motherLine && parentSex !== 'male')) return { factor: 'family_names', label: 'passed_to_child', weight: 5 };
    if (fatherLine || motherLine) return { factor: 'family_names', label: 'passed_other_line', weight: 2 };
    return { factor: 'family_names', label: 'not_passed', weight: -3 };
  }
  if (relationship === 'sibling') {
    if (!s.f1 || !c.f1) return { factor: 'family_names', label: 'unknown', weight: 0 };
    if (s.f1 === c.f1 && s.f2 !== '' && s.f2 === c.f2) return { factor: 'family_names', label: 'both_shared', weight: 6 };
    if (s.f1 === c.f1 || (s.f2 !== '' && s.f2 === c.f2)) return { factor: 'family_names', label: 'one_shared', weight: 2 };
    return { factor: 'family_names', label: 'none_shared', weight: -4 };
  }
  return undefined;
}

function ageGap(relationship: Relationship, seeker: TracingPerson, candidate: TracingPerson): TracingTerm {
  const ys = birthYear(seeker);
  const yc = birthYear(candidate);
  if (ys === null || yc === null) return { factor: 'age_gap', label: 'unknown', weight: 0 };
  const older = relationship === 'parent' ? ys - yc : relationship === 'child' ? yc - ys : Math.abs(ys - yc);
  if (relationship === 'parent' || relationship === 'child') {
    return older >= 13 && older <= 60 ? { factor: 'age_gap', label: 'plausible', weight: 2 } : { factor: 'age_gap', label: 'implausible', weight: -6 };
  }
  if (relationship === 'sibling') return older <= 25 ? { factor: 'age_gap', label: 'plausible', weight: 1 } : { factor: 'age_gap', label: 'implausible', weight: -5 };
  if (relationship === 'spouse') return older <= 20 ? { factor: 'age_gap', label: 'plausible', weight: 0.5 } : { factor: 'age_gap', label: 'implausible', weight: -2 };
  return { factor: 'age_gap', label: 'unknown', weight: 0 };
}

function declaredParents(declared: DeclaredParents, candidate: TracingPerson): TracingTerm[] {
  const c = families(candidate);
  const out: TracingTerm[] = [];
  const fold = (v: string) => parseName('', v).family1;
  if (declared.fatherFamilyName1) out.push(c.f1 === fold(declared.fatherFamilyName1) ? { factor: 'father_name', label: 'agrees', weight: 3 } : { factor: 'father_name', label: 'differs', weight: -1 });
  if (declared.motherFamilyName1 && c.f2) out.push(c.f2 === fold(declared.motherFamilyName1) ? { factor: 'mother_name', label: 'agrees', weight: 3 } : { factor: 'mother_name', label: 'differs', weight: -1 });
  return out;
}

/**
 * Score one candidate as the relative sought.
 * @example scoreRelative('child', mother, { fatherFamilyName1: 'Pérez' }, candidate, [{ factor: 'declared_given_names', label: 'exact', weight: 6.5 }])
 */
export function scoreRelative(
  relationship: Relationship,
  seeker: TracingPerson,
  parents: DeclaredParents,
  candidate: TracingPerson,
  declared: TracingTerm[],
): TracingScore {
  const terms: TracingTerm[] = [{ factor: 'prior', label: 'prior', weight: TRACING_PRIOR }, ...declared];
  const inherited = inheritance(relationship, seeker, candidate);
  if (inherited) terms.push(inherited);
  terms.push(ageGap(relationship, seeker, candidate));
  terms.push(...declaredParents(parents, candidate));
  const shared = seeker.nationalities.some((n) => candidate.nationalities.includes(n));
  if (seeker.nationalities.length > 0 && candidate.nationalities.length > 0) {
    terms.push(shared ? { factor: 'origin', label: 'shared', weight: 1 } : { factor: 'origin', label: 'different', weight: -1 });
  }
  if (seeker.householdId && seeker.householdId === candidate.householdId) terms.push({ factor: 'household', label: 'same', weight: 3 });
  const score = terms.reduce((s, t) => s + t.weight, 0);
  return { score, probability: 1 / (1 + Math.pow(2, -score)), terms };
}
