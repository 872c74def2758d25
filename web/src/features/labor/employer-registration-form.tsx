import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useUser } from '../auth/session.tsx';
import { registerEmployer, type EmployerDetail } from './labor-api.ts';
import { SubdivisionField, TextField } from './form-fields.tsx';
import { useFormSubmit } from './use-form-submit.ts';

/**
 * Registers an employer (a farm or company) in the user's member state, acting through the user's
 * association: its legal and trade names, tax identifier, sector (NAICS in Canada and the United
 * States, SCIAN in Mexico), address and a contact. The server refuses a tax identifier already
 * registered and a place outside the member state.
 */
export function EmployerRegistrationForm({ onRegistered, focusOnOpen = false }: { onRegistered: (employer: EmployerDetail) => Promise<void>; focusOnOpen?: boolean }) {
  const { t } = useTranslation();
  const { memberState } = useUser();
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // Opened by a button: the keyboard goes to the form.
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);

  const form = useFormSubmit(async (text) => {
    const optional = (name: string) => (text(name) ? { [name]: text(name) } : {});
    const contactName = text('contactName');
    const employer = await registerEmployer({
      legalName: text('legalName'),
      ...optional('tradeName'),
      taxId: text('taxId'),
      sectorSystem: text('sectorSystem') === 'SCIAN' ? 'SCIAN' : 'NAICS',
      sectorCode: text('sectorCode'),
      address: { line1: text('line1'), city: text('city'), subdivision: text('subdivision').toUpperCase(), ...optional('postcode'), country: memberState },
      contacts: contactName ? [{ name: contactName, ...optional('phone'), ...optional('email') }] : [],
    });
    // The page announces the registration and shows the new employer.
    await onRegistered(employer);
    return '';
  });

  return (
    <form onSubmit={form.onSubmit} aria-labelledby={`${uid}-title`} className="card">
      <h2 id={`${uid}-title`} ref={heading} tabIndex={-1}>
        {t('labor.registration.title')}
      </h2>
      <p>{t('labor.registration.intro')}</p>
      {form.error !== undefined && <ErrorMessage error={form.error} />}
      <TextField id={`${uid}-legal`} name="legalName" label={t('labor.registration.legalName')} maxLength={200} autoComplete="organization" required />
      <TextField id={`${uid}-trade`} name="tradeName" label={t('labor.registration.tradeName')} maxLength={200} />
      <TextField id={`${uid}-tax`} name="taxId" label={t('labor.registration.taxId')} maxLength={20} required />
      <div className="labor-field">
        <label htmlFor={`${uid}-system`}>{t('labor.registration.sectorSystem')}</label>
        <select id={`${uid}-system`} name="sectorSystem" defaultValue={memberState === 'MX' ? 'SCIAN' : 'NAICS'}>
          <option value="NAICS">NAICS</option>
          <option value="SCIAN">SCIAN</option>
        </select>
      </div>
      <div className="labor-field">
        <label htmlFor={`${uid}-sector`}>{t('labor.registration.sectorCode')}</label>
        <input id={`${uid}-sector`} name="sectorCode" required inputMode="numeric" maxLength={6} size={8} aria-describedby={`${uid}-sector-hint`} />
        <p id={`${uid}-sector-hint`} className="hint">
          {t('labor.registration.sectorHint')}
        </p>
      </div>
      <TextField id={`${uid}-line1`} name="line1" label={t('labor.worksites.line1')} maxLength={200} autoComplete="address-line1" required />
      <TextField id={`${uid}-city`} name="city" label={t('labor.worksites.city')} maxLength={100} autoComplete="address-level2" required />
      <SubdivisionField id={`${uid}-subdivision`} memberState={memberState} />
      <TextField id={`${uid}-postcode`} name="postcode" label={t('labor.worksites.postcode')} maxLength={20} autoComplete="postal-code" />
      <fieldset>
        <legend>{t('labor.registration.contact')}</legend>
        <TextField id={`${uid}-contact`} name="contactName" label={t('labor.registration.contactName')} maxLength={200} autoComplete="name" />
        <TextField id={`${uid}-phone`} name="phone" type="tel" label={t('labor.registration.phone')} maxLength={20} autoComplete="tel" />
        <TextField id={`${uid}-email`} name="email" type="email" label={t('labor.registration.email')} maxLength={254} autoComplete="email" />
      </fieldset>
      <p>
        <button type="submit" className="button button-primary" disabled={form.busy}>
          {t('labor.registration.submit')}
        </button>
      </p>
    </form>
  );
}
