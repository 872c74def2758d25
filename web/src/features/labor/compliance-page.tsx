import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './labor.css';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useEmployers } from './use-employers.ts';
import { useFormSubmit } from './use-form-submit.ts';
import { getEmployer, recordCompliance, type Employer, type EmployerDetail } from './labor-api.ts';

const KINDS = ['violation', 'inspection', 'back_wages', 'debarment'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The labour officer's record of each employer's compliance: violations, inspections, back wages
 * ordered and debarments, with their source. A debarment with its end date stops the employer's job
 * orders from being approved until then (the server's rule); every entry is audited.
 */
export function CompliancePage() {
  const { t } = useTranslation();
  const { calendarDate } = useFormat();
  const uid = useId();
  const [detail, setDetail] = useState<EmployerDetail>();
  const [error, setError] = useState<unknown>();
  const [kind, setKind] = useState<Kind>('violation');

  const { employers, employerId, setEmployerId } = useEmployers(setError);

  const reload = useCallback(async (id: string) => setDetail(await getEmployer(id)), []);
  useEffect(() => {
    if (employerId) reload(employerId).catch((err: unknown) => setError(err));
  }, [employerId, reload]);

  const form = useFormSubmit(async (text) => {
    if (!detail) return '';
    await recordCompliance(detail.id, {
      kind,
      occurredOn: text('occurredOn'),
      description: text('description'),
      source: text('source'),
      ...(kind === 'debarment' ? { debarredUntil: text('debarredUntil') } : {}),
    });
    setKind('violation');
    await reload(detail.id);
    return t('labor.compliance.recorded');
  });

  const nameOf = (e: Employer) => (e.tradeName ? `${e.tradeName} (${e.legalName})` : e.legalName);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <Page title={t('labor.compliance.title')}>
      <p>{t('labor.compliance.intro')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {employers === undefined && error === undefined && <p role="status">{t('app.loading')}</p>}
      {employers?.length === 0 && <p>{t('labor.compliance.noEmployers')}</p>}
      {employers && employers.length > 0 && (
        <div className="labor-field">
          <label htmlFor={`${uid}-employer`}>{t('labor.employer.employer')}</label>
          <select id={`${uid}-employer`} value={employerId} onChange={(e) => { form.clear(); setEmployerId(e.target.value); }}>
            {employers.map((e) => (
              <option key={e.id} value={e.id}>
                {nameOf(e)} · {e.taxId}
              </option>
            ))}
          </select>
        </div>
      )}
      {detail && (
        <section aria-labelledby={`${uid}-history`}>
          <h2 id={`${uid}-history`}>{nameOf(detail)}</h2>
          <p>
            {detail.debarredUntil && detail.debarredUntil >= today ? (
              <strong>{t('labor.compliance.debarredUntil', { date: calendarDate(detail.debarredUntil) })}</strong>
            ) : (
              t('labor.compliance.notDebarred')
            )}
          </p>
          {detail.compliance.length === 0 ? (
            <p>{t('labor.compliance.none')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby={`${uid}-history`} tabIndex={0}>
              <table>
                <caption>{t('labor.compliance.history')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('labor.compliance.occurredOn')}</th>
                    <th scope="col">{t('labor.compliance.kind')}</th>
                    <th scope="col">{t('labor.compliance.description')}</th>
                    <th scope="col">{t('labor.compliance.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.compliance.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <time dateTime={c.occurredOn}>{calendarDate(c.occurredOn)}</time>
                      </td>
                      <th scope="row">
                        {t(`labor.compliance.kinds.${c.kind as Kind}`)}
                        {c.debarredUntil && <> – {t('labor.compliance.until', { date: calendarDate(c.debarredUntil) })}</>}
                      </th>
                      <td>{c.description}</td>
                      <td className="break">{c.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <form onSubmit={form.onSubmit} aria-labelledby={`${uid}-new`}>
            <h3 id={`${uid}-new`}>{t('labor.compliance.new')}</h3>
            {form.error !== undefined && <ErrorMessage error={form.error} />}
            <div className="labor-field">
              <label htmlFor={`${uid}-kind`}>{t('labor.compliance.kind')}</label>
              <select id={`${uid}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`labor.compliance.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="labor-field">
              <label htmlFor={`${uid}-on`}>{t('labor.compliance.occurredOn')}</label>
              <input id={`${uid}-on`} name="occurredOn" type="date" required max={today} />
            </div>
            <div className="labor-field">
              <label htmlFor={`${uid}-description`}>{t('labor.compliance.description')}</label>
              <textarea id={`${uid}-description`} name="description" required maxLength={2000} rows={3} />
            </div>
            <div className="labor-field">
              <label htmlFor={`${uid}-source`}>{t('labor.compliance.source')}</label>
              <input id={`${uid}-source`} name="source" required maxLength={500} aria-describedby={`${uid}-source-hint`} />
              <p id={`${uid}-source-hint`} className="hint">
                {t('labor.compliance.sourceHint')}
              </p>
            </div>
            {kind === 'debarment' && (
              <div className="labor-field">
                <label htmlFor={`${uid}-until`}>{t('labor.compliance.debarredUntilField')}</label>
                <input id={`${uid}-until`} name="debarredUntil" type="date" required min={today} />
              </div>
            )}
            <p>
              <button type="submit" className="button button-primary" disabled={form.busy}>
                {t('labor.compliance.submit')}
              </button>
            </p>
            <p role="status">{form.notice}</p>
          </form>
        </section>
      )}
    </Page>
  );
}
