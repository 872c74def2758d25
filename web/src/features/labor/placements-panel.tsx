import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useFormat } from '../../i18n/format.ts';
import { listPlacements, recordArrival, type Placement } from './labor-api.ts';

const EVENTS = [
  ['arrived', 'arrival'],
  ['season_ended', 'seasonEnd'],
  ['left_early', 'leftEarly'],
] as const;

/** The workers placed in a job order (reading them is audited), with arrivals, the season end and early departures. */
export function PlacementsPanel({ jobOrderId, canRecord }: { jobOrderId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const { calendarDate } = useFormat();
  const uid = useId();
  const [items, setItems] = useState<Placement[]>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState('');

  const reload = useCallback(async () => {
    try {
      setItems(await listPlacements(jobOrderId));
    } catch (err) {
      setError(err);
    }
  }, [jobOrderId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function record(event: FormEvent<HTMLFormElement>, placement: Placement) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    setNotice('');
    try {
      await recordArrival(placement.id, { status: String(form.get('status')) as 'arrived', on: String(form.get('on')) });
      setNotice(t('labor.placements.recorded'));
      await reload();
    } catch (err) {
      setError(err);
    }
  }

  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{t('labor.placements.title')}</h3>
      <div aria-live="polite">
        {notice && <p className="alert alert-info">{notice}</p>}
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      {items?.length === 0 && <p>{t('labor.placements.none')}</p>}
      {items && items.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby={`${uid}-title`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('labor.placements.worker')}</th>
                <th scope="col">{t('labor.placements.case')}</th>
                <th scope="col">{t('labor.placements.status')}</th>
                <th scope="col">{t('labor.placements.arrived')}</th>
                <th scope="col">{t('labor.placements.seasonEnded')}</th>
                {canRecord && <th scope="col">{t('labor.placements.record')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.workerName}</th>
                  <td>{p.caseNumber ?? '—'}</td>
                  <td>{t(`labor.placements.statuses.${p.status as 'placed'}`)}</td>
                  <td>{p.arrivedOn ? <time dateTime={p.arrivedOn}>{calendarDate(p.arrivedOn)}</time> : '—'}</td>
                  <td>{p.seasonEndedOn ? <time dateTime={p.seasonEndedOn}>{calendarDate(p.seasonEndedOn)}</time> : '—'}</td>
                  {canRecord && (
                    <td>
                      <form className="labor-row-form" onSubmit={(e) => void record(e, p)} aria-label={t('labor.placements.recordFor', { name: p.workerName })}>
                        <label className="visually-hidden" htmlFor={`${uid}-${p.id}-status`}>
                          {t('labor.placements.status')}
                        </label>
                        <select id={`${uid}-${p.id}-status`} name="status" defaultValue={p.status === 'placed' ? 'arrived' : 'season_ended'}>
                          {EVENTS.map(([value, key]) => (
                            <option key={value} value={value}>
                              {t(`labor.placements.${key}`)}
                            </option>
                          ))}
                        </select>
                        <label className="visually-hidden" htmlFor={`${uid}-${p.id}-on`}>
                          {t('labor.placements.on')}
                        </label>
                        <input id={`${uid}-${p.id}-on`} name="on" type="date" required defaultValue={today} />
                        <button type="submit" className="button">
                          {t('labor.placements.record')}
                        </button>
                      </form>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
