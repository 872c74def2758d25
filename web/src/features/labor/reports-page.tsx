import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './labor.css';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { handleReport, listReports, type Report } from './labor-api.ts';

const STATUSES = ['received', 'in_review', 'referred', 'closed'] as const;

/** The labour officer's queue of workers' reports (reading it is audited), with their status and resolution. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [filter, setFilter] = useState('');
  const [items, setItems] = useState<Report[]>();
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>();

  const reload = useCallback(async () => {
    try {
      setItems(await listReports(filter || undefined));
    } catch (err) {
      setError(err);
    }
  }, [filter]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function update(event: FormEvent<HTMLFormElement>, report: Report) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const resolution = String(form.get('resolution') ?? '').trim();
    setError(undefined);
    setNotice('');
    try {
      await handleReport(report.id, { status: String(form.get('status')) as 'closed', ...(resolution ? { resolution } : {}) });
      setNotice(t('labor.reports.updated'));
      await reload();
    } catch (err) {
      setError(err);
    }
  }

  const kindLabel = (k: string) => t(`labor.report.kind.${k as 'other'}`);
  return (
    <Page title={t('labor.reports.title')}>
      <p>{t('labor.reports.intro')}</p>
      <div className="labor-field">
        <label htmlFor="reports-filter">{t('labor.reports.filter')}</label>
        <select id="reports-filter" value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="">{t('labor.reports.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`labor.reports.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">{notice && <p className="alert alert-info">{notice}</p>}</div>
      {error !== undefined && <ErrorMessage error={error} />}
      {items?.length === 0 && <p>{t('labor.reports.none')}</p>}
      <ul className="labor-cards">
        {items?.map((r) => (
          <li key={r.id}>
            <section className="card" aria-labelledby={`report-${r.id}`}>
              <h2 id={`report-${r.id}`}>{r.kinds.map(kindLabel).join('; ')}</h2>
              <p>
                {t('labor.reports.received', { date: dateTime(r.createdAt) })} · {r.anonymous ? t('labor.reports.anonymous') : t('labor.reports.named')} ·{' '}
                {t(`labor.reports.statuses.${r.status as 'received'}`)}
              </p>
              <p lang={r.language}>{r.description}</p>
              {r.indicators.length > 0 && <p>{t('labor.reports.indicators', { list: r.indicators.map((i) => t(`labor.reports.indicatorNames.${i as 'threats'}`)).join(', ') })}</p>}
              {r.protectionFlag && <p>{t('labor.reports.flagged')}</p>}
              {r.resolution && <p>{r.resolution}</p>}
              <form onSubmit={(e) => void update(e, r)}>
                <div className="labor-field">
                  <label htmlFor={`status-${r.id}`}>{t('labor.reports.newStatus')}</label>
                  <select id={`status-${r.id}`} name="status" defaultValue={r.status === 'received' ? 'in_review' : r.status}>
                    {STATUSES.filter((s) => s !== 'received').map((s) => (
                      <option key={s} value={s}>
                        {t(`labor.reports.statuses.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="labor-field">
                  <label htmlFor={`resolution-${r.id}`}>{t('labor.reports.resolution')}</label>
                  <textarea id={`resolution-${r.id}`} name="resolution" rows={2} maxLength={2000} defaultValue={r.resolution ?? ''} />
                </div>
                <p>
                  <button type="submit" className="button">
                    {t('labor.reports.update')}
                  </button>
                </p>
              </form>
            </section>
          </li>
        ))}
      </ul>
    </Page>
  );
}
