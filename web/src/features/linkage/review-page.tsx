import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { getLinkageJob, listQueue, startRecheck, type Job, type PairStatus, type QueueItem } from './linkage-api.ts';
import { PairView } from './pair-view.tsx';
import './linkage.css';

const STATUSES: PairStatus[] = ['pending', 'confirmed', 'rejected', 'merged', 'undone'];

/** Caseworkers and supervisors: the queue of possible duplicates and the comparison of one pair. */
export function ReviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<PairStatus>('pending');
  const [items, setItems] = useState<QueueItem[]>();
  const [error, setError] = useState<unknown>();
  const [selected, setSelected] = useState<string>();
  const [job, setJob] = useState<Job>();

  useEffect(() => {
    if (selected) return;
    setItems(undefined);
    listQueue(status).then(setItems, setError);
  }, [status, selected, job?.status]);

  useEffect(() => {
    if (!job || job.status === 'succeeded' || job.status === 'failed') return;
    const timer = setTimeout(() => getLinkageJob(job.id).then(setJob, setError), 500);
    return () => clearTimeout(timer);
  }, [job]);

  async function recheck() {
    setError(undefined);
    try {
      const { jobId } = await startRecheck();
      setJob(await getLinkageJob(jobId));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Page title={t('linkage.review.title')}>
      {selected ? (
        <PairView pairId={selected} onBack={() => setSelected(undefined)} />
      ) : (
        <>
          <p>{t('linkage.review.intro')}</p>
          <div className="field">
            <label htmlFor="pair-status">{t('linkage.review.status')}</label>
            <select id="pair-status" value={status} onChange={(e) => setStatus(e.target.value as PairStatus)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`linkage.review.statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {error !== undefined && <ErrorMessage error={error} />}
          {items === undefined && error === undefined && <p role="status">{t('app.loading')}</p>}
          {items !== undefined && items.length === 0 && <p>{t('linkage.review.empty')}</p>}
          {items !== undefined && items.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="queue-caption" tabIndex={0}>
              <table>
                <caption id="queue-caption">{t('linkage.review.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('linkage.review.first')}</th>
                    <th scope="col">{t('linkage.review.second')}</th>
                    <th scope="col">{t('linkage.review.probability')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('linkage.review.open')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((p) => (
                    <tr key={p.id}>
                      <td>
                        {p.a.name} {p.a.birthDate ? `(${p.a.birthDate})` : ''}
                      </td>
                      <td>
                        {p.b.name} {p.b.birthDate ? `(${p.b.birthDate})` : ''}
                      </td>
                      <td>{format.number(Math.round(p.matchProbability * 1000) / 10)} %</td>
                      <td>
                        <button type="button" onClick={() => setSelected(p.id)} aria-label={`${t('linkage.review.open')}: ${p.a.name} / ${p.b.name}`}>
                          {t('linkage.review.open')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <button type="button" className="secondary" onClick={recheck} disabled={job !== undefined && (job.status === 'queued' || job.status === 'running')}>
              {t('linkage.review.recheck')}
            </button>
          </p>
          <div role="status" aria-live="polite">
            {job && (
              <>
                <progress max={Math.max(job.progressTotal, 1)} value={job.progressDone} aria-label={t('linkage.review.progress')} />
                <p>{t('linkage.review.progressText', { done: format.number(job.progressDone), total: format.number(job.progressTotal) })}</p>
                {job.status === 'succeeded' && <p>{t('linkage.review.recheckDone', { queued: format.number(Number(job.result?.queued ?? 0)) })}</p>}
              </>
            )}
          </div>
        </>
      )}
    </Page>
  );
}
