import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAuditEvents, verifyAuditChain, type AuditEvent, type AuditVerification } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';

const PAGE_SIZE = 50;

type Entries = { items: AuditEvent[]; hasOlder: boolean; loading: boolean; error?: unknown };
type Verification = { status: 'idle' | 'running' } | { status: 'done'; result: AuditVerification } | { status: 'failed'; error: unknown };

/** The audit trail of the reader's member state, for auditors; actions and ids are shown as recorded. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [entries, setEntries] = useState<Entries>({ items: [], hasOlder: false, loading: true });
  const [verification, setVerification] = useState<Verification>({ status: 'idle' });

  async function loadOlder(beforeSeq?: number) {
    setEntries((current) => ({ ...current, loading: true, error: undefined }));
    try {
      const items = await listAuditEvents({ beforeSeq, limit: PAGE_SIZE });
      setEntries((current) => ({
        items: [...current.items, ...items],
        hasOlder: items.length === PAGE_SIZE,
        loading: false,
      }));
    } catch (error) {
      setEntries((current) => ({ ...current, loading: false, error }));
    }
  }

  useEffect(() => {
    void loadOlder();
  }, []);

  async function verify() {
    setVerification({ status: 'running' });
    try {
      setVerification({ status: 'done', result: await verifyAuditChain() });
    } catch (error) {
      setVerification({ status: 'failed', error });
    }
  }

  const oldest = entries.items.at(-1);

  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.intro')}</p>

      <section aria-labelledby="audit-integrity">
        <h2 id="audit-integrity">{t('audit.verifyTitle')}</h2>
        <p>{t('audit.verifyIntro')}</p>
        <div role="status">
          {verification.status === 'done' &&
            (verification.result.ok ? (
              <p className="alert alert-info">{t('audit.intact', { rows: format.number(verification.result.rows) })}</p>
            ) : (
              <p className="alert alert-error">
                {t('audit.broken', { seq: format.number(verification.result.brokenSeq ?? 0) })}
              </p>
            ))}
        </div>
        {verification.status === 'failed' && <ErrorMessage error={verification.error} />}
        <button type="button" className="button" onClick={verify}>
          {verification.status === 'running' ? t('audit.verifying') : t('audit.verify')}
        </button>
      </section>

      <section aria-labelledby="audit-entries">
        <h2 id="audit-entries">{t('audit.entriesTitle')}</h2>
        {entries.items.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="audit-entries" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('audit.entry')}</th>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.record')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.origin')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.items.map((event) => (
                  <tr key={event.seq}>
                    <td>{format.number(event.seq)}</td>
                    <td>
                      <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                    </td>
                    <td>
                      <code>{event.action}</code>
                    </td>
                    <td>
                      <code>{event.recordType}</code>
                      {event.recordId && (
                        <>
                          {' '}
                          <code>{event.recordId}</code>
                        </>
                      )}
                    </td>
                    <td>{event.actorUserId ? <code>{event.actorUserId}</code> : t('audit.system')}</td>
                    <td>{event.ip && <code>{event.ip}</code>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {!entries.loading && !entries.error && entries.items.length === 0 && <p>{t('audit.none')}</p>}
        {entries.loading && <p role="status">{t('app.loading')}</p>}
        {entries.error !== undefined && <ErrorMessage error={entries.error} />}
        {entries.hasOlder && !entries.loading && oldest && (
          <p>
            <button type="button" className="button" onClick={() => void loadOlder(oldest.seq)}>
              {t('audit.older')}
            </button>
          </p>
        )}
      </section>
    </Page>
  );
}
