import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './labor.css';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useUser } from '../auth/session.tsx';
import { getJob, listProgrammes, type Job } from '../programmes/programmes-api.ts';
import { listRounds, openRound, publishRound, runRound, type Round } from './labor-api.ts';

const POLL_MS = 1000;

type Summary = { workers?: number; jobOrders?: number; places?: number; placed?: number; stable?: boolean };

/**
 * Allocation rounds of the member state: open one for a programme (workers then rank), run it as a
 * job whose progress shows here, and publish it once the run has verified that no blocking pair exists.
 */
export function RoundsPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const [programmes, setProgrammes] = useState<{ code: string; name: string }[]>([]);
  const [programme, setProgramme] = useState('');
  const [rounds, setRounds] = useState<Round[]>();
  const [jobs, setJobs] = useState<Record<string, Job>>({});
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>();

  const reload = useCallback(async () => {
    try {
      setRounds(await listRounds());
    } catch (err) {
      setError(err);
    }
  }, []);

  useEffect(() => {
    void reload();
    listProgrammes(i18n.language).then(
      (all) => {
        const mine = all.filter((p) => p.hostMemberState === user.memberState).map((p) => ({ code: p.code, name: p.name }));
        setProgrammes(mine);
        setProgramme((current) => current || mine[0]?.code || '');
      },
      (err: unknown) => setError(err),
    );
  }, [reload, i18n.language, user.memberState]);

  // Follows the job of every running round until it ends, then reloads the rounds.
  const running = (rounds ?? []).filter((r) => r.status === 'running' && r.jobId).map((r) => r.jobId!);
  const runningKey = running.join(',');
  useEffect(() => {
    if (!runningKey) return;
    let stopped = false;
    const tick = async () => {
      try {
        const states = await Promise.all(runningKey.split(',').map((id) => getJob(id)));
        if (stopped) return;
        setJobs((j) => ({ ...j, ...Object.fromEntries(states.map((s) => [s.id, s])) }));
        if (states.some((s) => s.status === 'succeeded' || s.status === 'failed')) await reload();
      } catch (err) {
        if (!stopped) setError(err);
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [runningKey, reload]);

  async function act(run: () => Promise<string>) {
    setError(undefined);
    setNotice('');
    try {
      setNotice(await run());
      await reload();
    } catch (err) {
      setError(err);
    }
  }

  function open(event: FormEvent) {
    event.preventDefault();
    void act(async () => t('labor.rounds.opened', { number: (await openRound(programme)).number }));
  }

  return (
    <Page title={t('labor.rounds.title')}>
      <p>{t('labor.rounds.intro')}</p>
      <div aria-live="polite">{notice && <p className="alert alert-info">{notice}</p>}</div>
      {error !== undefined && <ErrorMessage error={error} />}
      <section aria-labelledby="open-round-title">
        <h2 id="open-round-title">{t('labor.rounds.open')}</h2>
        <form onSubmit={open} className="labor-row-form">
          <div className="labor-field">
            <label htmlFor="round-programme">{t('labor.rounds.programme')}</label>
            <select id="round-programme" value={programme} onChange={(e) => setProgramme(e.target.value)}>
              {programmes.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name} ({p.code})
                </option>
              ))}
            </select>
          </div>
          <p>
            <button type="submit" className="button" disabled={!programme}>
              {t('labor.rounds.openSubmit')}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title">{t('labor.rounds.list')}</h2>
        {rounds?.length === 0 && <p>{t('labor.rounds.none')}</p>}
        <ul className="labor-cards">
          {rounds?.map((r) => {
            const summary = (r.summary ?? {}) as Summary;
            const job = r.jobId ? jobs[r.jobId] : undefined;
            return (
              <li key={r.id}>
                <section className="card" aria-labelledby={`round-${r.id}`}>
                  <h3 id={`round-${r.id}`}>{t('labor.rounds.round', { number: r.number, programme: r.programmeCode })}</h3>
                  <p>{t('labor.rounds.status', { status: t(`labor.rounds.statuses.${r.status as 'open'}`) })}</p>
                  <p>
                    {t('labor.rounds.seed')}: <code className="break">{r.lotterySeed}</code>
                  </p>
                  {r.status === 'running' && (
                    <div className="labor-field">
                      <label htmlFor={`progress-${r.id}`}>{t('labor.rounds.progress')}</label>
                      <progress id={`progress-${r.id}`} className="labor-progress" max={job?.progressTotal || 1} value={job?.progressDone ?? 0}>
                        {t('labor.rounds.progressText', { done: job?.progressDone ?? 0, total: job?.progressTotal ?? 0 })}
                      </progress>
                      <p role="status">{t('labor.rounds.progressText', { done: job?.progressDone ?? 0, total: job?.progressTotal ?? 0 })}</p>
                    </div>
                  )}
                  {r.status === 'failed' && job?.error && <p className="alert alert-error">{t('labor.rounds.failed', { error: job.error })}</p>}
                  {r.summary && (
                    <p>
                      {t('labor.rounds.summary', { workers: summary.workers ?? 0, places: summary.places ?? 0, jobOrders: summary.jobOrders ?? 0, placed: summary.placed ?? 0 })}{' '}
                      {summary.stable && <strong>{t('labor.rounds.stable')}</strong>}
                    </p>
                  )}
                  <p className="actions">
                    {['open', 'failed', 'verified'].includes(r.status) && (
                      <button type="button" className="button" onClick={() => void act(async () => { await runRound(r.id); return ''; })}>
                        {t('labor.rounds.run', { number: r.number })}
                      </button>
                    )}
                    {r.status === 'verified' && (
                      <button type="button" className="button button-primary" onClick={() => void act(async () => t('labor.rounds.published', { number: (await publishRound(r.id)).number }))}>
                        {t('labor.rounds.publish', { number: r.number })}
                      </button>
                    )}
                  </p>
                </section>
              </li>
            );
          })}
        </ul>
      </section>
    </Page>
  );
}
