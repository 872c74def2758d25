import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMemberStates, type MemberState } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useFormat } from '../../i18n/format.ts';
import { PURPOSES } from './household-form.tsx';
import { grantConsent, withdrawConsent, type ConsentPurpose, type Household } from './registry-api.ts';

/**
 * The household's consent, purpose by purpose: when each was given or withdrawn, a button to withdraw
 * what is in force and to give what is not. The principal applicant gives consent for the household.
 */
export function ConsentsPanel({ household, onReload }: { household: Household; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState('');
  const [sharingCountry, setSharingCountry] = useState('');
  const [sharingCountryMissing, setSharingCountryMissing] = useState(false);
  const [memberStates, setMemberStates] = useState<MemberState[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const active = household.consents.filter((consent) => consent.withdrawnAt === null);
  const missing = PURPOSES.filter((purpose) => purpose === 'sharing' || !active.some((consent) => consent.purpose === purpose));

  useEffect(() => {
    listMemberStates().then(setMemberStates, () => setMemberStates([]));
  }, []);

  async function act(change: () => Promise<unknown>, message: string) {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setDone('');
    try {
      await change();
      await onReload();
      setDone(message);
      // The button pressed is gone; the focus goes to the section's heading, and the status is read out.
      heading.current?.focus();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function give(purpose: ConsentPurpose) {
    // Consent to share names its recipient: the member state chosen beside it.
    const missingCountry = purpose === 'sharing' && !sharingCountry;
    setSharingCountryMissing(missingCountry);
    if (missingCountry) {
      document.getElementById('consent-sharing-country')?.focus();
      return;
    }
    const consent = purpose === 'sharing' ? { purpose, recipientMemberState: sharingCountry } : { purpose };
    void act(() => grantConsent(household.principalPersonId, consent), t('registry.consents.granted'));
  }

  const country = (code: string) => format.regionName(code, code);
  const purposeLabel = (purpose: ConsentPurpose) => t(`registry.purposes.${purpose}.label`);

  return (
    <section aria-labelledby="consents-title" className="stack">
      <h2 id="consents-title" tabIndex={-1} ref={heading}>
        {t('registry.consents.title')}
      </h2>
      <p>{t('registry.consents.intro')}</p>
      <p role="status" className="status-line">
        {done}
      </p>
      {error !== undefined && <ErrorMessage error={error} />}
      {household.consents.length === 0 ? (
        <p>{t('registry.consents.none')}</p>
      ) : (
        <ul className="card-list">
          {household.consents.map((consent) => (
            <li key={consent.id} className="card">
              <h3>
                {purposeLabel(consent.purpose)}
                {consent.recipientMemberState && ` (${t('registry.consents.with', { country: country(consent.recipientMemberState) })})`}
              </h3>
              <p>{t('registry.consents.given', { date: format.dateTime(consent.grantedAt) })}</p>
              {consent.withdrawnAt ? (
                <p>
                  <strong>{t('registry.consents.withdrawnOn', { date: format.dateTime(consent.withdrawnAt) })}</strong>
                </p>
              ) : (
                <button
                  type="button"
                  className="button"
                  aria-label={t('registry.consents.withdrawLabel', { purpose: purposeLabel(consent.purpose) })}
                  onClick={() => void act(() => withdrawConsent(consent.id), t('registry.consents.withdrawn'))}
                >
                  {t('registry.consents.withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('registry.consents.addTitle')}</h3>
      <ul className="card-list">
        {missing.map((purpose) => (
          <li key={purpose} className="card">
            <p>
              <strong>{purposeLabel(purpose)}</strong>
            </p>
            <p className="hint">{t(`registry.purposes.${purpose}.help`)}</p>
            {purpose === 'sharing' && (
              <div className="field">
                <label htmlFor="consent-sharing-country">{t('registry.form.shareWith')}</label>
                {sharingCountryMissing && (
                  <p className="field-error" id="consent-sharing-country-error">
                    {t('registry.form.shareWithRequired')}
                  </p>
                )}
                <select
                  id="consent-sharing-country"
                  value={sharingCountry}
                  aria-invalid={sharingCountryMissing || undefined}
                  aria-describedby={sharingCountryMissing ? 'consent-sharing-country-error' : undefined}
                  onChange={(event) => setSharingCountry(event.target.value)}
                >
                  <option value="">{t('registry.form.chooseCountry')}</option>
                  {memberStates.map((state) => (
                    <option key={state.code} value={state.code}>
                      {format.regionName(state.code, state.name)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <button
              type="button"
              className="button"
              aria-label={t('registry.consents.giveLabel', { purpose: purposeLabel(purpose) })}
              onClick={() => give(purpose)}
            >
              {t('registry.consents.give')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
