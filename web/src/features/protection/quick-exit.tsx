import { useTranslation } from 'react-i18next';
import './protection.css';

/** Where the quick exit goes: an ordinary page that draws no attention. */
const NEUTRAL_PAGE = 'https://www.weather.com/';

/**
 * Leaves at once for a neutral page and replaces this page in the history, so "back" does not
 * return here. Shown wherever the applicant is asked a protection question.
 */
export function QuickExit() {
  const { t } = useTranslation();
  function leave() {
    document.body.innerHTML = '';
    window.location.replace(NEUTRAL_PAGE);
  }
  return (
    <div className="quick-exit">
      <button type="button" className="quick-exit-button" onClick={leave} aria-describedby="quick-exit-hint">
        {t('protection.self.quickExit')}
      </button>
      <span id="quick-exit-hint" className="visually-hidden">
        {t('protection.self.quickExitHint')}
      </span>
    </div>
  );
}
