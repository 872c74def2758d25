import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { listMyCases, uploadMyDocument, type ApplicantCase } from './cases-api.ts';

type Load = { status: 'loading' } | { status: 'loaded'; items: ApplicantCase[] } | { status: 'failed'; error: unknown };

/** The applicant's view: each application's stage in plain language, what to do by when, messages. */
export function MyCasesPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const lang = i18n.language;
  const reload = useCallback(() => {
    listMyCases(lang).then(
      (items) => setLoad({ status: 'loaded', items }),
      (e: unknown) => setLoad({ status: 'failed', error: e }),
    );
  }, [lang]);
  useEffect(reload, [reload]);

  function upload(c: ApplicantCase, step: ApplicantCase['requestedDocuments'][number]) {
    return async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const file = new FormData(event.currentTarget).get('file');
      if (!(file instanceof File) || file.size === 0 || !step.documentType) return;
      try {
        await uploadMyDocument(c.id, step.documentType, step.taskId, file);
        setNotice(t('cases.mine.sent'));
        setError(undefined);
        reload();
      } catch (e) {
        setError(e);
      }
    };
  }

  return (
    <Page title={t('cases.mine.title')}>
      <p>{t('cases.mine.intro')}</p>
      <div aria-live="polite">
        {notice && <p className="alert alert-info" role="status">{notice}</p>}
        {error !== undefined && <ErrorMessage error={error} />}
      </div>
      {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {load.status === 'failed' && <ErrorMessage error={load.error} />}
      {load.status === 'loaded' && load.items.length === 0 && <p>{t('cases.mine.none')}</p>}
      {load.status === 'loaded' &&
        load.items.map((c) => (
          <section key={c.id} className="card" aria-labelledby={`app-${c.id}`}>
            <h2 id={`app-${c.id}`}>{t('cases.mine.caseNumber', { number: c.caseNumber })}</h2>
            <p>
              <strong>{t('cases.mine.now')}: </strong>
              <span data-testid="stage-name">{c.stageName}</span>
            </p>
            <p>{c.stageExplanation}</p>
            <h3>{t('cases.mine.steps')}</h3>
            {c.nextSteps.length === 0 ? (
              <p>{t('cases.mine.noSteps')}</p>
            ) : (
              <ul>
                {c.nextSteps.map((s) => (
                  <li key={s.taskId}>
                    {s.title}
                    {s.dueOn && <> {t('cases.mine.dueBy', { date: format.calendarDate(s.dueOn) })}</>}
                    {s.overdue && <strong> ({t('cases.mine.late')})</strong>}
                  </li>
                ))}
              </ul>
            )}
            {c.requestedDocuments.length > 0 && (
              <>
                <h3>{t('cases.mine.documents')}</h3>
                {c.requestedDocuments.map((s) => (
                  <form key={s.taskId} onSubmit={upload(c, s)}>
                    <label htmlFor={`up-${s.taskId}`}>{t('cases.mine.uploadFor', { title: s.title })}</label>
                    <input id={`up-${s.taskId}`} name="file" type="file" accept="application/pdf,image/jpeg,image/png" required />
                    <button type="submit" className="button">{t('cases.case.upload')}</button>
                  </form>
                ))}
              </>
            )}
            {c.interviews.length > 0 && (
              <>
                <h3>{t('cases.mine.interviews')}</h3>
                <ul>
                  {c.interviews.map((iv) => (
                    <li key={iv.id}>
                      <time dateTime={iv.scheduledAt}>{format.dateTime(iv.scheduledAt)}</time>, {iv.place}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3>{t('cases.mine.messages')}</h3>
            {c.messages.length === 0 ? <p>{t('cases.mine.noMessages')}</p> : <ul>{c.messages.map((m) => <li key={m.id}>{m.body}</li>)}</ul>}
            <h3>{t('cases.mine.history')}</h3>
            <ol>
              {c.stagesDone.map((s) => (
                <li key={`${s.code}-${s.at}`}>
                  {s.name} — <time dateTime={s.at}>{format.dateTime(s.at)}</time>
                </li>
              ))}
            </ol>
          </section>
        ))}
    </Page>
  );
}
