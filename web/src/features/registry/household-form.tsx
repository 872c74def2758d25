import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, listMemberStates, type MemberState } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useFormat } from '../../i18n/format.ts';
import { CountryOptions } from './country-options.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { collectProblems, describedBy, type FieldErrors, type Problem } from './field-errors.ts';
import { memberFieldId, MemberFields, type MemberDraft } from './member-fields.tsx';
import { checkDateParts, EMPTY_DATE, fromDateParts, PartialDateField, type DateParts } from './partial-date-field.tsx';
import {
  fieldProblemsOf,
  newIdempotencyKey,
  type ConsentPurpose,
  type NewHouseholdBody,
  type SelfRegistrationBody,
} from './registry-api.ts';
import { STATUSES } from './statuses.ts';

export const PURPOSES = ['screening', 'contact', 'sharing', 'tracing', 'referral'] as const satisfies readonly ConsentPurpose[];

type Place = { country: string; status: string; arrival: DateParts };

let nextMemberKey = 0;

function newMember(): MemberDraft {
  nextMemberKey += 1;
  return {
    key: nextMemberKey,
    givenNames: '',
    familyName1: '',
    familyName2: '',
    sex: '',
    birth: EMPTY_DATE,
    relationship: '',
    nationality1: '',
    nationality2: '',
    phone: '',
    email: '',
    documentType: '',
    documentNumber: '',
    documentCountry: '',
    mrz: '',
  };
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function toPersonBody(member: MemberDraft, index: number, place: Place) {
  const nationalities = [member.nationality1, member.nationality2].filter(Boolean);
  return {
    givenNames: member.givenNames.trim(),
    familyName1: optional(member.familyName1),
    familyName2: optional(member.familyName2),
    sex: member.sex || undefined,
    birthDate: fromDateParts(member.birth),
    nationalities: nationalities.length > 0 ? nationalities : undefined,
    phone: index === 0 ? optional(member.phone) : undefined,
    email: index === 0 ? optional(member.email) : undefined,
    relationshipToPrincipal: index === 0 ? ('self' as const) : member.relationship || undefined,
    // Where the household is now is asked once and holds for every member.
    currentCountry: place.country || undefined,
    status: (place.status || undefined) as NewHouseholdBody['members'][number]['status'],
    arrivalDate: fromDateParts(place.arrival),
    documents: member.documentType
      ? [
          {
            type: member.documentType,
            number: member.documentNumber.trim(),
            issuingCountry: member.documentCountry,
            mrz: member.documentType === 'passport' ? optional(member.mrz) : undefined,
          },
        ]
      : undefined,
  };
}

const PLACE_FIELDS: Record<string, string> = {
  currentCountry: 'hf-place-country',
  currentSubdivision: 'hf-place-country',
  status: 'hf-place-status',
  arrivalDate: 'hf-place-arrival',
};

/** The control of a server path such as `body.members.2.birthDate`, `body.consents.1` or `body.account.password`. */
function fieldIdOf(path: string, consentPurposes: ConsentPurpose[]): string | undefined {
  const parts = path.split('.');
  if (parts[0] !== 'body') return undefined;
  if (parts[1] === 'members' && parts[2] !== undefined) {
    const index = Number(parts[2]);
    const field = parts[3];
    if (!field) return memberFieldId(index, 'givenNames');
    if (PLACE_FIELDS[field]) return PLACE_FIELDS[field];
    if (field === 'nationalities') return memberFieldId(index, `nationalities${Math.min(Number(parts[4] ?? 0), 1)}`);
    if (field === 'documents') return memberFieldId(index, `document-${parts[5] ?? 'type'}`);
    return memberFieldId(index, field);
  }
  if (parts[1] === 'consents') {
    const purpose = consentPurposes[Number(parts[2])];
    return purpose === 'sharing' ? 'hf-consent-sharing-country' : purpose && `hf-consent-${purpose}`;
  }
  if (parts[1] === 'account') return `hf-account-${parts[2] ?? 'password'}`;
  if (parts[1] === 'memberState') return 'hf-place-country';
  return undefined;
}

type HouseholdFormProps = { submitLabel: string } & (
  | {
      /** In person: a caseworker fills the form for someone. */
      inPerson: true;
      /** Sends the body with its idempotency key; throws an ApiError when the server refuses it. */
      onSubmit: (body: NewHouseholdBody, idempotencyKey: string) => Promise<void>;
    }
  | {
      /** The applicant registers themself and opens an account. */
      inPerson: false;
      onSubmit: (body: SelfRegistrationBody, idempotencyKey: string) => Promise<void>;
    }
);

/** The household registration form, for the applicant themself or for a caseworker in person. */
export function HouseholdForm(props: HouseholdFormProps) {
  const { inPerson, submitLabel } = props;
  const { t } = useTranslation();
  const { locale, regionName } = useFormat();
  const [members, setMembers] = useState<MemberDraft[]>(() => [newMember()]);
  const [place, setPlace] = useState<Place>({ country: '', status: '', arrival: EMPTY_DATE });
  const [consents, setConsents] = useState<Record<ConsentPurpose, boolean>>({
    screening: false,
    contact: false,
    sharing: false,
    tracing: false,
    referral: false,
  });
  const [sharingCountry, setSharingCountry] = useState('');
  const [password, setPassword] = useState('');
  const [accountEmail, setAccountEmail] = useState('');
  const [memberStates, setMemberStates] = useState<MemberState[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [announcement, setAnnouncement] = useState('');
  const [submitting, setSubmitting] = useState(false);
  // A retry of the same body reuses its key, so a registration that reached the server is not made twice.
  const lastAttempt = useRef<{ body: string; key: string } | undefined>(undefined);
  const focusAfterChange = useRef<string | undefined>(undefined);

  useEffect(() => {
    listMemberStates().then(setMemberStates, () => setMemberStates([]));
  }, []);

  useEffect(() => {
    if (!focusAfterChange.current) return;
    document.getElementById(focusAfterChange.current)?.focus();
    focusAfterChange.current = undefined;
  }, [members]);

  function updateMember(index: number, member: MemberDraft) {
    setMembers(members.map((current, position) => (position === index ? member : current)));
  }

  function addMember() {
    const number = members.length + 1;
    focusAfterChange.current = memberFieldId(members.length, 'givenNames');
    setMembers([...members, newMember()]);
    setAnnouncement(t('registry.form.memberAdded', { number }));
  }

  function removeMember(index: number) {
    focusAfterChange.current = 'hf-add-member';
    setMembers(members.filter((_, position) => position !== index));
    setErrors({});
    setProblems([]);
    setAnnouncement(t('registry.form.memberRemoved'));
  }

  /** Mistakes the server cannot name well, caught before sending. */
  function checkLocally(): FieldErrors {
    const local: FieldErrors = {};
    members.forEach((member, index) => {
      const dateProblem = checkDateParts(member.birth);
      if (dateProblem) local[memberFieldId(index, 'birthDate')] = t(dateProblem);
      if (index > 0 && !member.relationship) local[memberFieldId(index, 'relationshipToPrincipal')] = t('registry.form.relationshipRequired');
    });
    const arrivalProblem = checkDateParts(place.arrival);
    if (arrivalProblem) local['hf-place-arrival'] = t(arrivalProblem);
    if (consents.sharing && !sharingCountry) local['hf-consent-sharing-country'] = t('registry.form.shareWithRequired');
    return local;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(undefined);
    const local = checkLocally();
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setProblems(Object.entries(local).map(([fieldId, message]) => ({ fieldId, message })));
      return;
    }
    const purposes = PURPOSES.filter((purpose) => consents[purpose]);
    const household: NewHouseholdBody = {
      members: members.map((member, index) => toPersonBody(member, index, place)),
      consents: purposes.map((purpose) =>
        purpose === 'sharing' ? { purpose, recipientMemberState: sharingCountry } : { purpose },
      ),
    };
    const account = { password, email: optional(accountEmail), locale };
    const serialized = JSON.stringify(props.inPerson ? household : { ...household, account });
    const key = lastAttempt.current?.body === serialized ? lastAttempt.current.key : newIdempotencyKey();
    lastAttempt.current = { body: serialized, key };
    setSubmitting(true);
    try {
      if (props.inPerson) await props.onSubmit(household, key);
      else await props.onSubmit({ ...household, account }, key);
    } catch (error) {
      const fields = error instanceof ApiError ? fieldProblemsOf(error.details) : [];
      if (fields.length > 0) {
        const collected = collectProblems(fields, (path) => fieldIdOf(path, purposes));
        setErrors(collected.errors);
        setProblems(collected.summary);
      } else {
        setErrors({});
        setProblems([]);
        setFailure(error);
      }
    } finally {
      setSubmitting(false);
    }
  }

  const placeErrorOf = (id: string) =>
    errors[id] ? (
      <p className="field-error" id={`${id}-error`}>
        {errors[id]}
      </p>
    ) : null;

  return (
    <form className="stack household-form" noValidate onSubmit={handleSubmit} aria-busy={submitting}>
      <ErrorSummary problems={problems} />
      {failure !== undefined && <ErrorMessage error={failure} />}

      <section aria-labelledby="hf-members-title" className="stack">
        <h2 id="hf-members-title">{t('registry.form.membersTitle')}</h2>
        <p>{t(inPerson ? 'registry.form.membersIntroInPerson' : 'registry.form.membersIntro')}</p>
        {members.map((member, index) => (
          <MemberFields
            key={member.key}
            index={index}
            member={member}
            inPerson={inPerson}
            errors={errors}
            onChange={(changed) => updateMember(index, changed)}
            onRemove={index === 0 ? undefined : () => removeMember(index)}
          />
        ))}
        <button type="button" id="hf-add-member" className="button" onClick={addMember}>
          {t('registry.form.addMember')}
        </button>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      </section>

      <section aria-labelledby="hf-place-title" className="stack">
        <h2 id="hf-place-title">{t(inPerson ? 'registry.form.placeTitleInPerson' : 'registry.form.placeTitle')}</h2>
        <p>{t('registry.form.placeIntro')}</p>
        <div className="field">
          <label htmlFor="hf-place-country">{t('registry.form.currentCountry')}</label>
          {placeErrorOf('hf-place-country')}
          <select
            id="hf-place-country"
            value={place.country}
            aria-invalid={errors['hf-place-country'] ? true : undefined}
            aria-describedby={describedBy(errors, 'hf-place-country')}
            onChange={(event) => setPlace({ ...place, country: event.target.value })}
          >
            <CountryOptions emptyLabel={t('registry.form.chooseCountry')} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="hf-place-status">{t('registry.form.status')}</label>
          {placeErrorOf('hf-place-status')}
          <select
            id="hf-place-status"
            value={place.status}
            aria-invalid={errors['hf-place-status'] ? true : undefined}
            aria-describedby={describedBy(errors, 'hf-place-status')}
            onChange={(event) => setPlace({ ...place, status: event.target.value })}
          >
            <option value="">{t('registry.form.notSaid')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`registry.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <PartialDateField
          id="hf-place-arrival"
          legend={t('registry.form.arrivalDate')}
          value={place.arrival}
          errors={errors}
          onChange={(arrival) => setPlace({ ...place, arrival })}
        />
      </section>

      <section aria-labelledby="hf-consent-title" className="stack">
        <h2 id="hf-consent-title">{t(inPerson ? 'registry.form.consentTitleInPerson' : 'registry.form.consentTitle')}</h2>
        <p>{t('registry.form.consentIntro')}</p>
        <ul className="consent-list">
          {PURPOSES.map((purpose) => (
            <li key={purpose} className="consent-option">
              {errors[`hf-consent-${purpose}`] && (
                <p className="field-error" id={`hf-consent-${purpose}-error`}>
                  {errors[`hf-consent-${purpose}`]}
                </p>
              )}
              <input
                type="checkbox"
                id={`hf-consent-${purpose}`}
                checked={consents[purpose]}
                aria-describedby={[`hf-consent-${purpose}-help`, errors[`hf-consent-${purpose}`] ? `hf-consent-${purpose}-error` : '']
                  .filter(Boolean)
                  .join(' ')}
                onChange={(event) => setConsents({ ...consents, [purpose]: event.target.checked })}
              />
              <div>
                <label htmlFor={`hf-consent-${purpose}`}>{t(`registry.purposes.${purpose}.label`)}</label>
                <p className="hint" id={`hf-consent-${purpose}-help`}>
                  {t(`registry.purposes.${purpose}.help`)}
                </p>
                {purpose === 'sharing' && consents.sharing && (
                  <div className="field">
                    <label htmlFor="hf-consent-sharing-country">{t('registry.form.shareWith')}</label>
                    {placeErrorOf('hf-consent-sharing-country')}
                    <select
                      id="hf-consent-sharing-country"
                      value={sharingCountry}
                      aria-invalid={errors['hf-consent-sharing-country'] ? true : undefined}
                      aria-describedby={describedBy(errors, 'hf-consent-sharing-country')}
                      onChange={(event) => setSharingCountry(event.target.value)}
                    >
                      <option value="">{t('registry.form.chooseCountry')}</option>
                      {memberStates.map((state) => (
                        <option key={state.code} value={state.code}>
                          {regionName(state.code, state.name)}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>

      {!inPerson && (
        <section aria-labelledby="hf-account-title" className="stack">
          <h2 id="hf-account-title">{t('registry.selfRegister.accountTitle')}</h2>
          <p>{t('registry.selfRegister.accountIntro')}</p>
          <div className="field">
            <label htmlFor="hf-account-password">{t('registry.selfRegister.password')}</label>
            <p className="hint" id="hf-account-password-hint">
              {t('registry.selfRegister.passwordHint')}
            </p>
            {placeErrorOf('hf-account-password')}
            <input
              id="hf-account-password"
              type="password"
              autoComplete="new-password"
              value={password}
              aria-invalid={errors['hf-account-password'] ? true : undefined}
              aria-describedby={describedBy(errors, 'hf-account-password', 'hf-account-password-hint')}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="hf-account-email">{t('registry.selfRegister.email')}</label>
            {placeErrorOf('hf-account-email')}
            <input
              id="hf-account-email"
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              value={accountEmail}
              aria-invalid={errors['hf-account-email'] ? true : undefined}
              aria-describedby={describedBy(errors, 'hf-account-email')}
              onChange={(event) => setAccountEmail(event.target.value)}
            />
          </div>
        </section>
      )}

      <button type="submit" className="button button-primary">
        {submitting ? t('registry.form.submitting') : submitLabel}
      </button>
    </form>
  );
}
