import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { getConfidential, getFile, getNeedCodes, recordNeed, searchServices, sendReferral, type ConfidentialFile, type FileSummary, type NeedCode, type Service } from './protection-api.ts';
import { SERVICE_KINDS } from './services-page.tsx';

const FIELDS = ['name', 'phone', 'languages', 'sex', 'age_band', 'nationality', 'summary'] as const;

/** One person's protection file for a protection officer: summary, the confidential part on demand, needs and referrals. */
export function FilePanel({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<FileSummary>();
  const [confidential, setConfidential] = useState<ConfidentialFile>();
  const [error, setError] = useState<unknown>();
  const reload = useCallback(() => getFile(personId, i18n.language).then(setFile, setError), [personId, i18n.language]);

  useEffect(() => {
    setConfidential(undefined);
    void reload();
  }, [reload]);

  if (error !== undefined) return <ErrorMessage error={error} />;
  if (!file) return <p role="status">{t('app.loading')}</p>;
  if (!file.exists) return <p>{t('protection.file.noFile')}</p>;
  return (
    <section aria-labelledby="file-title" className="stack">
      <h2 id="file-title">{t('protection.file.title')}</h2>
      <p className={`priority priority-${file.priority}`}>{t(`protection.priority.${file.priority as 'normal'}`)}</p>
      <ul>
        {file.reasons.map((r) => (
          <li key={r.rule}>{r.text}</li>
        ))}
      </ul>
      <h3>{t('protection.file.flags')}</h3>
      <p>{file.flags.length ? file.flags.map((f) => f.label).join(' · ') : t('protection.file.none')}</p>
      <h3>{t('protection.file.needs')}</h3>
      {file.specificNeeds.length === 0 ? <p>{t('protection.file.none')}</p> : (
        <ul>
          {file.specificNeeds.map((n) => (
            <li key={n.id}>
              {n.code} {n.description} ({t(`protection.file.${n.status as 'confirmed'}`)})
            </li>
          ))}
        </ul>
      )}
      <h3>{t('protection.file.assessments')}</h3>
      <ul>
        {file.assessments.map((a) => (
          <li key={a.id}>
            {a.questionnaire} v{a.version} · {new Date(a.conductedAt).toLocaleDateString(i18n.language)}
          </li>
        ))}
      </ul>
      <h3>{t('protection.file.referrals')}</h3>
      {file.referrals.length === 0 ? <p>{t('protection.file.none')}</p> : (
        <ul>
          {file.referrals.map((r) => (
            <li key={r.id}>
              {r.serviceName}: {t(`protection.file.status.${r.status as 'sent'}`)}
            </li>
          ))}
        </ul>
      )}
      {file.canReadConfidential && !confidential && (
        <button type="button" onClick={() => getConfidential(personId).then(setConfidential, setError)}>
          {t('protection.file.showConfidential')}
        </button>
      )}
      {confidential && (
        <section aria-labelledby="confidential-title" className="confidential">
          <h3 id="confidential-title">{t('protection.file.confidential')}</h3>
          {confidential.assessments.map((a) => (
            <div key={a.id}>
              <p>
                <strong>{a.questionnaire}</strong> · {t('protection.file.answeredYes')}:{' '}
                {Object.entries(a.answers).filter(([, yes]) => yes).map(([k]) => k).join(', ') || '–'}
              </p>
              {a.account && (
                <blockquote aria-label={t('protection.file.account')} data-testid="account">
                  {a.account}
                </blockquote>
              )}
            </div>
          ))}
          {confidential.specificNeeds.filter((n) => n.details).map((n) => (
            <p key={n.id}>
              {n.code} · {t('protection.file.details')}: {n.details}
            </p>
          ))}
        </section>
      )}
      {file.canReadConfidential && <NeedForm personId={personId} onDone={reload} />}
      {file.canReadConfidential && <ReferralForm personId={personId} onDone={reload} />}
    </section>
  );
}

function NeedForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [codes, setCodes] = useState<NeedCode[]>([]);
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<'confirmed' | 'suspected'>('suspected');
  const [details, setDetails] = useState('');
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    getNeedCodes(i18n.language).then(setCodes, setError);
  }, [i18n.language]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await recordNeed(personId, { code, status, ...(details.trim() ? { details } : {}) });
      setDetails('');
      onDone();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="need-title">
      <h3 id="need-title">{t('protection.need.title')}</h3>
      <label>
        {t('protection.need.code')}
        <select value={code} onChange={(e) => setCode(e.target.value)} required>
          <option value="">–</option>
          {codes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} · {c.categoryName}: {c.description}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('protection.need.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as 'confirmed')}>
          <option value="suspected">{t('protection.file.suspected')}</option>
          <option value="confirmed">{t('protection.file.confirmed')}</option>
        </select>
      </label>
      <label>
        {t('protection.need.details')}
        <textarea value={details} onChange={(e) => setDetails(e.target.value)} rows={2} autoComplete="off" />
      </label>
      {error !== undefined && <ErrorMessage error={error} />}
      <button type="submit">{t('protection.need.submit')}</button>
    </form>
  );
}

function ReferralForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [need, setNeed] = useState<string>('anti_trafficking');
  const [services, setServices] = useState<Service[]>([]);
  const [serviceId, setServiceId] = useState('');
  const [urgency, setUrgency] = useState('urgent');
  const [fields, setFields] = useState<string[]>(['name', 'phone', 'languages']);
  const [summary, setSummary] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    searchServices({ kind: need }).then(setServices, setError);
  }, [need]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setSent(false);
    try {
      await sendReferral(personId, { serviceId, need, urgency, fields, ...(summary.trim() ? { summary } : {}) });
      setSent(true);
      onDone();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="referral-title">
      <h3 id="referral-title">{t('protection.referral.title')}</h3>
      <label>
        {t('protection.referral.need')}
        <select value={need} onChange={(e) => setNeed(e.target.value)}>
          {SERVICE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`protection.services.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('protection.referral.service')}
        <select value={serviceId} onChange={(e) => setServiceId(e.target.value)} required>
          <option value="">–</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.city})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('protection.referral.urgency')}
        <select value={urgency} onChange={(e) => setUrgency(e.target.value)}>
          {(['normal', 'urgent', 'emergency'] as const).map((p) => (
            <option key={p} value={p}>
              {t(`protection.priority.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('protection.referral.fields')}</legend>
        {FIELDS.map((f) => (
          <label key={f}>
            <input type="checkbox" checked={fields.includes(f)} onChange={(e) => setFields(e.target.checked ? [...fields, f] : fields.filter((x) => x !== f))} />{' '}
            {t(`protection.referral.field.${f}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('protection.referral.summary')}
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={2} autoComplete="off" />
      </label>
      {error !== undefined && <ErrorMessage error={error} />}
      {sent && <p role="status">{t('protection.referral.sent')}</p>}
      <button type="submit">{t('protection.referral.submit')}</button>
    </form>
  );
}
