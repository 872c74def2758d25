import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './labor.css';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { listProgrammes } from '../programmes/programmes-api.ts';
import { AttestationForm } from './attestation-form.tsx';
import { JobOrderForm } from './job-order-form.tsx';
import { useEmployers } from './use-employers.ts';
import { employerName, getEmployer, getJobOrder, listEmployers, listJobOrders, moveJobOrder, submitJobOrder, type EmployerDetail, type JobOrder, type JobOrderDetail } from './labor-api.ts';
import { PlacementsPanel } from './placements-panel.tsx';
import { FloorSource, useMoney } from './wage-floor-note.tsx';
import { WorksitesPanel } from './worksites-panel.tsx';
import { EmployerRegistrationForm } from './employer-registration-form.tsx';

type Open = { kind: 'none' } | { kind: 'new' } | { kind: 'existing'; jobOrder: JobOrderDetail };
const PLACED_STATUSES = ['recruiting', 'filled', 'in_season', 'closed'];

/**
 * The employer portal: the job orders of the employers the user acts for; a draft is created and
 * changed here (the wage is checked against the floor on every save), attested and submitted; after
 * approval, the placements, arrivals and the season's end.
 */
export function EmployerPage() {
  const { t, i18n } = useTranslation();
  const { calendarDate } = useFormat();
  const money = useMoney();
  const [employer, setEmployer] = useState<EmployerDetail>();
  const [programmes, setProgrammes] = useState<string[]>([]);
  const [jobOrders, setJobOrders] = useState<JobOrder[]>();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>();
  const detailHeading = useRef<HTMLHeadingElement>(null);

  const [registering, setRegistering] = useState(false);

  const { employers, setEmployers, employerId, setEmployerId } = useEmployers(setError);

  /** A newly registered employer becomes the one shown, and the page says what comes next. */
  async function registered(detail: EmployerDetail) {
    setEmployers(await listEmployers());
    setRegistering(false);
    setOpen({ kind: 'none' });
    setEmployerId(detail.id);
    setNotice(t('labor.registration.registered', { name: employerName(detail) }));
  }

  const reloadJobOrders = useCallback(async (id: string) => {
    setJobOrders(await listJobOrders({ employerId: id }));
  }, []);

  useEffect(() => {
    if (!employerId) return;
    Promise.all([getEmployer(employerId), reloadJobOrders(employerId), listProgrammes(i18n.language)]).then(
      ([detail, , all]) => {
        setEmployer(detail);
        setProgrammes(all.filter((p) => p.hostMemberState === detail.memberState).map((p) => p.code));
      },
      (err: unknown) => setError(err),
    );
  }, [employerId, reloadJobOrders, i18n.language]);

  useEffect(() => {
    if (open.kind !== 'none') detailHeading.current?.focus();
  }, [open.kind, open.kind === 'existing' ? open.jobOrder.id : '']);

  async function show(id: string) {
    setNotice('');
    setError(undefined);
    try {
      setOpen({ kind: 'existing', jobOrder: await getJobOrder(id) });
    } catch (err) {
      setError(err);
    }
  }

  async function changed(jobOrder: JobOrderDetail, message: string) {
    setOpen({ kind: 'existing', jobOrder });
    setNotice(message);
    setError(undefined);
    await reloadJobOrders(jobOrder.employerId).catch((err: unknown) => setError(err));
  }

  async function act(run: () => Promise<JobOrderDetail>, message: (jo: JobOrderDetail) => string) {
    setError(undefined);
    setNotice('');
    try {
      const jo = await run();
      await changed(jo, message(jo));
    } catch (err) {
      setError(err);
    }
  }

  const statusLabel = (s: string) => t(`labor.status.${s as 'draft'}`);

  return (
    <Page title={t('labor.employer.title')}>
      <p>{t('labor.employer.intro')}</p>
      <div aria-live="polite">{notice && <p className="alert alert-info">{notice}</p>}</div>
      {error !== undefined && <ErrorMessage error={error} />}
      {employers === undefined && error === undefined && <p role="status">{t('app.loading')}</p>}
      {employers?.length === 0 && <p>{t('labor.employer.noEmployer')}</p>}
      {employers !== undefined && (employers.length === 0 || registering) && <EmployerRegistrationForm onRegistered={registered} focusOnOpen={registering} />}
      {employers && employers.length > 1 && (
        <div className="labor-field">
          <label htmlFor="employer-select">{t('labor.employer.employer')}</label>
          <select id="employer-select" value={employerId} onChange={(e) => { setEmployerId(e.target.value); setOpen({ kind: 'none' }); }}>
            {employers.map((e) => (
              <option key={e.id} value={e.id}>
                {employerName(e)}
              </option>
            ))}
          </select>
        </div>
      )}
      {employer && (
        <section aria-labelledby="job-orders-title">
          <h2 id="job-orders-title">
            {t('labor.employer.list')} – {employerName(employer)}
          </h2>
          {jobOrders?.length === 0 && <p>{t('labor.employer.none')}</p>}
          {jobOrders && jobOrders.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="job-orders-title" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('labor.employer.reference')}</th>
                    <th scope="col">{t('labor.employer.jobTitle')}</th>
                    <th scope="col">{t('labor.employer.status')}</th>
                    <th scope="col">{t('labor.employer.start')}</th>
                    <th scope="col">{t('labor.employer.workers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {jobOrders.map((jo) => (
                    <tr key={jo.id}>
                      <th scope="row">
                        <button type="button" className="labor-link" aria-label={t('labor.employer.open', { reference: jo.reference })} onClick={() => void show(jo.id)}>
                          {jo.reference}
                        </button>
                      </th>
                      <td>{jo.jobTitle}</td>
                      <td>{statusLabel(jo.status)}</td>
                      <td>
                        <time dateTime={jo.startDate}>{calendarDate(jo.startDate)}</time>
                      </td>
                      <td>{jo.workersNeeded}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <button type="button" className="button" onClick={() => { setNotice(''); setError(undefined); setOpen({ kind: 'new' }); }}>
              {t('labor.employer.new')}
            </button>
          </p>
        </section>
      )}
      {employer && open.kind === 'none' && !registering && (
        <p>
          <button type="button" className="button" onClick={() => { setNotice(''); setRegistering(true); }}>
            {t('labor.registration.another')}
          </button>
        </p>
      )}
      {employer && open.kind === 'none' && (
        <WorksitesPanel
          employer={employer}
          onAdded={async () => {
            setEmployer(await getEmployer(employer.id));
          }}
        />
      )}
      {employer && open.kind === 'new' && (
        <section aria-labelledby="job-order-title">
          <h2 id="job-order-title" ref={detailHeading} tabIndex={-1}>
            {t('labor.employer.new')}
          </h2>
          <JobOrderForm key="new" employer={employer} programmes={programmes} onSaved={(jo) => void changed(jo, t('labor.employer.saved'))} />
        </section>
      )}
      {employer && open.kind === 'existing' && (
        <section aria-labelledby="job-order-title">
          <h2 id="job-order-title" ref={detailHeading} tabIndex={-1}>
            {t('labor.employer.detail', { reference: open.jobOrder.reference })}
          </h2>
          <JobOrderSummary jobOrder={open.jobOrder} money={money} statusLabel={statusLabel} />
          {open.jobOrder.status === 'draft' && (
            <JobOrderForm key={`${open.jobOrder.id}-${open.jobOrder.version}`} employer={employer} programmes={programmes} jobOrder={open.jobOrder} onSaved={(jo) => void changed(jo, t('labor.employer.saved'))} />
          )}
          <AttestationForm key={`att-${open.jobOrder.id}-${open.jobOrder.version}`} jobOrder={open.jobOrder} onSaved={(jo) => void changed(jo, t('labor.attestation.saved'))} />
          <p className="actions">
            {open.jobOrder.status === 'draft' && (
              <button type="button" className="button button-primary" onClick={() => void act(() => submitJobOrder(open.jobOrder.id, open.jobOrder.version), () => t('labor.employer.submitted'))}>
                {t('labor.employer.submit')}
              </button>
            )}
            {['approved', 'recruiting', 'filled'].includes(open.jobOrder.status) && (
              <button type="button" className="button" onClick={() => void act(() => moveJobOrder(open.jobOrder.id, open.jobOrder.version, 'in_season'), (jo) => t('labor.employer.moved', { status: statusLabel(jo.status) }))}>
                {t('labor.employer.startSeason')}
              </button>
            )}
            {open.jobOrder.status === 'in_season' && (
              <button type="button" className="button" onClick={() => void act(() => moveJobOrder(open.jobOrder.id, open.jobOrder.version, 'closed'), (jo) => t('labor.employer.moved', { status: statusLabel(jo.status) }))}>
                {t('labor.employer.closeSeason')}
              </button>
            )}
          </p>
          {(PLACED_STATUSES.includes(open.jobOrder.status) || open.jobOrder.placements > 0) && (
            <PlacementsPanel key={`pl-${open.jobOrder.id}-${open.jobOrder.version}`} jobOrderId={open.jobOrder.id} canRecord={open.jobOrder.status !== 'closed'} />
          )}
          <p>
            <button type="button" className="labor-link" onClick={() => setOpen({ kind: 'none' })}>
              {t('labor.employer.close')}
            </button>
          </p>
        </section>
      )}
    </Page>
  );
}

function JobOrderSummary({ jobOrder, money, statusLabel }: { jobOrder: JobOrderDetail; money: (n: number, c: string) => string; statusLabel: (s: string) => string }) {
  const { t } = useTranslation();
  const { calendarDate } = useFormat();
  const check = jobOrder.wageCheck as { floor?: { hourlyRate: number; currency: string; kind: string; source: string } } | null;
  return (
    <>
      <p>
        <strong>{statusLabel(jobOrder.status)}</strong> – {jobOrder.jobTitle}, {money(jobOrder.wageHourly, jobOrder.currency)}
      </p>
      {jobOrder.decisionNote && jobOrder.status === 'draft' && <p className="alert alert-info">{t('labor.employer.returned', { note: jobOrder.decisionNote })}</p>}
      {check?.floor && (
        <p>
          {t('labor.employer.wageChecked', {
            floor: money(check.floor.hourlyRate, check.floor.currency),
            kind: t(`labor.floor.kinds.${check.floor.kind as 'aewr'}`),
            source: check.floor.source,
          })}
        </p>
      )}
      {jobOrder.floorsOwed.map((f) => (
        <div key={f.id} className="labor-floor">
          <p>
            <strong>
              {t('labor.employer.floorOwed', {
                rate: money(f.hourlyRate, f.currency),
                kind: t(`labor.floor.kinds.${f.kind as 'aewr'}`, { defaultValue: f.kind }),
                from: calendarDate(f.owedFrom),
                to: calendarDate(f.owedUntil),
              })}
            </strong>
          </p>
          <FloorSource floor={f} />
        </div>
      ))}
    </>
  );
}
