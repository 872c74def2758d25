import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale } from '../i18n/i18n.ts';
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locales.ts';

/**
 * A button, showing the current language and a globe, that opens the list of languages, each named in
 * itself; choosing one remembers it on this device. Buttons rather than a drop-down list, because a list that rewrote the page as soon as its
 * value changed would change the context on input (WCAG 3.2.2).
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const current = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;

  async function choose(locale: Locale) {
    await changeLocale(locale, { remember: true });
    setOpen(false);
    toggle.current?.focus();
  }

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  }

  return (
    <div className="language-switcher" onKeyDown={closeOnEscape}>
      <button
        ref={toggle}
        type="button"
        className="button button-on-dark"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
        </svg>
        <span className="visually-hidden">{t('language.label')} </span>
        <span lang={current}>{LOCALE_NAMES[current]}</span>
      </button>
      <ul id={listId} className="language-list" hidden={!open}>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <button
              type="button"
              lang={locale}
              className="button button-on-dark"
              aria-current={locale === current ? 'true' : undefined}
              onClick={() => void choose(locale)}
            >
              {LOCALE_NAMES[locale]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
