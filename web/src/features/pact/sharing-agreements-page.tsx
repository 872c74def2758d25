import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { listMemberStates, type MemberState } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useUser } from '../auth/session.tsx';
import { useFormat } from '../../i18n/format.ts';
import {
  createSharingAgreements,
  endSharingAgreement,
  fieldMessagesOf,
  listSharingAgreements,
  SHARING_PURPOSES,
  type SharingAgreement,
  type SharingPurpose,
} from './sharing-agreements-api.ts';
import { focusWhenDrawn } from '../../components/focus.ts';

type Errors = Record<string, string>;

/** Today in the reader's calendar, as the value of a date field. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The server names a refused field by its path in the request; each maps to the control that holds it. */
const CREATE_FIELDS: Record<string, string> = {
  'body.memberStateA': 'agreement-a',
  'body.memberStateB': 'agreement-b',
  'body.purposes': `agreement-purpose-${SHARING_PURPOSES[0]}`,
  'body.reference': 'agreement-reference',
  'body.validFrom': 'agreement-from',
  'body.validTo': 'agreement-to',
};
const END_FIELDS: Record<string, string> = { 'body.endsOn': 'end-on', 'body.reason': 'end-reason' };

function errorsFrom(error: unknown, fields: Record<string, string>): Errors {
  const errors: Errors = {};
  for (const { path, message } of fieldMessagesOf(error)) {
    // body.purposes.1 belongs to the purposes' group, as body.purposes does.
    const key = Object.keys(fields).find((p) => path === p || path.startsWith(`${p}.`));
    if (key && !errors[fields[key]!]) errors[fields[key]!] = message;
  }
  return errors;
}

/** A labelled control with its hint and error, tied to it by aria-describedby. */
function Field({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors: Errors; children: (describedBy: string | undefined) => ReactNode }) {
  const ids = [hint ? `${id}-hint` : undefined, errors[id] ? `${id}-error` : undefined].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errors[id] && (
        <p className="field-error" id={`${id}-error`}>
          {errors[id]}
        </p>
      )}
      {children(ids.length > 0 ? ids.join(' ') : undefined)}
    </div>
  );
}

