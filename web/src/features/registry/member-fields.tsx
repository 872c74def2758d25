import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType, RelationshipToPrincipal } from '../../../../src/registry/registry.schemas.ts';
import { CountryOptions } from './country-options.tsx';
import { describedBy, type FieldErrors } from './field-errors.ts';
import { PartialDateField, type DateParts } from './partial-date-field.tsx';
import type { z } from 'zod';
import { focusWhenDrawn } from '../../components/focus.ts';

export const RELATIONSHIPS = [
  'spouse',
  'partner',
  'child',
  'stepchild',
  'adopted_child',
  'grandchild',
  'parent',
  'grandparent',
  'sibling',
] as const satisfies readonly z.infer<typeof RelationshipToPrincipal>[];

export const DOCUMENT_TYPES = [
  'passport',
  'national_id',
  'birth_certificate',
  'refugee_id',
  'residence_permit',
  'other',
] as const satisfies readonly z.infer<typeof DocumentType>[];

export const SEXES = ['female', 'male', 'other'] as const;

/** One household member as typed into the form, before it becomes a request body. */
export type MemberDraft = {
  /** Stable across additions and removals, for React; the position gives the server's path. */
  key: number;
  givenNames: string;
  familyName1: string;
  familyName2: string;
  sex: '' | (typeof SEXES)[number];
  birth: DateParts;
  relationship: '' | (typeof RELATIONSHIPS)[number];
  nationality1: string;
  nationality2: string;
  phone: string;
  email: string;
  documentType: '' | (typeof DOCUMENT_TYPES)[number];
  documentNumber: string;
  documentCountry: string;
  mrz: string;
};

/** The id of a member's control: `hf-m2-birthDate` is the third member's date of birth. */
export function memberFieldId(index: number, field: string): string {
  return `hf-m${index}-${field}`;
}

type MemberFieldsProps = {
  index: number;
  member: MemberDraft;
  inPerson: boolean;
  errors: FieldErrors;
  onChange: (member: MemberDraft) => void;
  onRemove?: () => void;
};

