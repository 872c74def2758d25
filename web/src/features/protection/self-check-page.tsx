import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { listMyHouseholds } from '../registry/registry-api.ts';
import { getQuestionnaire, recordSelfAssessment, type Questionnaire } from './protection-api.ts';
import { QuickExit } from './quick-exit.tsx';

/**
 * The applicant's own, discreet questions (the "self" wording of the heightened-risk questionnaire).
 * Nothing here names trafficking or violence; the applicant is not shown any flag or priority.
 */
export function SelfCheckPage() {
  const { t, i18n } = useTranslation();
  const [questionnaire, setQuestionnaire] = useState<Questionnaire>();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    getQuestionnaire('heightened-risk', 'self', i18n.language).then(setQuestionnaire, setError);
  }, [i18n.language]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const household = (await listMyHouseholds())[0];
      const personId = household?.members[0]?.id;
      if (!personId) throw new Error(t('errors.UNEXPECTED'));
      await recordSelfAssessment({ personId, questionnaire: 'heightened-risk', language: i18n.language, answers });
      setSent(true);
      setAnswers({});
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Page title={t('protection.self.title')}>
      <QuickExit />
      <p>{t('protection.self.intro')}</p>
      {sent ? (
        <p role="status">{t('protection.self.thanks')}</p>
      ) : (
        <form onSubmit={submit} className="stack" autoComplete="off">
          {questionnaire?.questions.map((q) => (
            <fieldset key={q.id}>
              <legend>{q.text}</legend>
              <label>
                <input type="radio" name={q.id} checked={answers[q.id] === true} onChange={() => setAnswers({ ...answers, [q.id]: true })} /> {t('protection.screening.yes')}
              </label>
              <label>
                <input type="radio" name={q.id} checked={answers[q.id] === false} onChange={() => setAnswers({ ...answers, [q.id]: false })} /> {t('protection.screening.no')}
              </label>
              <label>
                <input
                  type="radio"
                  name={q.id}
                  checked={answers[q.id] === undefined}
                  onChange={() => {
                    const next = { ...answers };
                    delete next[q.id];
                    setAnswers(next);
                  }}
                />{' '}
                {t('protection.self.skip')}
              </label>
            </fieldset>
          ))}
          {error !== undefined && <ErrorMessage error={error} />}
          <button type="submit">{t('protection.self.submit')}</button>
        </form>
      )}
    </Page>
  );
}
