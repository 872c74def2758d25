import type { CriterionResult, Outcome } from './pathways-api.ts';

type Mark = 'yes' | 'no' | 'unknown' | 'none';

const MARKS: Record<CriterionResult | Outcome, Mark> = {
  met: 'yes',
  eligible: 'yes',
  not_met: 'no',
  not_eligible: 'no',
  unknown: 'unknown',
  needs_information: 'unknown',
  not_evaluated: 'none',
};

/**
 * A tick, a cross or a question mark beside the result's words, so that a result never rests on
 * colour alone (WCAG 1.4.1). Hidden from screen readers, which read the words.
 */
export function ResultIcon({ result }: { result: CriterionResult | Outcome }) {
  const mark = MARKS[result];
  return (
    <svg className={`icon result-icon result-${mark}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" />
      {mark === 'yes' && <path d="M7 12.5l3.2 3.2L17 9" />}
      {mark === 'no' && <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" />}
      {mark === 'unknown' && (
        <>
          <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6" />
          <path d="M12 17.2v.1" />
        </>
      )}
      {mark === 'none' && <path d="M8 12h8" />}
    </svg>
  );
}