/** A fieldset per member, its legend naming who it is, so a screen reader says which member a field is for. */
export function MemberFields({ index, member, inPerson, errors, onChange, onRemove }: MemberFieldsProps) {
  const { t } = useTranslation();
  const principal = index === 0;
  // A second nationality is rare: its picker of some 250 countries appears only when asked for.
  const [showSecondNationality, setShowSecondNationality] = useState(member.nationality2 !== '');
  const secondNationality = useRef<HTMLSelectElement>(null);
  const id = (field: string) => memberFieldId(index, field);

  function addSecondNationality() {
    setShowSecondNationality(true);
    // The picker replaces the button that was pressed, so the focus moves to it once it is drawn.
    focusWhenDrawn(() => secondNationality.current);
  }
  const set = <K extends keyof MemberDraft>(field: K, value: MemberDraft[K]) => onChange({ ...member, [field]: value });

  function errorOf(field: string) {
    const message = errors[id(field)];
    return message ? (
      <p className="field-error" id={`${id(field)}-error`}>
        {message}
      </p>
    ) : null;
  }

  function textField(field: 'givenNames' | 'familyName1' | 'familyName2' | 'phone' | 'email', label: string, options: { hint?: string; type?: string; autoComplete?: string } = {}) {
    const hintId = options.hint ? `${id(field)}-hint` : undefined;
    return (
      <div className="field">
        <label htmlFor={id(field)}>{label}</label>
        {options.hint && (
          <p className="hint" id={hintId}>
            {options.hint}
          </p>
        )}
        {errorOf(field)}
        <input
          id={id(field)}
          type={options.type ?? 'text'}
          autoComplete={principal ? options.autoComplete : 'off'}
          value={member[field]}
          aria-invalid={errors[id(field)] ? true : undefined}
          aria-describedby={describedBy(errors, id(field), hintId)}
          onChange={(event) => set(field, event.target.value)}
        />
      </div>
    );
  }

  const legend = principal
    ? t(inPerson ? 'registry.form.principalLegendInPerson' : 'registry.form.principalLegend')
    : t('registry.form.memberLegend', { number: index + 1 });

  return (
    <fieldset className="member">
      <legend>{legend}</legend>
      {textField('givenNames', t('registry.form.givenNames'), { hint: principal ? t('registry.form.namesHint') : undefined, autoComplete: 'given-name' })}
      {textField('familyName1', t('registry.form.familyName1'), { autoComplete: 'family-name' })}
      {textField('familyName2', t('registry.form.familyName2'))}
      {!principal && (
        <div className="field">
          <label htmlFor={id('relationshipToPrincipal')}>
            {t(inPerson ? 'registry.form.relationshipInPerson' : 'registry.form.relationship')}
          </label>
          {errorOf('relationshipToPrincipal')}
          <select
            id={id('relationshipToPrincipal')}
            value={member.relationship}
            aria-invalid={errors[id('relationshipToPrincipal')] ? true : undefined}
            aria-describedby={describedBy(errors, id('relationshipToPrincipal'))}
            onChange={(event) => set('relationship', event.target.value as MemberDraft['relationship'])}
          >
            <option value="">{t('registry.form.chooseRelationship')}</option>
            {RELATIONSHIPS.map((relationship) => (
              <option key={relationship} value={relationship}>
                {t(`registry.relationships.${relationship}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <PartialDateField
        id={id('birthDate')}
        legend={t('registry.form.birthDate')}
        hint={t('registry.form.birthDateHint')}
        value={member.birth}
        errors={errors}
        onChange={(birth) => set('birth', birth)}
      />
      <div className="field">
        <label htmlFor={id('sex')}>{t('registry.form.sex')}</label>
        {errorOf('sex')}
        <select
          id={id('sex')}
          value={member.sex}
          aria-invalid={errors[id('sex')] ? true : undefined}
          aria-describedby={describedBy(errors, id('sex'))}
          onChange={(event) => set('sex', event.target.value as MemberDraft['sex'])}
        >
          <option value="">{t('registry.form.notSaid')}</option>
          {SEXES.map((sex) => (
            <option key={sex} value={sex}>
              {t(`registry.sexes.${sex}`)}
            </option>
          ))}
        </select>
      </div>
      {(['nationality1', 'nationality2'] as const).map((field, position) => {
        const fieldId = id(`nationalities${position}`);
        if (position === 1 && !showSecondNationality) {
          return (
            <button type="button" className="button" key={field} onClick={addSecondNationality}>
              {t('registry.form.addNationality')}
            </button>
          );
        }
        return (
          <div className="field" key={field}>
            <label htmlFor={fieldId}>{t(position === 0 ? 'registry.form.nationality' : 'registry.form.secondNationality')}</label>
            {errorOf(`nationalities${position}`)}
            <select
              id={fieldId}
              ref={position === 1 ? secondNationality : undefined}
              value={member[field]}
              aria-invalid={errors[fieldId] ? true : undefined}
              aria-describedby={describedBy(errors, fieldId)}
              onChange={(event) => set(field, event.target.value)}
            >
              <CountryOptions emptyLabel={t('registry.form.chooseCountry')} />
            </select>
          </div>
        );
      })}
      {principal &&
        textField('phone', t(inPerson ? 'registry.form.phoneOptional' : 'registry.form.phone'), {
          hint: t('registry.form.phoneHint'),
          type: 'tel',
          autoComplete: 'tel',
        })}
      {principal && inPerson && textField('email', t('registry.form.email'), { type: 'email', autoComplete: 'email' })}
      <DocumentFields index={index} member={member} errors={errors} onChange={onChange} />
      {onRemove && (
        <button type="button" className="button" onClick={onRemove}>
          {t('registry.form.removeMember', { number: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}

function DocumentFields({ index, member, errors, onChange }: Omit<MemberFieldsProps, 'inPerson'>) {
  const { t } = useTranslation();
  const id = (field: string) => memberFieldId(index, `document-${field}`);
  const invalid = (field: string) => (errors[id(field)] ? true : undefined);
  const errorOf = (field: string) =>
    errors[id(field)] ? (
      <p className="field-error" id={`${id(field)}-error`}>
        {errors[id(field)]}
      </p>
    ) : null;

  return (
    <fieldset>
      <legend>{t('registry.form.documentLegend')}</legend>
      <div className="field">
        <label htmlFor={id('type')}>{t('registry.form.documentType')}</label>
        {errorOf('type')}
        <select
          id={id('type')}
          value={member.documentType}
          aria-invalid={invalid('type')}
          aria-describedby={describedBy(errors, id('type'))}
          onChange={(event) => onChange({ ...member, documentType: event.target.value as MemberDraft['documentType'] })}
        >
          <option value="">{t('registry.form.noDocument')}</option>
          {DOCUMENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`registry.documentTypes.${type}`)}
            </option>
          ))}
        </select>
      </div>
      {member.documentType && (
        <>
          <div className="field">
            <label htmlFor={id('number')}>{t('registry.form.documentNumber')}</label>
            {errorOf('number')}
            <input
              id={id('number')}
              autoComplete="off"
              spellCheck={false}
              value={member.documentNumber}
              aria-invalid={invalid('number')}
              aria-describedby={describedBy(errors, id('number'))}
              onChange={(event) => onChange({ ...member, documentNumber: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={id('issuingCountry')}>{t('registry.form.documentCountry')}</label>
            {errorOf('issuingCountry')}
            <select
              id={id('issuingCountry')}
              value={member.documentCountry}
              aria-invalid={invalid('issuingCountry')}
              aria-describedby={describedBy(errors, id('issuingCountry'))}
              onChange={(event) => onChange({ ...member, documentCountry: event.target.value })}
            >
              <CountryOptions emptyLabel={t('registry.form.chooseCountry')} />
            </select>
          </div>
          {member.documentType === 'passport' && (
            <div className="field">
              <label htmlFor={id('mrz')}>{t('registry.form.mrz')}</label>
              <p className="hint" id={`${id('mrz')}-hint`}>
                {t('registry.form.mrzHint')}
              </p>
              {errorOf('mrz')}
              <textarea
                id={id('mrz')}
                rows={2}
                spellCheck={false}
                autoComplete="off"
                className="mrz"
                value={member.mrz}
                aria-invalid={invalid('mrz')}
                aria-describedby={describedBy(errors, id('mrz'), `${id('mrz')}-hint`)}
                onChange={(event) => onChange({ ...member, mrz: event.target.value })}
              />
            </div>
          )}
        </>
      )}
    </fieldset>
  );
}