/** Pact administrators: the agreements under which two member states compare registrations; record and end them. */
export function SharingAgreementsPage() {
  const { t } = useTranslation();
  // Staff see the agreements their member state is party to; only pact administrators change them.
  const canManage = useUser().scopes.includes('pact:admin');
  const format = useFormat();
  const [states, setStates] = useState<MemberState[]>([]);
  const [agreements, setAgreements] = useState<SharingAgreement[]>();
  const [loadError, setLoadError] = useState<unknown>();
  const [ending, setEnding] = useState<string>();
  const [message, setMessage] = useState('');
  const headings = useRef(new Map<string, HTMLHeadingElement>());

  function reload() {
    return listSharingAgreements().then(setAgreements, setLoadError);
  }

  useEffect(() => {
    listMemberStates().then(setStates, setLoadError);
    void reload();
  }, []);

  const nameOf = (code: string) => format.regionName(code, states.find((s) => s.code === code)?.name ?? code);
  const collator = new Intl.Collator(format.locale);
  const sortedStates = [...states].sort((a, b) => collator.compare(nameOf(a.code), nameOf(b.code)));
  const pairOf = (a: SharingAgreement) => t('sharing.pair', { a: nameOf(a.memberStateA), b: nameOf(a.memberStateB) });

  function daysOf(a: SharingAgreement): string {
    if (a.validTo !== null && a.validTo < a.validFrom) return t('sharing.neverInForce');
    const from = format.calendarDate(a.validFrom);
    return a.validTo === null ? t('sharing.openEnded', { from }) : t('sharing.fromTo', { from, to: format.calendarDate(a.validTo) });
  }

  async function onEnded(agreement: SharingAgreement) {
    setEnding(undefined);
    setMessage(t('sharing.endForm.ended'));
    await reload();
    headings.current.get(agreement.id)?.focus();
  }

  return (
    <Page title={t('sharing.title')}>
      <p>{t('sharing.intro')}</p>
      {loadError !== undefined && <ErrorMessage error={loadError} />}
      <div role="status" className="status-line">
        {message}
      </div>

      <section aria-labelledby="agreements-title">
        <h2 id="agreements-title">{t('sharing.listTitle')}</h2>
        {agreements === undefined && loadError === undefined && <p>{t('app.loading')}</p>}
        {agreements?.length === 0 && <p>{t('sharing.none')}</p>}
        {agreements !== undefined && agreements.length > 0 && (
          <ul className="card-list">
            {agreements.map((a) => (
              <li key={a.id} className="card">
                <h3
                  id={`agreement-${a.id}`}
                  tabIndex={-1}
                  ref={(element) => {
                    if (element) headings.current.set(a.id, element);
                    else headings.current.delete(a.id);
                  }}
                >
                  {pairOf(a)}
                </h3>
                <dl className="facts">
                  <div>
                    <dt>{t('sharing.purpose')}</dt>
                    <dd>{t(`sharing.purposes.${a.purpose}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('sharing.status')}</dt>
                    <dd>
                      <strong>{t(`sharing.statuses.${a.status}`)}</strong>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('sharing.days')}</dt>
                    <dd>{daysOf(a)}</dd>
                  </div>
                  <div>
                    <dt>{t('sharing.reference')}</dt>
                    <dd className="break">{a.reference ?? t('sharing.noReference')}</dd>
                  </div>
                  {a.ended && (
                    <div>
                      <dt>{t('sharing.endedTitle')}</dt>
                      <dd className="break">{t('sharing.endedText', { date: format.calendarDate(a.ended.on), reason: a.ended.reason })}</dd>
                    </div>
                  )}
                </dl>
                {canManage && a.ended === null && (a.status === 'in_force' || a.status === 'scheduled') && ending !== a.id && (
                  <button
                    type="button"
                    className="button"
                    // The name says which agreement, and starts with the visible word (WCAG 2.5.3).
                    aria-label={t('sharing.endForm.title', { pair: pairOf(a), purpose: t(`sharing.purposes.${a.purpose}`) })}
                    onClick={() => {
                      setMessage('');
                      setEnding(a.id);
                    }}
                  >
                    {t('sharing.end')}
                  </button>
                )}
                {ending === a.id && (
                  <EndForm
                    title={t('sharing.endForm.title', { pair: pairOf(a), purpose: t(`sharing.purposes.${a.purpose}`) })}
                    agreement={a}
                    onCancel={() => {
                      setEnding(undefined);
                      headings.current.get(a.id)?.focus();
                    }}
                    onEnded={onEnded}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {canManage && (
        <CreateForm
          states={sortedStates}
          nameOf={nameOf}
          onCreated={async () => {
            setMessage('');
            await reload();
          }}
        />
      )}
    </Page>
  );
}

function CreateForm({ states, nameOf, onCreated }: { states: MemberState[]; nameOf: (code: string) => string; onCreated: () => Promise<void> }) {
  const { t } = useTranslation();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [purposes, setPurposes] = useState<SharingPurpose[]>([]);
  const [reference, setReference] = useState('');
  const [validFrom, setValidFrom] = useState(localToday);
  const [validTo, setValidTo] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [created, setCreated] = useState('');
  // One key per submission attempt: a retry after a lost answer records the agreement once.
  const attempt = useRef<{ key: string; body: string }>(undefined);
  const alert = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated('');
    setError(undefined);
    // What is missing is said at once, in the reader's language; the rules are the server's to check.
    const missing: Errors = {};
    if (!a) missing['agreement-a'] = t('sharing.create.stateRequired');
    if (!b) missing['agreement-b'] = t('sharing.create.stateRequired');
    if (purposes.length === 0) missing[CREATE_FIELDS['body.purposes']!] = t('sharing.create.purposeRequired');
    if (reference.trim().length < 3) missing['agreement-reference'] = t('sharing.create.referenceRequired');
    setErrors(missing);
    const first = Object.keys(missing)[0];
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    setSaving(true);
    const body = { memberStateA: a, memberStateB: b, purposes, reference, validFrom, validTo: validTo || null };
    const serialised = JSON.stringify(body);
    if (attempt.current?.body !== serialised) attempt.current = { key: crypto.randomUUID(), body: serialised };
    try {
      await createSharingAgreements(body, attempt.current.key);
      attempt.current = undefined;
      setA('');
      setB('');
      setPurposes([]);
      setReference('');
      setValidFrom(localToday());
      setValidTo('');
      await onCreated();
      setCreated(t('sharing.create.created'));
    } catch (err) {
      setError(err);
      setErrors(errorsFrom(err, CREATE_FIELDS));
      focusWhenDrawn(() => alert.current);
    } finally {
      setSaving(false);
    }
  }

  const stateSelect = (id: string, value: string, set: (v: string) => void, label: string) => (
    <Field id={id} label={label} errors={errors}>
      {(describedBy) => (
        <select id={id} value={value} onChange={(e) => set(e.target.value)} aria-invalid={errors[id] ? true : undefined} aria-describedby={describedBy}>
          <option value="">{t('sharing.create.choose')}</option>
          {states.map((s) => (
            <option key={s.code} value={s.code}>
              {nameOf(s.code)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const purposesError = errors[CREATE_FIELDS['body.purposes']!];

  return (
    <section aria-labelledby="new-agreement">
      <h2 id="new-agreement">{t('sharing.create.title')}</h2>
      <form onSubmit={submit} noValidate className="stack">
        <div ref={alert} tabIndex={-1}>
          {error !== undefined && <ErrorMessage error={error} />}
        </div>
        {stateSelect('agreement-a', a, setA, t('sharing.create.memberStateA'))}
        {stateSelect('agreement-b', b, setB, t('sharing.create.memberStateB'))}
        <fieldset aria-describedby={['agreement-purposes-hint', purposesError ? 'agreement-purposes-error' : ''].filter(Boolean).join(' ')}>
          <legend>{t('sharing.create.purposes')}</legend>
          <p className="hint" id="agreement-purposes-hint">
            {t('sharing.create.purposesHint')}
          </p>
          {purposesError && (
            <p className="field-error" id="agreement-purposes-error">
              {purposesError}
            </p>
          )}
          <div className="choices">
            {SHARING_PURPOSES.map((purpose) => (
              <div className="choice" key={purpose}>
                <input
                  type="checkbox"
                  id={`agreement-purpose-${purpose}`}
                  checked={purposes.includes(purpose)}
                  aria-invalid={purposesError ? true : undefined}
                  onChange={(e) => setPurposes((current) => (e.target.checked ? [...current, purpose] : current.filter((p) => p !== purpose)))}
                />
                <label htmlFor={`agreement-purpose-${purpose}`}>{t(`sharing.purposes.${purpose}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <Field id="agreement-reference" label={t('sharing.create.reference')} hint={t('sharing.create.referenceHint')} errors={errors}>
          {(describedBy) => (
            <input
              id="agreement-reference"
              type="text"
              value={reference}
              maxLength={500}
              onChange={(e) => setReference(e.target.value)}
              aria-invalid={errors['agreement-reference'] ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field id="agreement-from" label={t('sharing.create.validFrom')} errors={errors}>
          {(describedBy) => (
            <input id="agreement-from" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} aria-invalid={errors['agreement-from'] ? true : undefined} aria-describedby={describedBy} />
          )}
        </Field>
        <Field id="agreement-to" label={t('sharing.create.validTo')} hint={t('sharing.create.validToHint')} errors={errors}>
          {(describedBy) => (
            <input id="agreement-to" type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} aria-invalid={errors['agreement-to'] ? true : undefined} aria-describedby={describedBy} />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('sharing.create.saving') : t('sharing.create.submit')}
          </button>
        </div>
        <div role="status" className="status-line">
          {created}
        </div>
      </form>
    </section>
  );
}

function EndForm({ title, agreement, onCancel, onEnded }: { title: string; agreement: SharingAgreement; onCancel: () => void; onEnded: (a: SharingAgreement) => Promise<void> }) {
  const { t } = useTranslation();
  const [endsOn, setEndsOn] = useState(localToday);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `end-title-${agreement.id}`;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    setErrors({});
    try {
      const ended = await endSharingAgreement(agreement.id, { endsOn, reason });
      await onEnded(ended);
    } catch (err) {
      setError(err);
      setErrors(errorsFrom(err, END_FIELDS));
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack editor" aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h4>
      {error !== undefined && <ErrorMessage error={error} />}
      <Field id="end-on" label={t('sharing.endForm.endsOn')} hint={t('sharing.endForm.endsOnHint')} errors={errors}>
        {(describedBy) => (
          <input id="end-on" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} aria-invalid={errors['end-on'] ? true : undefined} aria-describedby={describedBy} />
        )}
      </Field>
      <Field id="end-reason" label={t('sharing.endForm.reason')} hint={t('sharing.endForm.reasonHint')} errors={errors}>
        {(describedBy) => (
          <textarea
            id="end-reason"
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={errors['end-reason'] ? true : undefined}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('sharing.endForm.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('sharing.endForm.cancel')}
        </button>
      </div>
    </form>
  );
}
