import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { navigate } from '../../routes/navigation.ts';
import { CaseTable } from './cases-page.tsx';
import { getWorkload, reviewDecision, type Workload } from './cases-api.ts';
import { ReviewDialog } from './decision-dialog.tsx';

type Load = { status: 'loading' } | { status: 'loaded'; w: Workload } | { status: 'failed'; error: unknown };

/** The supervisor's view: workload per caseworker, overdue cases, and approvals waiting (four eyes). */
export function WorkloadPage() {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [reviewing, setReviewing] = useState<{ caseId: string; id: string }>();
  const [notice, setNotice] = useState<string>();
  const reload = useCallback(() => {
    getWorkload().then(
      (w) => setLoad({ status: 'loaded', w }),
      (error: unknown) => setLoad({ status: 'failed', error }),
    );
  }, []);
  useEffect(reload, [reload]);
  const openCase = (id: string) => navigate(`/cases?case=${id}`);

  return (
    <Page title={t('cases.workload.title')}>
      <p>{t('cases.workload.intro')}</p>
      {notice && <p className="alert alert-info" role="status">{notice}</p>}
      {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {load.status === 'failed' && <ErrorMessage error={load.error} />}
      {load.status === 'loaded' && (
        <>
          <h2>{t('cases.workload.approvals')}</h2>
          {load.w.pendingApprovals.length === 0 ? (
            <p>{t('cases.workload.noApprovals')}</p>
          ) : (
            <ul className="card-list">
              {load.w.pendingApprovals.map((d) => (
                <li key={d.id} className="card">
                  <p>
                    <a href={`/cases?case=${d.caseId}`} onClick={(e) => { e.preventDefault(); openCase(d.caseId); }}>{d.caseNumber}</a>:{' '}
                    {t(`cases.decision.kinds.${d.kind}`)} — {t(`cases.decision.outcomes.${d.outcome as 'recommend'}`)} ({d.requestedByName})
                  </p>
                  <p>{d.reasonCodes.map((r) => t(`cases.decision.reasonCodes.${r as 'other'}`)).join(', ')}{d.legalBasis ? ` — ${d.legalBasis}` : ''}</p>
                  <button type="button" className="button" onClick={() => setReviewing({ caseId: d.caseId, id: d.id })}>{t('cases.case.reviewTitle')}</button>
                </li>
              ))}
            </ul>
          )}
          <ReviewDialog
            open={reviewing !== undefined}
            onClose={() => setReviewing(undefined)}
            onSubmit={async (approve, comment) => {
              if (!reviewing) return;
              const result = await reviewDecision(reviewing.caseId, reviewing.id, approve, comment);
              setNotice(t(`cases.decision.statuses.${result.status}`));
              reload();
            }}
          />
          <div className="table-scroll">
            <table>
              <caption>{t('cases.workload.byAssignee')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cases.workload.assignee')}</th>
                  <th scope="col">{t('cases.workload.open')}</th>
                  <th scope="col">{t('cases.workload.overdue')}</th>
                  <th scope="col">{t('cases.workload.urgent')}</th>
                </tr>
              </thead>
              <tbody>
                {load.w.byAssignee.map((r) => (
                  <tr key={r.assignedTo ?? 'none'}>
                    <th scope="row">{r.assigneeName ?? t('cases.workload.unassigned')}</th>
                    <td>{r.open}</td>
                    <td>{r.overdue}</td>
                    <td>{r.urgent}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('cases.workload.overdueCases')}</h2>
          {load.w.overdueCases.length === 0 ? <p>{t('cases.workload.noOverdue')}</p> : <CaseTable items={load.w.overdueCases} caption={t('cases.workload.overdueCases')} onOpen={openCase} />}
        </>
      )}
    </Page>
  );
}
