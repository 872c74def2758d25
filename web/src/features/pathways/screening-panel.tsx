import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Link } from '../../components/link.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { Household } from '../registry/registry-api.ts';
import { PathwayList } from './pathway-list.tsx';
import { listPathways, screenHousehold, type Pathway } from './pathways-api.ts';

type Load = { status: 'loading' } | { status: 'loaded'; pathways: Pathway[] } | { status: 'failed'; error: unknown };

function hasScreeningConsent(household: Household): boolean {
  return household.consents.some((consent) => consent.purpose === 'screening' && consent.withdrawnAt === null);
}

/**
 * A household's screening: the button that runs it and the ranked, explained results. Progress and the
 * count of programmes checked are announced in a live region; the results follow under their heading.
 * `forApplicant` speaks to the applicant about their own household, otherwise to a caseworker.
 */
export function ScreeningPanel({ household, forApplicant }: { household: Household; forApplicant: boolean }) {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [screening, setScreening] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [screenError, setScreenError] = useState<unknown>();
  const consented = hasScreeningConsent(household);

  const refresh = useCallback(() => {
    listPathways(household.id, locale).then(
      (pathways) => setLoad({ status: 'loaded', pathways }),
      (error: unknown) => setLoad({ status: 'failed', error }),
    );
  }, [household.id, locale]);

  useEffect(refresh, [refresh]);

  async function screen() {
    if (screening) return;
    setScreening(true);
    setScreenError(undefined);
    setAnnouncement(t('pathways.screening.screening'));
    try {
      const programmes = await screenHousehold(household.id);
      const pathways = await listPathways(household.id, locale);
      setLoad({ status: 'loaded', pathways });
      setAnnouncement(t('pathways.screening.done', { total: number(programmes) }));
    } catch (error) {
      setAnnouncement('');
      setScreenError(error);
    } finally {
      setScreening(false);
    }
  }

  const screened = load.status === 'loaded' && load.pathways.length > 0;

  return (
    <section aria-labelledby="screening-title" className="stack">
      <h2 id="screening-title">{forApplicant ? t('pathways.results.title') : t('pathways.screening.title')}</h2>
      {load.status === 'loading' && <p role="status">{t('pathways.screening.loading')}</p>}
      {load.status === 'failed' && <ErrorMessage error={load.error} />}
      {load.status === 'loaded' && !screened && (
        <p>{forApplicant ? t('pathways.mine.notScreened') : t('pathways.screening.notScreened')}</p>
      )}
      {!consented && (
        <p className="alert alert-info">
          {forApplicant ? (
            <>
              {t('pathways.mine.needsConsent')} <Link to="/my-details">{t('pathways.mine.toMyDetails')}</Link>
            </>
          ) : (
            t('pathways.screening.needsConsent')
          )}
        </p>
      )}
      {consented && load.status !== 'loading' && (
        <p>
          <button type="button" className="button button-primary" onClick={() => void screen()} aria-disabled={screening || undefined}>
            {screened
              ? t(forApplicant ? 'pathways.mine.rescreen' : 'pathways.screening.rescreen')
              : t(forApplicant ? 'pathways.mine.screen' : 'pathways.screening.screen')}
          </button>
        </p>
      )}
      {screenError !== undefined && <ErrorMessage error={screenError} />}
      <p role="status" className="status-line">
        {announcement}
      </p>
      {load.status === 'loaded' && screened && (
        <>
          <p>{t('pathways.results.count', { total: number(load.pathways.length) })}</p>
          <PathwayList pathways={load.pathways} />
          {forApplicant && <p>{t('pathways.mine.detailsChanged')}</p>}
        </>
      )}
    </section>
  );
}
