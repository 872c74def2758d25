import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from './field-errors.ts';

/**
 * The list of what to correct, at the top of a form, each entry a link to its field. It takes the
 * focus when it appears, so screen reader and keyboard users start from it (as GOV.UK's pattern does).
 */
export function ErrorSummary({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (problems.length > 0) box.current?.focus();
  }, [problems]);

  if (problems.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    // The link's fragment would only scroll; a field must also receive the focus.
    event.preventDefault();
    const field = document.getElementById(fieldId);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  }

  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={box}>
      <h2 id="error-summary-title">{t('registry.form.problemsTitle')}</h2>
      <ul>
        {problems.map((problem, index) =>
          problem.fieldId ? (
            <li key={`${problem.fieldId}-${index}`}>
              <a href={`#${problem.fieldId}`} onClick={(event) => focusField(event, problem.fieldId ?? '')}>
                {problem.message}
              </a>
            </li>
          ) : (
            <li key={`summary-${index}`}>{problem.message}</li>
          ),
        )}
      </ul>
    </div>
  );
}
