/** One-line fields shared by the labour forms. */
import { useTranslation } from 'react-i18next';

/** A labelled one-line text input of the labour forms (read back through FormData by `name`). */
export function TextField({
  id,
  name,
  label,
  maxLength,
  autoComplete,
  required = false,
  type = 'text',
}: {
  id: string;
  name: string;
  label: string;
  maxLength: number;
  autoComplete?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url';
}) {
  return (
    <div className="labor-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} required={required} maxLength={maxLength} autoComplete={autoComplete} />
    </div>
  );
}

/** A labelled choice of the labour forms: `options` as [value, shown text] pairs (read back by `name`). */
export function SelectField({ id, name, label, options, defaultValue }: { id: string; name: string; label: string; options: readonly (readonly [string, string])[]; defaultValue: string }) {
  return (
    <div className="labor-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The ISO 3166-2 code of a place in the member state (CA-ON, MX-CHP), with its hint; `hint` replaces
 * the default one (an optional place says what leaving it empty means).
 */
export function SubdivisionField({ id, memberState, required = true, hint }: { id: string; memberState: string; required?: boolean; hint?: string }) {
  const { t } = useTranslation();
  return (
    <div className="labor-field">
      <label htmlFor={id}>{t('labor.worksites.subdivision')}</label>
      <input id={id} name="subdivision" required={required} maxLength={6} size={8} pattern="[A-Za-z]{2}-[A-Za-z0-9]{1,3}" aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="hint">
        {hint ?? t('labor.worksites.subdivisionHint', { prefix: `${memberState}-` })}
      </p>
    </div>
  );
}
