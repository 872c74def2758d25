import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { addWorksite, type EmployerDetail } from './labor-api.ts';
import { SubdivisionField, TextField } from './form-fields.tsx';

type Address = { line1?: string; city?: string; postcode?: string };

/**
 * The employer's worksites (where the work is done; a job order names one or more) and a form to
 * add one in the employer's member state. The server checks the place (ISO 3166-2) and audits it.
 */
export function WorksitesPanel({ employer, onAdded }: { employer: EmployerDetail; onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const uid = useId();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const postcode = text('postcode');
    setBusy(true);
    setError(undefined);
    setNotice('');
    try {
      const added = await addWorksite(employer.id, {
        name: text('name'),
        address: { line1: text('line1'), city: text('city'), subdivision: text('subdivision').toUpperCase(), ...(postcode ? { postcode } : {}), country: employer.memberState },
      });
      form.reset();
      setNotice(t('labor.worksites.added', { name: added.name }));
      await onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('labor.worksites.title')}</h2>
      {employer.worksites.length === 0 ? (
        <p>{t('labor.worksites.none')}</p>
      ) : (
        <ul>
          {employer.worksites.map((w) => {
            const address = w.address as Address;
            return (
              <li key={w.id}>
                <strong>{w.name}</strong> – {[address.line1, address.city, w.subdivision, address.postcode].filter(Boolean).join(', ')}
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} aria-labelledby={`${uid}-add`}>
        <h3 id={`${uid}-add`}>{t('labor.worksites.add')}</h3>
        {error !== undefined && <ErrorMessage error={error} />}
        <TextField id={`${uid}-name`} name="name" label={t('labor.worksites.name')} maxLength={200} autoComplete="organization" required />
        <TextField id={`${uid}-line1`} name="line1" label={t('labor.worksites.line1')} maxLength={200} autoComplete="address-line1" required />
        <TextField id={`${uid}-city`} name="city" label={t('labor.worksites.city')} maxLength={100} autoComplete="address-level2" required />
        <SubdivisionField id={`${uid}-subdivision`} memberState={employer.memberState} />
        <TextField id={`${uid}-postcode`} name="postcode" label={t('labor.worksites.postcode')} maxLength={20} autoComplete="postal-code" />
        <p>
          <button type="submit" className="button" disabled={busy}>
            {t('labor.worksites.submit')}
          </button>
        </p>
        <p role="status">{notice}</p>
      </form>
    </section>
  );
}
