import { useTranslation } from 'react-i18next';
import { HT_MONTHS } from '../../i18n/haitian-creole.ts';
import { useFormat } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { describedBy, type FieldErrors } from './field-errors.ts';

/** A date that may be known only to the year, or to the year and month, as many people know a birth date. */
export type DateParts = { year: string; month: string; day: string };

export const EMPTY_DATE: DateParts = { year: '', month: '', day: '' };

export function toDateParts(value: string | null | undefined): DateParts {
  const [year = '', month = '', day = ''] = (value ?? '').split('-');
  return { year, month, day };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when nothing was given. The server checks the rest. */
export function fromDateParts(parts: DateParts): string | undefined {
  const year = parts.year.trim();
  if (!year && !parts.month && !parts.day.trim()) return undefined;
  const day = parts.day.trim();
  return [year, parts.month, day && day.padStart(2, '0')].filter(Boolean).join('-');
}

/** What is wrong with the parts before asking the server, as a translation key. */
export function checkDateParts(parts: DateParts): 'registry.form.yearRequired' | 'registry.form.dayWithoutMonth' | undefined {
  const given = parts.month !== '' || parts.day.trim() !== '';
  if (given && parts.year.trim() === '') return 'registry.form.yearRequired';
  if (parts.day.trim() !== '' && parts.month === '') return 'registry.form.dayWithoutMonth';
  return undefined;
}

function monthNames(locale: Locale): string[] {
  if (locale === 'ht') return [...HT_MONTHS];
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2000, m, 1))));
}

type PartialDateFieldProps = {
  /** The id of the year input, which the error summary links to. */
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  errors: FieldErrors;
};

/** Year, then month and day, each optional after the year; one legend and one error for the three. */
export function PartialDateField({ id, legend, hint, value, onChange, errors }: PartialDateFieldProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const error = errors[id];
  const hintId = hint ? `${id}-hint` : undefined;
  const described = describedBy(errors, id, hintId);
  return (
    <fieldset className="date-field">
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="date-parts">
        <div className="field">
          <label htmlFor={id}>{t('registry.form.year')}</label>
          <input
            id={id}
            className="input-year"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={value.year}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            onChange={(event) => onChange({ ...value, year: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-month`}>{t('registry.form.month')}</label>
          <select
            id={`${id}-month`}
            value={value.month}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            onChange={(event) => onChange({ ...value, month: event.target.value })}
          >
            <option value="">{t('registry.form.monthNotKnown')}</option>
            {monthNames(locale).map((name, index) => (
              <option key={name} value={String(index + 1).padStart(2, '0')}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('registry.form.day')}</label>
          <input
            id={`${id}-day`}
            className="input-day"
            inputMode="numeric"
            autoComplete="off"
            maxLength={2}
            value={value.day}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            onChange={(event) => onChange({ ...value, day: event.target.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}
