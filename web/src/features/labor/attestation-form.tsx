import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useFormat } from '../../i18n/format.ts';
import { attestJobOrder, type JobOrderDetail } from './labor-api.ts';

/**
 * The employer's fair-recruitment attestation (no fees, no document retention, the contract in the
 * worker's language, the housing, transport and meals terms), required before approval.
 */
export function AttestationForm({ jobOrder, onSaved }: { jobOrder: JobOrderDetail; onSaved: (jo: JobOrderDetail) => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const uid = useId();
  const a = jobOrder.attestation;
  const [terms, setTerms] = useState({ housingTerms: a?.housingTerms ?? '', transportTerms: a?.transportTerms ?? '', mealsTerms: a?.mealsTerms ?? '' });
  const [error, setError] = useState<unknown>();
  const canAttest = jobOrder.status === 'draft' || jobOrder.status === 'submitted';

  async function attest(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      onSaved(await attestJobOrder(jobOrder.id, { noRecruitmentFees: true, noDocumentRetention: true, contractInWorkerLanguage: true, ...terms }));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{t('labor.attestation.title')}</h3>
      <p role="status">{a ? t('labor.attestation.done', { date: dateTime(a.attestedAt) }) : t('labor.attestation.missing')}</p>
      {canAttest && (
        <form onSubmit={(e) => void attest(e)}>
          <p>{t('labor.attestation.intro')}</p>
          {error !== undefined && <ErrorMessage error={error} />}
          {(['noFees', 'noDocuments', 'contractLanguage'] as const).map((k) => (
            <label key={k} className="labor-check">
              <input type="checkbox" name={k} required defaultChecked={a !== null} /> {t(`labor.attestation.${k}`)}
            </label>
          ))}
          {(['housingTerms', 'transportTerms', 'mealsTerms'] as const).map((k) => (
            <div key={k} className="labor-field">
              <label htmlFor={`${uid}-${k}`}>{t(`labor.attestation.${k}`)}</label>
              <textarea id={`${uid}-${k}`} value={terms[k]} onChange={(e) => setTerms((s) => ({ ...s, [k]: e.target.value }))} required maxLength={2000} rows={2} />
            </div>
          ))}
          <p>
            <button type="submit" className="button">
              {t('labor.attestation.submit')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
