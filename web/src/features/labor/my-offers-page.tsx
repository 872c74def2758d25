import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import './labor.css';
import { RankingPanel } from './ranking-panel.tsx';
import { employerName, acceptOffer, declineOffer, listMyOffers, reportProblem, type Offer } from './labor-api.ts';

type Load = { status: 'loading' } | { status: 'loaded'; items: Offer[] } | { status: 'failed'; error: unknown };
const REPORT_KINDS = ['recruitment_fee', 'document_kept', 'unpaid_wages', 'unsafe_housing', 'threats', 'confinement', 'unsafe_transport', 'other'] as const;

/**
 * The worker's view: offers with the contract terms in her language, why not a job ranked higher,
 * ranking the job orders of an open round, and reporting a problem (anonymously if she wishes).
 */
export function MyOffersPage() {
  const { t, i18n } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [kindsMissing, setKindsMissing] = useState(false);
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
      if (accept) {
        const accepted = await acceptOffer(offer.id);
        setNotice(accepted.caseNumber ? t('labor.offers.acceptedCase', { number: accepted.caseNumber }) : t('labor.offers.acceptedNotice'));
      } else {
        await declineOffer(offer.id);
        setNotice(t('labor.offers.declinedNotice'));
      }
      setError(undefined);
      reload();
    } catch (e) {
      setError(e);
    }
  }

  async function report(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    const kinds = form.getAll('kinds').map(String) as (typeof REPORT_KINDS)[number][];
    setKindsMissing(kinds.length === 0);
    if (kinds.length === 0) {
      target.querySelector<HTMLInputElement>('input[name="kinds"]')?.focus();
      return;
    }
    try {
      const jobOrderId = String(form.get('jobOrderId') ?? '');
      const receipt = await reportProblem({
        kinds,
        description: String(form.get('description') ?? ''),
        language: (['en', 'es', 'fr', 'ht', 'pt'].includes(lang) ? lang : 'en') as 'en',
        anonymous: form.get('anonymous') === 'on',
        // The job it is about routes the report to the inspectorate of the member state where the job is.
        ...(jobOrderId ? { jobOrderId } : {}),
      });
      setNotice(t('labor.report.sent', { inspectorate: receipt.inspectorate ?? '' }));
      setError(undefined);
      target.reset();
    } catch (e) {
      setError(e);
    }
  }

  // Jobs she was offered or placed in, accepted first: a report about one goes to that job's host state.
  const offers = load.status === 'loaded' ? [...load.items].sort((a, b) => Number(b.status === 'accepted') - Number(a.status === 'accepted')) : [];
  const jobs = offers.flatMap((o) => (o.jobOrder && o.status !== 'unplaced' ? [o.jobOrder] : []));

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
              {o.jobOrder && ` — ${o.jobOrder.jobTitle}, ${employerName(o.jobOrder.employer)}`}
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
              <p className="actions">
                <button type="button" className="button button-primary" onClick={() => void respond(o, true)}>
                  {t('labor.offers.accept')}
                </button>
                <button type="button" className="button" onClick={() => void respond(o, false)}>
                  {t('labor.offers.decline')}
                </button>
              </p>
            )}
          </section>
        ))}
      <RankingPanel />
      <section className="card" aria-labelledby="report-title">
        <h2 id="report-title">{t('labor.report.title')}</h2>
        <p>{t('labor.report.intro')}</p>
        <form onSubmit={(e) => void report(e)}>
          <fieldset aria-describedby={kindsMissing ? 'report-kinds-error' : undefined}>
            <legend>{t('labor.report.kinds')}</legend>
            {kindsMissing && (
              <p className="field-error" id="report-kinds-error">
                {t('labor.report.kindRequired')}
              </p>
            )}
            {REPORT_KINDS.map((k) => (
              <label key={k} className="labor-check">
                <input type="checkbox" name="kinds" value={k} /> {t(`labor.report.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          {jobs.length > 0 && (
            <div className="labor-field">
              <label htmlFor="report-job">{t('labor.report.about')}</label>
              <select id="report-job" name="jobOrderId" defaultValue={jobs[0]?.id}>
                {jobs.map((j) => (
                  <option key={j.id} value={j.id}>
                    {j.jobTitle} – {employerName(j.employer)}
                  </option>
                ))}
                <option value="">{t('labor.report.aboutNone')}</option>
              </select>
            </div>
          )}
          <div className="labor-field">
            <label htmlFor="report-description">{t('labor.report.description')}</label>
            <textarea id="report-description" name="description" required maxLength={4000} rows={4} />
          </div>
          <label className="labor-check">
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
