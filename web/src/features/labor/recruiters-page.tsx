import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './labor.css';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { TextField } from './form-fields.tsx';
import { employerName, listRecruiters, registerRecruiter, type Recruiter } from './labor-api.ts';
import { useEmployers } from './use-employers.ts';
import { useFormSubmit } from './use-form-submit.ts';

/**
 * The labour officer's register of recruiters: only a registered, active recruiter may be named on
 * a job order's attestation (the server's rule). Each is recorded with its licence or registration
 * number, the country it recruits in, and the employers it acts for; every registration is audited.
 */
export function RecruitersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const uid = useId();
  const [recruiters, setRecruiters] = useState<Recruiter[]>();
  const [error, setError] = useState<unknown>();
  const { employers } = useEmployers(setError);

  useEffect(() => {
    listRecruiters().then(setRecruiters, setError);
  }, []);

  const actsFor = (id: string) => {
    const e = employers?.find((x) => x.id === id);
    return e ? employerName(e) : id;
  };

  const form = useFormSubmit(async (text, data) => {
    const added = await registerRecruiter({
      name: text('name'),
      registrationNumber: text('registrationNumber'),
      country: text('country').toUpperCase(),
      employerIds: data.getAll('employerIds').map(String),
    });
    setRecruiters(await listRecruiters());
    return t('labor.recruiters.registered', { name: added.name });
  });

  return (
    <Page title={t('labor.recruiters.title')}>
      <p>{t('labor.recruiters.intro')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      <section aria-labelledby={`${uid}-list`}>
        <h2 id={`${uid}-list`}>{t('labor.recruiters.list')}</h2>
        {recruiters === undefined && error === undefined && <p role="status">{t('app.loading')}</p>}
        {recruiters?.length === 0 && <p>{t('labor.recruiters.none')}</p>}
        {recruiters && recruiters.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby={`${uid}-list`} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('labor.recruiters.name')}</th>
                  <th scope="col">{t('labor.recruiters.registrationNumber')}</th>
                  <th scope="col">{t('labor.recruiters.country')}</th>
                  <th scope="col">{t('labor.recruiters.status')}</th>
                  <th scope="col">{t('labor.recruiters.employers')}</th>
                </tr>
              </thead>
              <tbody>
                {recruiters.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.name}</th>
                    <td>{r.registrationNumber}</td>
                    <td>{format.regionName(r.country, r.country)}</td>
                    <td>{r.status === 'active' ? t('labor.recruiters.active') : t('labor.recruiters.inactive')}</td>
                    <td>{r.employerIds.length === 0 ? '—' : r.employerIds.map(actsFor).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <form onSubmit={form.onSubmit} aria-labelledby={`${uid}-new`}>
        <h2 id={`${uid}-new`}>{t('labor.recruiters.new')}</h2>
        {form.error !== undefined && <ErrorMessage error={form.error} />}
        <TextField id={`${uid}-name`} name="name" label={t('labor.recruiters.name')} maxLength={200} autoComplete="organization" required />
        <TextField id={`${uid}-number`} name="registrationNumber" label={t('labor.recruiters.registrationNumber')} maxLength={40} required />
        <div className="labor-field">
          <label htmlFor={`${uid}-country`}>{t('labor.recruiters.country')}</label>
          <input id={`${uid}-country`} name="country" required minLength={2} maxLength={2} size={4} autoComplete="country" aria-describedby={`${uid}-country-hint`} />
          <p id={`${uid}-country-hint`} className="hint">
            {t('labor.recruiters.countryHint')}
          </p>
        </div>
        {employers && employers.length > 0 && (
          <fieldset>
            <legend>{t('labor.recruiters.actsFor')}</legend>
            {employers.map((e) => (
              <label key={e.id} className="labor-check">
                <input type="checkbox" name="employerIds" value={e.id} /> {employerName(e)}
              </label>
            ))}
          </fieldset>
        )}
        <p>
          <button type="submit" className="button button-primary" disabled={form.busy}>
            {t('labor.recruiters.submit')}
          </button>
        </p>
        <p role="status">{form.notice}</p>
      </form>
    </Page>
  );
}
