import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useUser } from '../auth/session.tsx';
import {
  createTracingRequest,
  decideTracingMatch,
  findOwnPersonId,
  getTracingRequest,
  listLinkageNotifications,
  listTracingRequests,
  type LinkageNotification,
  type Relationship,
  type Sought,
  type TracingRequest,
  type TracingSummary,
} from './linkage-api.ts';
import './linkage.css';

const RELATIONSHIPS: Relationship[] = ['parent', 'child', 'sibling', 'spouse', 'other'];
const TEXT_FIELDS = [
  ['givenNames', 'givenNames'],
  ['familyName1', 'familyName1'],
  ['familyName2', 'familyName2'],
  ['fatherFamilyName1', 'father'],
  ['motherFamilyName1', 'mother'],
] as const;

/** A tracing request (by a caseworker for a person, or by the person) and, for caseworkers, its candidates. */
export function TracingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const isTracingStaff = user.scopes.includes('linkage:review');
  const [seekerId, setSeekerId] = useState('');
  const [relationship, setRelationship] = useState<Relationship>('child');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [sex, setSex] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [result, setResult] = useState<TracingRequest>();
  const [requests, setRequests] = useState<TracingSummary[]>([]);
  const [notifications, setNotifications] = useState<LinkageNotification[]>([]);
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!isTracingStaff) findOwnPersonId().then((id) => setSeekerId(id ?? ''), setError);
  }, [isTracingStaff]);

  useEffect(() => {
    listTracingRequests().then(setRequests, setError);
    if (isTracingStaff) listLinkageNotifications().then(setNotifications, setError);
  }, [isTracingStaff, result?.id, result?.status]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setMessage('');
    const sought: Sought = {};
    for (const [key] of TEXT_FIELDS) if (fields[key]?.trim()) sought[key] = fields[key].trim();
    if (sex) sought.sex = sex as Sought['sex'];
    if (birthYear) sought.birthYear = Number(birthYear);
    try {
      setResult(await createTracingRequest({ seekerId: seekerId.trim(), relationship, sought }));
    } catch (err) {
      setError(err);
    }
  }

  async function decide(matchId: string, decision: 'confirm' | 'reject') {
    if (!result) return;
    setError(undefined);
    try {
      await decideTracingMatch(matchId, decision);
      setResult(await getTracingRequest(result.id));
      if (decision === 'confirm') setMessage(t('linkage.tracing.confirmed'));
    } catch (err) {
      setError(err);
    }
  }

  async function open(id: string) {
    setError(undefined);
    try {
      setResult(await getTracingRequest(id));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Page title={t('linkage.tracing.title')}>
      <p>{t('linkage.tracing.intro')}</p>
      <form onSubmit={submit} noValidate>
        {isTracingStaff && (
          <div className="field">
            <label htmlFor="seeker">{t('linkage.tracing.seeker')}</label>
            <input id="seeker" value={seekerId} onChange={(e) => setSeekerId(e.target.value)} required autoComplete="off" />
          </div>
        )}
        <div className="field">
          <label htmlFor="relationship">{t('linkage.tracing.relationship')}</label>
          <select id="relationship" value={relationship} onChange={(e) => setRelationship(e.target.value as Relationship)}>
            {RELATIONSHIPS.map((r) => (
              <option key={r} value={r}>
                {t(`linkage.tracing.relationships.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {TEXT_FIELDS.map(([key, label]) => (
          <div className="field" key={key}>
            <label htmlFor={`sought-${key}`}>{t(`linkage.tracing.${label}`)}</label>
            <input id={`sought-${key}`} value={fields[key] ?? ''} onChange={(e) => setFields({ ...fields, [key]: e.target.value })} autoComplete="off" />
          </div>
        ))}
        <div className="field">
          <label htmlFor="sought-sex">{t('linkage.tracing.sex')}</label>
          <select id="sought-sex" value={sex} onChange={(e) => setSex(e.target.value)}>
            <option value="">{t('linkage.tracing.sexes.any')}</option>
            <option value="female">{t('linkage.tracing.sexes.female')}</option>
            <option value="male">{t('linkage.tracing.sexes.male')}</option>
            <option value="other">{t('linkage.tracing.sexes.other')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="sought-year">{t('linkage.tracing.birthYear')}</label>
          <input id="sought-year" inputMode="numeric" pattern="[0-9]{4}" value={birthYear} onChange={(e) => setBirthYear(e.target.value.replace(/\D/g, '').slice(0, 4))} />
        </div>
        <button type="submit" disabled={!seekerId.trim()}>
          {t('linkage.tracing.submit')}
        </button>
      </form>
      {error !== undefined && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite">{message}</p>

      {result && !isTracingStaff && <p>{t('linkage.tracing.pending')}</p>}
      {result && isTracingStaff && (
        <section aria-labelledby="tracing-results">
          <h2 id="tracing-results">{t('linkage.tracing.results')}</h2>
          {result.candidates.length === 0 ? (
            <p>{t('linkage.tracing.noCandidates')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="tracing-caption" tabIndex={0}>
              <table>
                <caption id="tracing-caption">{t('linkage.tracing.resultsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('linkage.tracing.name')}</th>
                    <th scope="col">{t('linkage.tracing.birthDate')}</th>
                    <th scope="col">{t('linkage.tracing.score')}</th>
                    <th scope="col">{t('linkage.tracing.reasons')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('linkage.tracing.confirmMatch')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.candidates.map((c) => (
                    <tr key={c.matchId}>
                      <th scope="row">{c.name}</th>
                      <td>{c.birthDate ?? '–'}</td>
                      <td>{format.number(Math.round(c.probability * 1000) / 10)} %</td>
                      <td>
                        <ul className="tracing-terms">
                          {c.terms.map((term, k) => (
                            <li key={k}>
                              {t(`linkage.tracing.factors.${term.factor as 'prior'}`, { defaultValue: term.factor })}:{' '}
                              {term.factor.startsWith('declared_') ? <span lang="en">{term.label}</span> : t(`linkage.tracing.labels.${term.label as 'prior'}`, { defaultValue: term.label })}{' '}
                              ({term.weight > 0 ? '+' : ''}
                              {format.number(Math.round(term.weight * 10) / 10)})
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        {c.status === 'proposed' ? (
                          <div className="actions">
                            <button type="button" onClick={() => decide(c.matchId, 'confirm')}>{t('linkage.tracing.confirmMatch')}</button>
                            <button type="button" className="secondary" onClick={() => decide(c.matchId, 'reject')}>{t('linkage.tracing.rejectMatch')}</button>
                          </div>
                        ) : (
                          t(`linkage.review.statuses.${c.status === 'confirmed' ? 'confirmed' : 'rejected'}`)
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      {requests.length > 0 && (
        <section aria-labelledby="tracing-requests">
          <h2 id="tracing-requests">{t('linkage.tracing.requests')}</h2>
          <ul>
            {requests.map((r) => (
              <li key={r.id}>
                {format.dateTime(r.createdAt)} · {r.seekerName} · {t(`linkage.tracing.relationships.${r.relationship}`)} · {t(`linkage.tracing.requestStatuses.${r.status}`)}{' '}
                {isTracingStaff && (
                  <button type="button" className="secondary" onClick={() => open(r.id)}>
                    {t('linkage.tracing.openRequest')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {isTracingStaff && notifications.length > 0 && (
        <section aria-labelledby="tracing-notes">
          <h2 id="tracing-notes">{t('linkage.tracing.notifications')}</h2>
          <ul>
            {notifications.map((n) => (
              <li key={n.id}>{t('linkage.tracing.notificationText', { name: n.personName })}</li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
