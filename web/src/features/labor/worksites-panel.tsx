import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { addWorksite, type EmployerDetail } from './labor-api.ts';
import { SubdivisionField, TextField } from './form-fields.tsx';
import { useFormSubmit } from './use-form-submit.ts';

type Address = { line1?: string; city?: string; postcode?: string };

/**
 * The employer's worksites (where the work is done; a job order names one or more) and a form to
 * add one in the employer's member state. The server checks the place (ISO 3166-2) and audits it.
 */
export function WorksitesPanel({ employer, onAdded }: { employer: EmployerDetail; onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const uid = useId();

  const form = useFormSubmit(async (text) => {
    const postcode = text('postcode');
    const added = await addWorksite(employer.id, {
      name: text('name'),
      address: { line1: text('line1'), city: text('city'), subdivision: text('subdivision').toUpperCase(), ...(postcode ? { postcode } : {}), country: employer.memberState },
    });
    await onAdded();
    return t('labor.worksites.added', { name: added.name });
  });

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
      <form onSubmit={form.onSubmit} aria-labelledby={`${uid}-add`}>
        <h3 id={`${uid}-add`}>{t('labor.worksites.add')}</h3>
        {form.error !== undefined && <ErrorMessage error={form.error} />}
        <TextField id={`${uid}-name`} name="name" label={t('labor.worksites.name')} maxLength={200} autoComplete="organization" required />
        <TextField id={`${uid}-line1`} name="line1" label={t('labor.worksites.line1')} maxLength={200} autoComplete="address-line1" required />
        <TextField id={`${uid}-city`} name="city" label={t('labor.worksites.city')} maxLength={100} autoComplete="address-level2" required />
        <SubdivisionField id={`${uid}-subdivision`} memberState={employer.memberState} />
        <TextField id={`${uid}-postcode`} name="postcode" label={t('labor.worksites.postcode')} maxLength={20} autoComplete="postal-code" />
        <p>
          <button type="submit" className="button" disabled={form.busy}>
            {t('labor.worksites.submit')}
          </button>
        </p>
        <p role="status">{form.notice}</p>
      </form>
    </section>
  );
}
