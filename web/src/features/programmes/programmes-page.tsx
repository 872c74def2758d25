import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useUser } from '../auth/session.tsx';
import { useFormat } from '../../i18n/format.ts';
import { addRuleVersion, getJob, listProgrammes, type Job, type ProgrammeSummary } from './programmes-api.ts';

/** Programme administrators: the catalogue, a new rule version, and the re-screening it starts. */
export function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const [programmes, setProgrammes] = useState<ProgrammeSummary[]>();
  const [error, setError] = useState<unknown>();
  const [selected, setSelected] = useState('');
  const [text, setText] = useState('');
  const [formError, setFormError] = useState<unknown>();
  const [job, setJob] = useState<Job>();

  useEffect(() => {
    listProgrammes(i18n.language).then(setProgrammes, setError);
  }, [i18n.language, job?.status]);

  useEffect(() => {
    if (!job || job.status === 'succeeded' || job.status === 'failed') return;
    const timer = setTimeout(() => getJob(job.id).then(setJob, setFormError), 500);
    return () => clearTimeout(timer);
  }, [job]);

  const own = (programmes ?? []).filter((p) => p.hostMemberState === user.memberState);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      setFormError(new Error(t('programmes.notJson')));
      return;
    }
    try {
      const { jobId } = await addRuleVersion(selected, body);
      setJob(await getJob(jobId));
    } catch (err) {
      setFormError(err);
    }
  }

  return (
    <Page title={t('programmes.title')}>
      <p>{t('programmes.intro')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {programmes === undefined && error === undefined && <p role="status">{t('app.loading')}</p>}
      {programmes !== undefined && (
        <div className="table-scroll" role="region" aria-labelledby="programmes-caption" tabIndex={0}>
          <table>
            <caption id="programmes-caption">{t('programmes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programmes.name')}</th>
                <th scope="col">{t('programmes.host')}</th>
                <th scope="col">{t('programmes.status')}</th>
                <th scope="col">{t('programmes.ruleVersion')}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((p) => (
                <tr key={p.code}>
                  <th scope="row">{p.name}</th>
                  <td>{format.regionName(p.hostMemberState, p.hostMemberState)}</td>
                  <td>{t(`programmes.availability.${p.availability as 'accepting'}`, { defaultValue: p.availability })}</td>
                  <td>{p.currentRuleVersion ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="new-version">
        <h2 id="new-version">{t('programmes.newVersionTitle')}</h2>
        {own.length === 0 ? (
          <p>{t('programmes.noneOwn')}</p>
        ) : (
          <form onSubmit={submit} noValidate>
            <p>{t('programmes.newVersionIntro')}</p>
            <div className="field">
              <label htmlFor="programme">{t('programmes.programme')}</label>
              <select id="programme" value={selected} onChange={(e) => setSelected(e.target.value)} required>
                <option value="">{t('programmes.choose')}</option>
                {own.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="rule-version">{t('programmes.ruleJson')}</label>
              <textarea id="rule-version" rows={12} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
            </div>
            {formError !== undefined && <ErrorMessage error={formError} />}
            <button type="submit" disabled={!selected || !text}>
              {t('programmes.submit')}
            </button>
          </form>
        )}
        <div role="status" aria-live="polite">
          {job && (
            <>
              <p>{t(`programmes.job.${job.status}`)}</p>
              <progress max={Math.max(job.progressTotal, 1)} value={job.progressDone} aria-label={t('programmes.progress')} />
              <p>{t('programmes.progressText', { done: format.number(job.progressDone), total: format.number(job.progressTotal) })}</p>
              {job.status === 'succeeded' && job.result && (
                <p>{t('programmes.changed', { changed: format.number(Number(job.result.changed ?? 0)), households: format.number(Number(job.result.households ?? 0)) })}</p>
              )}
            </>
          )}
        </div>
      </section>
    </Page>
  );
}
