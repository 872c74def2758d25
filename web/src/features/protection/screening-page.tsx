import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { getQuestionnaire, recordAssessment, type AssessmentResult, type Questionnaire } from './protection-api.ts';

const CODES = ['trafficking-ilo', 'heightened-risk', 'vulnerability'] as const;
const LANGUAGES = ['es', 'en', 'fr', 'ht', 'pt'] as const;

/** An interviewer (caseworker or protection officer) asks a questionnaire; the answers are sealed on the server. */
export function ScreeningPage() {
  const { t, i18n } = useTranslation();
  const [personId, setPersonId] = useState(() => new URLSearchParams(window.location.search).get('person') ?? '');
  const [code, setCode] = useState<string>(CODES[0]);
  const [language, setLanguage] = useState<string>('es');
  const [questionnaire, setQuestionnaire] = useState<Questionnaire>();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [account, setAccount] = useState('');
  const [result, setResult] = useState<AssessmentResult>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    setAnswers({});
    getQuestionnaire(code, 'interviewer', i18n.language).then(setQuestionnaire, setError);
  }, [code, i18n.language]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      setResult(await recordAssessment(personId.trim(), { questionnaire: code, language, answers, ...(account.trim() ? { account } : {}) }));
      setAnswers({});
      setAccount('');
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Page title={t('protection.screening.title')}>
      <p>{t('protection.screening.intro')}</p>
      <form onSubmit={submit} className="stack">
        <label>
          {t('protection.file.personId')}
          <input name="personId" value={personId} onChange={(e) => setPersonId(e.target.value)} required autoComplete="off" />
        </label>
        <label>
          {t('protection.screening.questionnaire')}
          <select name="questionnaire" value={code} onChange={(e) => setCode(e.target.value)}>
            {CODES.map((c) => (
              <option key={c} value={c}>
                {c === questionnaire?.code ? questionnaire.title : c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('protection.screening.language')}
          <select name="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        {questionnaire?.questions.map((q) => (
          <fieldset key={q.id} data-question={q.id}>
            <legend>{q.text}</legend>
            <label>
              <input type="radio" name={q.id} checked={answers[q.id] === true} onChange={() => setAnswers({ ...answers, [q.id]: true })} /> {t('protection.screening.yes')}
            </label>
            <label>
              <input type="radio" name={q.id} checked={answers[q.id] === false} onChange={() => setAnswers({ ...answers, [q.id]: false })} /> {t('protection.screening.no')}
            </label>
          </fieldset>
        ))}
        <label>
          {t('protection.screening.account')}
          <textarea name="account" value={account} onChange={(e) => setAccount(e.target.value)} rows={4} autoComplete="off" />
        </label>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit">{t('protection.screening.submit')}</button>
      </form>
      {result && (
        <section aria-labelledby="screening-result" role="status">
          <h2 id="screening-result">{t('protection.screening.result')}</h2>
          <p className={`priority priority-${result.priority}`}>
            {t('protection.screening.priorityIs', { priority: t(`protection.priority.${result.priority as 'normal'}`) })}
          </p>
          {result.reasons.length === 0 ? <p>{t('protection.screening.noFlags')}</p> : (
            <ul>
              {result.reasons.map((r) => (
                <li key={r.rule}>{r.text}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Page>
  );
}
