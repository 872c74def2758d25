/**
 * Checks a household as a whole, beyond each field: one principal, regions that belong to
 * their country, parents older than their children, passport MRZ that reads and matches.
 * Returns every problem at once, each as a translated field error.
 */
import { fieldError, type FieldError, type Locale } from '../platform/i18n.ts';
import { isSubdivisionOf } from '../platform/iso3166.ts';
import { firstDay, lastDay } from '../pathways/engine/partial-date.ts';
import { parseMrz } from './mrz.ts';
import { foldDocumentNumber } from './names.ts';
import type { IdentityDocumentInput, NewHousehold, PersonInput } from './registry.schemas.ts';

/** Relationships that make the member younger, or older, than the principal. */
const YOUNGER = new Set(['child', 'stepchild', 'adopted_child', 'grandchild']);
const OLDER = new Set(['parent', 'grandparent']);

export function checkDocuments(documents: IdentityDocumentInput[], path: string, locale: Locale): FieldError[] {
  const errors: FieldError[] = [];
  documents.forEach((doc, j) => {
    if (!doc.mrz) return;
    const parsed = parseMrz(doc.mrz);
    if (!parsed.ok) {
      errors.push(fieldError(`${path}.documents.${j}.mrz`, 'validation.mrz', { problem: parsed.problem }, locale));
    } else if (foldDocumentNumber(parsed.value.documentNumber) !== foldDocumentNumber(doc.number)) {
      errors.push(fieldError(`${path}.documents.${j}.mrz`, 'validation.mrzMismatch', {}, locale));
    }
  });
  return errors;
}

export function checkPlace(p: Pick<PersonInput, 'currentCountry' | 'currentSubdivision'>, path: string, locale: Locale): FieldError[] {
  if (p.currentSubdivision && (!p.currentCountry || !isSubdivisionOf(p.currentSubdivision, p.currentCountry))) {
    return [fieldError(`${path}.currentSubdivision`, 'validation.subdivisionCountry', {}, locale)];
  }
  return [];
}

export function checkHousehold(input: NewHousehold, locale: Locale): FieldError[] {
  const errors: FieldError[] = [];
  const [principal] = input.members;
  input.members.forEach((m, i) => {
    const path = `body.members.${i}`;
    if ((i === 0) !== (m.relationshipToPrincipal === 'self')) {
      errors.push(fieldError(`${path}.relationshipToPrincipal`, 'validation.onePrincipal', {}, locale));
    }
    errors.push(...checkPlace(m, path, locale), ...checkDocuments(m.documents, path, locale));
    if (i > 0 && m.birthDate && principal.birthDate) {
      // Partial dates are ranges: only a birth that is surely on the wrong side is refused.
      if (YOUNGER.has(m.relationshipToPrincipal) && lastDay(m.birthDate) < firstDay(principal.birthDate)) {
        errors.push(fieldError(`${path}.birthDate`, 'validation.childOlderThanParent', {}, locale));
      }
      if (OLDER.has(m.relationshipToPrincipal) && firstDay(m.birthDate) > lastDay(principal.birthDate)) {
        errors.push(fieldError(`${path}.birthDate`, 'validation.parentYoungerThanChild', {}, locale));
      }
    }
    m.relatives.forEach((r, k) => {
      if (!r.birthDate || !m.birthDate) return;
      if (r.relationship === 'child' && lastDay(r.birthDate) < firstDay(m.birthDate)) {
        errors.push(fieldError(`${path}.relatives.${k}.birthDate`, 'validation.childOlderThanParent', {}, locale));
      }
      if (OLDER.has(r.relationship) && firstDay(r.birthDate) > lastDay(m.birthDate)) {
        errors.push(fieldError(`${path}.relatives.${k}.birthDate`, 'validation.parentYoungerThanChild', {}, locale));
      }
    });
  });
  input.consents.forEach((c, i) => {
    if (c.purpose === 'sharing' && !c.recipientMemberState && !c.recipientAgencyId) {
      errors.push(fieldError(`body.consents.${i}`, 'validation.recipientRequired', {}, locale));
    }
  });
  return errors;
}
