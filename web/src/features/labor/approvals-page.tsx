import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './labor.css';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { employerName, approveJobOrder, getJobOrder, listEmployers, listJobOrders, returnJobOrder, type JobOrder, type JobOrderDetail } from './labor-api.ts';
import { useMoney } from './wage-floor-note.tsx';

/**
 * The programme administrator approves or returns the job orders employers of the member state
 * submitted; the wage check and the fair-recruitment attestation are shown beside the decision (the
 * server checks both again when approving).
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { calendarDate } = useFormat();
  const [submitted, setSubmitted] = useState<JobOrderDetail[]>();
  const [approved, setApproved] = useState<JobOrder[]>([]);
  const [names, setNames] = useState(new Map<string, string>());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>();

  const reload = useCallback(async () => {
    try {
      const [list, ok, employers] = await Promise.all([listJobOrders({ status: 'submitted' }), listJobOrders({ status: 'approved' }), listEmployers()]);
      setNames(new Map(employers.map((e) => [e.id, employerName(e)])));
      setApproved(ok);
      setSubmitted(await Promise.all(list.map((jo) => getJobOrder(jo.id))));
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function decide(jo: JobOrderDetail, approve: boolean) {
    setError(undefined);
    setNotice('');
    try {
      const note = notes[jo.id]?.trim() || undefined;
      if (approve) await approveJobOrder(jo.id, jo.version, note);
      else await returnJobOrder(jo.id, jo.version, note);
      setNotice(t(approve ? 'labor.approvals.approved' : 'labor.approvals.returnedNotice', { reference: jo.reference }));
      await reload();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Page title={t('labor.approvals.title')}>
      <p>{t('labor.approvals.intro')}</p>
      <div aria-live="polite">{notice && <p className="alert alert-info">{notice}</p>}</div>
      {error !== undefined && <ErrorMessage error={error} />}
      {submitted === undefined && error === undefined && <p role="status">{t('app.loading')}</p>}
      {submitted?.length === 0 && <p>{t('labor.approvals.none')}</p>}
      <ul className="labor-cards">
        {submitted?.map((jo) => (
          <li key={jo.id}>
            <JobOrderCard jobOrder={jo} employer={names.get(jo.employerId) ?? ''}>
              <div className="labor-field">
                <label htmlFor={`note-${jo.id}`}>{t('labor.approvals.note')}</label>
                <textarea id={`note-${jo.id}`} rows={2} maxLength={2000} value={notes[jo.id] ?? ''} onChange={(e) => setNotes((n) => ({ ...n, [jo.id]: e.target.value }))} />
              </div>
              <p className="actions">
                <button type="button" className="button button-primary" onClick={() => void decide(jo, true)}>
                  {t('labor.approvals.approve', { reference: jo.reference })}
                </button>
                <button type="button" className="button" onClick={() => void decide(jo, false)}>
                  {t('labor.approvals.return', { reference: jo.reference })}
                </button>
              </p>
            </JobOrderCard>
          </li>
        ))}
      </ul>
      {approved.length > 0 && (
        <section aria-labelledby="approved-title">
          <h2 id="approved-title">{t('labor.approvals.recent')}</h2>
          <ul>
            {approved.map((jo) => (
              <li key={jo.id}>
                {jo.reference} – {jo.jobTitle}, {names.get(jo.employerId) ?? ''} (<time dateTime={jo.startDate}>{calendarDate(jo.startDate)}</time>)
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}

function JobOrderCard({ jobOrder: jo, employer, children }: { jobOrder: JobOrderDetail; employer: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  const { calendarDate, dateTime } = useFormat();
  const money = useMoney();
  const check = jo.wageCheck as { floor?: { hourlyRate: number; currency: string; kind: string; source: string } } | null;
  return (
    <section className="card" aria-labelledby={`jo-${jo.id}`}>
      <h2 id={`jo-${jo.id}`}>
        {jo.reference} – {jo.jobTitle}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('labor.approvals.employer')}</dt>
          <dd>{employer}</dd>
        </div>
        <div>
          <dt>{t('labor.form.programme')}</dt>
          <dd>{jo.programmeCode}</dd>
        </div>
        <div>
          <dt>{t('labor.form.workersNeeded')}</dt>
          <dd>{jo.workersNeeded}</dd>
        </div>
        <div>
          <dt>{t('labor.form.startDate')}</dt>
          <dd>
            <time dateTime={jo.startDate}>{calendarDate(jo.startDate)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('labor.form.endDate')}</dt>
          <dd>
            <time dateTime={jo.endDate}>{calendarDate(jo.endDate)}</time>
          </dd>
        </div>
      </dl>
      <p>{jo.duties}</p>
      <p>{t('labor.approvals.wage', { wage: money(jo.wageHourly, jo.currency) })}</p>
      {check?.floor && (
        <p>
          {t('labor.employer.wageChecked', { floor: money(check.floor.hourlyRate, check.floor.currency), kind: t(`labor.floor.kinds.${check.floor.kind as 'aewr'}`), source: check.floor.source })}
        </p>
      )}
      <p>{jo.attestation ? t('labor.approvals.attested', { date: dateTime(jo.attestation.attestedAt) }) : t('labor.attestation.missing')}</p>
      {children}
    </section>
  );
}
