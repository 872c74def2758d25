import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { acceptOffer, declineOffer, listMyOffers, reportProblem, type Offer } from './labor-api.ts';

type Load = { status: 'loading' } | { status: 'loaded'; items: Offer[] } | { status: 'failed'; error: unknown };
const REPORT_KINDS = ['recruitment_fee', 'document_kept', 'unpaid_wages', 'unsafe_housing', 'threats', 'confinement', 'unsafe_transport', 'other'] as const;

/** The worker's view: offers with the contract terms in her language, why not a job ranked higher, and reporting a problem. */
export function MyOffersPage() {
  const { t, i18n } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const lang = i18n.language;
  const reload = useCallback(() => {
    listMyOffers(lang).then(
      (items) => setLoad({ status: 'loaded', items }),
      (e: unknown) => setLoad({ status: 'failed', error: e }),
    );
  }, [lang]);
  useEffect(reload, [reload]);

  async function respond(offer: Offer, accept: boolean) {
    try {
      if (accept) await acceptOffer(offer.id);
      else await declineOffer(offer.id);
      setNotice(t(accept ? 'labor.offers.acceptedNotice' : 'labor.offers.declinedNotice'));
      setError(undefined);
      reload();
    } catch (e) {
      setError(e);
    }
  }

  async function report(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const kinds = form.getAll('kinds').map(String);
    try {
      const receipt = await reportProblem({ kinds, description: String(form.get('description') ?? ''), language: lang, anonymous: form.get('anonymous') === 'on' });
      setNotice(t('labor.report.sent', { inspectorate: receipt.inspectorate ?? '' }));
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Page title={t('labor.offers.title')}>
      <p>{t('labor.offers.intro')}</p>
      <div aria-live="polite">
        {notice && <p className="alert alert-info" role="status">{notice}</p>}
        {error !== undefined && <ErrorMessage error={error} />}
      </div>
      {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {load.status === 'failed' && <ErrorMessage error={load.error} />}
      {load.status === 'loaded' && load.items.length === 0 && <p>{t('labor.offers.none')}</p>}
      {load.status === 'loaded' &&
        load.items.map((o) => (
          <section key={o.id} className="card" aria-labelledby={`offer-${o.id}`}>
            <h2 id={`offer-${o.id}`}>{t('labor.offers.round', { number: o.roundNumber, programme: o.programmeCode })}</h2>
            <p>
              <strong>{o.status === 'offered' ? t('labor.offers.offered') : o.status === 'accepted' ? t('labor.offers.accepted') : o.status === 'declined' ? t('labor.offers.declined') : t('labor.offers.unplaced')}</strong>
              {o.jobOrder && ` — ${o.jobOrder.jobTitle}, ${o.jobOrder.employer.tradeName ?? o.jobOrder.employer.legalName}`}
            </p>
            {o.score !== null && <p>{t('labor.offers.score', { score: o.score, lottery: o.lottery })}</p>}
            {o.contractTerms.length > 0 && (
              <>
                <h3>{t('labor.offers.terms')}</h3>
                <ul>
                  {o.contractTerms.map((term) => (
                    <li key={term.key}>{term.text}</li>
                  ))}
                </ul>
              </>
            )}
            {o.refusals.length > 0 && (
              <>
                <h3>{t('labor.offers.why')}</h3>
                <ul>
                  {o.refusals.map((r) => (
                    <li key={r.jobOrderId}>
                      {t('labor.offers.yourChoice', { rank: r.rank + 1 })}:{' '}
                      {r.kind === 'FULL'
                        ? t('labor.offers.full', { job: r.jobTitle, lowest: r.lowestAdmittedScore ?? '', yours: r.yourScore ?? '' })
                        : r.kind === 'NO_PLACES'
                          ? t('labor.offers.noPlaces', { job: r.jobTitle })
                          : t('labor.offers.notAccepted', { job: r.jobTitle })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {o.status === 'offered' && (
              <p>
                <button type="button" className="button" onClick={() => void respond(o, true)}>{t('labor.offers.accept')}</button>{' '}
                <button type="button" className="button" onClick={() => void respond(o, false)}>{t('labor.offers.decline')}</button>
              </p>
            )}
          </section>
        ))}
      <section className="card" aria-labelledby="report-title">
        <h2 id="report-title">{t('labor.report.title')}</h2>
        <p>{t('labor.report.intro')}</p>
        <form onSubmit={(e) => void report(e)}>
          <fieldset>
            <legend>{t('labor.report.kinds')}</legend>
            {REPORT_KINDS.map((k) => (
              <label key={k} className="checkbox">
                <input type="checkbox" name="kinds" value={k} /> {t(`labor.report.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          <label htmlFor="report-description">{t('labor.report.description')}</label>
          <textarea id="report-description" name="description" required maxLength={4000} rows={4} />
          <label className="checkbox">
            <input type="checkbox" name="anonymous" /> {t('labor.report.anonymous')}
          </label>
          <p>
            <button type="submit" className="button">{t('labor.report.send')}</button>
          </p>
        </form>
      </section>
    </Page>
  );
}
