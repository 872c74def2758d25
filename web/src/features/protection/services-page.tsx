import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { searchServices, type Service } from './protection-api.ts';

export const SERVICE_KINDS = ['shelter', 'legal_aid', 'medical', 'mhpss', 'child_protection', 'anti_trafficking', 'livelihoods'] as const;

/** The service directory, searched by place and need. */
export function ServicesPage() {
  const { t } = useTranslation();
  const [country, setCountry] = useState('');
  const [subdivision, setSubdivision] = useState('');
  const [kind, setKind] = useState('');
  const [services, setServices] = useState<Service[]>();
  const [error, setError] = useState<unknown>();

  async function search(event?: FormEvent) {
    event?.preventDefault();
    setError(undefined);
    try {
      setServices(await searchServices({ country: country.toUpperCase() || undefined, subdivision: subdivision.toUpperCase() || undefined, kind: kind || undefined }));
    } catch (err) {
      setError(err);
    }
  }

  // All services at first; later searches are the reader's.
  useEffect(() => {
    searchServices({}).then(setServices, setError);
  }, []);

  return (
    <Page title={t('protection.services.title')}>
      <p>{t('protection.services.intro')}</p>
      <form onSubmit={search} className="inline-form">
        <label>
          {t('protection.services.country')}
          <input name="country" value={country} onChange={(e) => setCountry(e.target.value)} maxLength={2} size={3} />
        </label>
        <label>
          {t('protection.services.subdivision')}
          <input name="subdivision" value={subdivision} onChange={(e) => setSubdivision(e.target.value)} maxLength={6} size={8} />
        </label>
        <label>
          {t('protection.services.kind')}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">–</option>
            {SERVICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`protection.services.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('protection.services.search')}</button>
      </form>
      {error !== undefined && <ErrorMessage error={error} />}
      {services?.length === 0 && <p>{t('protection.services.empty')}</p>}
      <ul className="cards">
        {services?.map((s) => (
          <li key={s.id} className="card">
            <h2>{s.name}</h2>
            <p>
              {s.agency} · {s.city} ({s.subdivision}) · {s.address}
            </p>
            <p>{s.kinds.map((k) => t(`protection.services.kinds.${k as 'shelter'}`, { defaultValue: k })).join(', ')}</p>
            <dl>
              <dt>{t('protection.services.languages')}</dt>
              <dd>{s.languages.join(', ')}</dd>
              <dt>{t('protection.services.hours')}</dt>
              <dd>{s.hours}</dd>
              <dt>{t('protection.services.serves')}</dt>
              <dd>{s.serves.join(', ')}</dd>
              <dt>{t('protection.services.contact')}</dt>
              <dd>{[s.phone, s.email].filter(Boolean).join(' · ')}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </Page>
  );
}
