import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { CountryOptions } from './country-options.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { collectProblems, describedBy, type FieldErrors, type Problem } from './field-errors.ts';
import { SEXES } from './member-fields.tsx';
import { checkDateParts, fromDateParts, PartialDateField, toDateParts, type DateParts } from './partial-date-field.tsx';
import { fullName } from './person-facts.tsx';
import { fieldProblemsOf, updatePerson, type Person, type PersonChanges } from './registry-api.ts';
import { STATUSES } from './statuses.ts';

type Draft = {
  givenNames: string;
  familyName1: string;
  familyName2: string;
  sex: string;
  birth: DateParts;
  nationality1: string;
  nationality2: string;
  phone: string;
  email: string;
  currentCountry: string;
  status: string;
  arrival: DateParts;
};

function toDraft(person: Person): Draft {
  return {
    givenNames: person.givenNames,
    familyName1: person.familyName1 ?? '',
    familyName2: person.familyName2 ?? '',
    sex: person.sex ?? '',
    birth: toDateParts(person.birthDate),
    nationality1: person.nationalities[0] ?? '',
    nationality2: person.nationalities[1] ?? '',
    phone: person.phone ?? '',
    email: person.email ?? '',
    currentCountry: person.currentCountry ?? '',
    status: person.status ?? '',
    arrival: toDateParts(person.arrivalDate),
  };
}

/** Only what differs from the person as loaded; an emptied field is sent as null, which clears it. */
function changesOf(person: Person, draft: Draft): PersonChanges {
  const changes: Record<string, unknown> = {};
  const text = (field: 'familyName1' | 'familyName2' | 'phone' | 'email' | 'currentCountry' | 'status' | 'sex', value: string) => {
    const next = value.trim() === '' ? null : value.trim();
    if (next !== person[field]) changes[field] = next;
  };
  if (draft.givenNames.trim() !== person.givenNames) changes.givenNames = draft.givenNames.trim();
  text('familyName1', draft.familyName1);
  text('familyName2', draft.familyName2);
  text('sex', draft.sex);
  text('phone', draft.phone);
  text('email', draft.email);
  text('currentCountry', draft.currentCountry);
  text('status', draft.status);
  const birthDate = fromDateParts(draft.birth) ?? null;
  if (birthDate !== person.birthDate) changes.birthDate = birthDate;
  const arrivalDate = fromDateParts(draft.arrival) ?? null;
  if (arrivalDate !== person.arrivalDate) changes.arrivalDate = arrivalDate;
  const nationalities = [draft.nationality1, draft.nationality2].filter(Boolean);
  if (nationalities.join() !== person.nationalities.join()) changes.nationalities = nationalities;
  return changes as PersonChanges;
}

type PersonEditorProps = {
  person: Person;
  /** Unique on the page: the editor's controls take their ids from it. */
  idPrefix: string;
  /** Loads the household again; after a conflict the form restarts from what it gives. */
  onReload: () => Promise<void>;
  onClose: (saved: boolean) => void;
};

/**
 * Changes a person's details. Each save names the version it was made on; when someone else saved in
 * between, the server answers 409, and the editor reloads the latest details and says so.
 */
