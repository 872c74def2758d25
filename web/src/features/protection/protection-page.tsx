import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './protection.css';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { FilePanel } from './file-panel.tsx';
import { completeReferral, completeTask, getIncomingReferrals, getQueue, getTasks, respondToReferral, type QueueItem, type Referral, type Task } from './protection-api.ts';

/**
 * The protection officer's desk: files by priority, tasks, referrals sent to the agency, and one
 * person's file. Opening the confidential part is a separate, audited step.
 */
export function ProtectionPage() {
  const { t, i18n } = useTranslation();
  const [queue, setQueue] = useState<QueueItem[]>();
  const [tasks, setTasks] = useState<Task[]>([]);
  const [incoming, setIncoming] = useState<Referral[]>([]);
  const [personId, setPersonId] = useState(() => new URLSearchParams(window.location.search).get('person') ?? '');
  const [opened, setOpened] = useState(personId);
  const [error, setError] = useState<unknown>();

  const reload = useCallback(async () => {
    try {
      const [q, ts, inc] = await Promise.all([getQueue(), getTasks(), getIncomingReferrals()]);
      setQueue(q);
      setTasks(ts);
      setIncoming(inc);
    } catch (err) {
      setError(err);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload, i18n.language]);

  function open(event: FormEvent) {
    event.preventDefault();
    setOpened(personId.trim());
  }

  async function act(run: () => Promise<unknown>) {
    setError(undefined);
    try {
      await run();
      await reload();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Page title={t('protection.officer.title')}>
      <p>{t('protection.officer.intro')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      <section aria-labelledby="queue-title">
        <h2 id="queue-title">{t('protection.officer.queue')}</h2>
        {queue?.length === 0 && <p>{t('protection.officer.empty')}</p>}
        {queue && queue.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="queue-title" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('protection.officer.person')}</th>
                  <th scope="col">{t('protection.officer.priorityCol')}</th>
                  <th scope="col">{t('protection.officer.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {queue.map((f) => (
                  <tr key={f.fileId}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => { setPersonId(f.personId); setOpened(f.personId); }}>
                        {f.name}
                      </button>
                    </th>
                    <td className={`priority priority-${f.priority}`}>{t(`protection.priority.${f.priority as 'normal'}`)}</td>
                    <td>{f.reasons.map((r) => r.text).join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t('protection.officer.tasks')}</h2>
        {tasks.length === 0 ? <p>{t('protection.officer.noTasks')}</p> : (
          <ul>
            {tasks.map((task) => (
              <li key={task.id}>
                {t(`protection.officer.task.${task.kind as 'urgent_review'}`)} · {t('protection.officer.due', { date: new Date(task.dueAt).toLocaleString(i18n.language) })}{' '}
                <button type="button" onClick={() => act(() => completeTask(task.id))}>
                  {t('protection.officer.markDone')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="incoming-title">
        <h2 id="incoming-title">{t('protection.officer.incoming')}</h2>
        {incoming.length === 0 ? <p>{t('protection.officer.noIncoming')}</p> : (
          <ul className="cards">
            {incoming.map((r) => (
              <li key={r.id} className="card" data-referral={r.id}>
                <p>
                  <strong>{t(`protection.services.kinds.${r.need as 'shelter'}`, { defaultValue: r.need })}</strong> · {t(`protection.priority.${r.urgency as 'normal'}`)} ·{' '}
                  {t(`protection.file.status.${r.status as 'sent'}`)}
                </p>
                <p>
                  {[r.person.name, r.person.phone, r.person.languages?.join(', ')].filter(Boolean).join(' · ')}
                </p>
                {r.person.summary && <p>{r.person.summary}</p>}
                {r.status === 'sent' && (
                  <>
                    <button type="button" onClick={() => act(() => respondToReferral(r.id, 'accepted', r.version))}>
                      {t('protection.officer.accept')}
                    </button>{' '}
                    <button type="button" onClick={() => act(() => respondToReferral(r.id, 'declined', r.version))}>
                      {t('protection.officer.decline')}
                    </button>
                  </>
                )}
                {r.status === 'accepted' && (
                  <button type="button" onClick={() => act(() => completeReferral(r.id, r.version))}>
                    {t('protection.officer.complete')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <form onSubmit={open} className="inline-form">
        <label>
          {t('protection.file.personId')}
          <input name="personId" value={personId} onChange={(e) => setPersonId(e.target.value)} autoComplete="off" />
        </label>
        <button type="submit">{t('protection.file.load')}</button>
      </form>
      {opened && <FilePanel key={opened} personId={opened} />}
    </Page>
  );
}