export function PersonEditor({ person, idPrefix, onReload, onClose }: PersonEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(person));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);
  const id = (field: string) => `${idPrefix}-${field}`;

  useEffect(() => {
    // A reload after a conflict brings a new version: start again from it.
    setDraft(toDraft(person));
  }, [person]);

  useEffect(() => {
    if (conflict) notice.current?.focus();
  }, [conflict]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setFailure(undefined);
    setConflict(false);
    const local: FieldErrors = {};
    const birthProblem = checkDateParts(draft.birth);
    if (birthProblem) local[id('birthDate')] = t(birthProblem);
    const arrivalProblem = checkDateParts(draft.arrival);
    if (arrivalProblem) local[id('arrivalDate')] = t(arrivalProblem);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setProblems(Object.entries(local).map(([fieldId, message]) => ({ fieldId, message })));
      return;
    }
    const changes = changesOf(person, draft);
    if (Object.keys(changes).length === 0) {
      onClose(false);
      return;
    }
    setSaving(true);
    try {
      await updatePerson(person.id, person.version, changes);
      setSaving(false);
      onClose(true);
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError && error.code === 'PERSON_VERSION_CONFLICT') {
        setErrors({});
        setProblems([]);
        await onReload();
        setConflict(true);
        return;
      }
      const fields = error instanceof ApiError ? fieldProblemsOf(error.details) : [];
      if (fields.length > 0) {
        const collected = collectProblems(fields, (path) => {
          const [, , field, index] = path.split('.');
          if (field === 'nationalities') return id(`nationalities${Math.min(Number(index ?? 0), 1)}`);
          return field ? id(field) : undefined;
        });
        setErrors(collected.errors);
        setProblems(collected.summary);
      } else {
        setFailure(error);
      }
    }
  }

  const errorOf = (field: string) =>
    errors[id(field)] ? (
      <p className="field-error" id={`${id(field)}-error`}>
        {errors[id(field)]}
      </p>
    ) : null;

  function textInput(field: 'givenNames' | 'familyName1' | 'familyName2' | 'phone' | 'email', label: string, type = 'text') {
    return (
      <div className="field">
        <label htmlFor={id(field)}>{label}</label>
        {errorOf(field)}
        <input
          id={id(field)}
          type={type}
          autoComplete="off"
          value={draft[field]}
          aria-invalid={errors[id(field)] ? true : undefined}
          aria-describedby={describedBy(errors, id(field))}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        />
      </div>
    );
  }

  function select(field: 'sex' | 'nationality1' | 'nationality2' | 'currentCountry' | 'status', fieldId: string, label: string, options: ReactNode) {
    return (
      <div className="field">
        <label htmlFor={id(fieldId)}>{label}</label>
        {errorOf(fieldId)}
        <select
          id={id(fieldId)}
          value={draft[field]}
          aria-invalid={errors[id(fieldId)] ? true : undefined}
          aria-describedby={describedBy(errors, id(fieldId))}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        >
          {options}
        </select>
      </div>
    );
  }

  const countries = <CountryOptions emptyLabel={t('registry.form.chooseCountry')} />;

  return (
    <form className="stack editor" noValidate onSubmit={handleSubmit} aria-busy={saving} aria-label={t('registry.household.edit', { name: fullName(person) })}>
      {conflict && (
        <p className="alert alert-info" role="alert" tabIndex={-1} ref={notice}>
          {t('registry.editor.conflict')}
        </p>
      )}
      <ErrorSummary problems={problems} />
      {failure !== undefined && <ErrorMessage error={failure} />}
      {textInput('givenNames', t('registry.form.givenNames'))}
      {textInput('familyName1', t('registry.form.familyName1'))}
      {textInput('familyName2', t('registry.form.familyName2'))}
      {select(
        'sex',
        'sex',
        t('registry.form.sex'),
        <>
          <option value="">{t('registry.form.notSaid')}</option>
          {SEXES.map((sex) => (
            <option key={sex} value={sex}>
              {t(`registry.sexes.${sex}`)}
            </option>
          ))}
        </>,
      )}
      <PartialDateField
        id={id('birthDate')}
        legend={t('registry.form.birthDate')}
        hint={t('registry.form.birthDateHint')}
        value={draft.birth}
        errors={errors}
        onChange={(birth) => setDraft({ ...draft, birth })}
      />
      {select('nationality1', 'nationalities0', t('registry.form.nationality'), countries)}
      {select('nationality2', 'nationalities1', t('registry.form.secondNationality'), countries)}
      {textInput('phone', t('registry.form.phoneOptional'), 'tel')}
      {textInput('email', t('registry.form.email'), 'email')}
      {select('currentCountry', 'currentCountry', t('registry.form.currentCountry'), countries)}
      {select(
        'status',
        'status',
        t('registry.form.status'),
        <>
          <option value="">{t('registry.form.notSaid')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`registry.statuses.${status}`)}
            </option>
          ))}
        </>,
      )}
      <PartialDateField
        id={id('arrivalDate')}
        legend={t('registry.form.arrivalDate')}
        value={draft.arrival}
        errors={errors}
        onChange={(arrival) => setDraft({ ...draft, arrival })}
      />
      <div className="actions">
        <button type="submit" className="button button-primary">
          {saving ? t('registry.editor.saving') : t('registry.editor.save')}
        </button>
        <button type="button" className="button" onClick={() => onClose(false)}>
          {t('registry.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
