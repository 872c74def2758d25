import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../../../src/cases/cases.schemas.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useSession } from '../auth/session.tsx';
import { useFormat } from '../../i18n/format.ts';
import * as api from './cases-api.ts';
import { DecisionDialog, ReviewDialog } from './decision-dialog.tsx';
import { RequirementLabel } from './requirement-label.tsx';

type Load = { status: 'loading' } | { status: 'loaded'; c: api.CaseDetail; timeline: api.TimelineEvent[] } | { status: 'failed'; error: unknown };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The case page: summary, what the stage needs, moving on, facts, tasks, interviews, documents, decisions, notes, timeline. */
export function CaseView({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = useSession();
  const userId = state.status === 'signedIn' ? state.user.id : undefined;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [decisionOpen, setDecisionOpen] = useState(false);
  const [reviewing, setReviewing] = useState<string>();

  const reload = useCallback(async () => {
    try {
      const [c, timeline] = await Promise.all([api.getCase(id), api.getTimeline(id)]);
      setLoad({ status: 'loaded', c, timeline });
    } catch (e) {
      setLoad({ status: 'failed', error: e });
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function act(action: () => Promise<unknown>, done?: string) {
    setNotice(undefined);
    setError(undefined);
    try {
      await action();
      await reload();
      setNotice(done ?? t('cases.case.saved'));
    } catch (e) {
      setError(e);
    }
  }
  const form = (handler: (data: FormData, el: HTMLFormElement) => Promise<unknown>, done?: string) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const el = event.currentTarget;
    void act(async () => {
      await handler(new FormData(el), el);
      el.reset();
    }, done);
  };

  if (load.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (load.status === 'failed') return <ErrorMessage error={load.error} />;
  const { c, timeline } = load;
  const docName = (type: string) => t(`cases.documentTypes.${type as api.DocumentType}`);

  return (
    <Page title={c.caseNumber}>
      <dl className="facts">
        <div><dt>{t('cases.case.programme')}</dt><dd>{c.programmeCode}</dd></div>
        <div><dt>{t('cases.case.stage')}</dt><dd>{c.stageName}</dd></div>
        <div><dt>{t('cases.case.status')}</dt><dd>{t(`cases.statuses.${c.status}`)}</dd></div>
        <div><dt>{t('cases.case.priority')}</dt><dd>{t(`cases.priorities.${c.priority}`)}</dd></div>
        <div><dt>{t('cases.case.opened')}</dt><dd><time dateTime={c.openedAt}>{format.dateTime(c.openedAt)}</time></dd></div>
        <div><dt>{t('cases.case.workflow', { version: c.workflow.version })}</dt><dd>{c.workflow.pathway}</dd></div>
      </dl>
      <p>{c.members.map((m) => `${m.name} (${t(`cases.case.${m.role}`)})`).join(', ')}</p>
      <div aria-live="polite">
        {notice && <p className="alert alert-info" role="status">{notice}</p>}
        {error !== undefined && <ErrorMessage error={error} />}
      </div>
      {c.status === 'open' && c.assignedTo !== userId && (
        <p>
          <button type="button" className="button" onClick={() => void act(() => api.assignCase(id, userId ?? null, c.version), t('cases.case.assigned'))}>
            {t('cases.case.assignToMe')}
          </button>
        </p>
      )}

      <Section id="sec-requirements" title={t('cases.case.requirementsTitle')}>
        {c.currentStage.requirements.length === 0 ? (
          <p>{t('cases.case.noRequirements')}</p>
        ) : (
          <ul>
            {c.currentStage.requirements.map((r, i) => (
              <li key={i}>
                <RequirementLabel requirement={r.requirement} facts={c.factDefinitions} /> — <strong>{r.met ? t('cases.case.met') : t('cases.case.unmet')}</strong>
              </li>
            ))}
          </ul>
        )}
        {c.status === 'open' && c.currentStage.next.length > 0 && (
          <form onSubmit={form((d) => api.moveCase(id, String(d.get('toStage')), c.version, String(d.get('comment') ?? '').trim() || undefined), undefined)} aria-labelledby="move-title">
            <h3 id="move-title">{t('cases.case.moveTitle')}</h3>
            {c.currentStage.moveRole === 'supervisor' && <p>{t('cases.case.supervisorMoves')}</p>}
            <label htmlFor="m-to">{t('cases.case.moveTo')}</label>
            <select id="m-to" name="toStage">
              {c.currentStage.next.map((s) => (
                <option key={s.code} value={s.code}>{s.name}</option>
              ))}
            </select>
            <label htmlFor="m-comment">{t('cases.case.moveComment')}</label>
            <input id="m-comment" name="comment" type="text" />
            <button type="submit" className="button button-primary">{t('cases.case.move')}</button>
          </form>
        )}
        {c.currentStage.next.length === 0 && <p>{t('cases.case.lastStage')}</p>}
      </Section>

      {c.factDefinitions.length > 0 && (
        <Section id="sec-facts" title={t('cases.case.factsTitle')}>
          <form
            onSubmit={form((d) => {
              const facts: Record<string, string | boolean | null> = {};
              for (const f of c.factDefinitions) {
                const raw = String(d.get(f.key) ?? '');
                const before = c.facts[f.key];
                const value = raw === '' ? null : f.type === 'boolean' ? raw === 'true' : raw;
                if (value !== (before ?? null)) facts[f.key] = value;
              }
              return Object.keys(facts).length ? api.recordFacts(id, facts, c.version) : Promise.resolve();
            })}
          >
            {c.factDefinitions.map((f) => {
              const current = c.facts[f.key];
              const fid = `fact-${f.key}`;
              return (
                <div key={f.key} className="field">
                  <label htmlFor={fid}>{f.label}</label>
                  {f.type === 'boolean' ? (
                    <select id={fid} name={f.key} defaultValue={current === undefined ? '' : String(current)}>
                      <option value="">{t('cases.case.notSet')}</option>
                      <option value="true">{t('cases.case.yes')}</option>
                      <option value="false">{t('cases.case.no')}</option>
                    </select>
                  ) : f.type === 'choice' ? (
                    <select id={fid} name={f.key} defaultValue={current === undefined ? '' : String(current)}>
                      <option value="">{t('cases.case.notSet')}</option>
                      {(f.choices ?? []).map((choice) => (
                        <option key={choice} value={choice}>{choice.toUpperCase()}</option>
                      ))}
                    </select>
                  ) : (
                    <input id={fid} name={f.key} type={f.type === 'date' ? 'date' : 'text'} defaultValue={current === undefined ? '' : String(current)} />
                  )}
                </div>
              );
            })}
            <button type="submit" className="button">{t('cases.case.saveFacts')}</button>
          </form>
        </Section>
      )}

      <Section id="sec-tasks" title={t('cases.case.tasksTitle')}>
        {c.tasks.length === 0 ? <p>{t('cases.case.noTasks')}</p> : (
          <ul>
            {c.tasks.map((task) => (
              <li key={task.id} className={task.overdue ? 'row-overdue' : undefined}>
                {task.title} {task.dueOn && <time dateTime={task.dueOn}>({format.calendarDate(task.dueOn)})</time>} — {task.status === 'open' ? '' : t('cases.case.met')}
                {task.overdue && <strong> {t('cases.queue.overdue')}</strong>}
                {task.status === 'open' && !task.forApplicant && (
                  <button type="button" className="button" onClick={() => void act(() => api.completeTask(id, task.id))}>
                    {t('cases.case.complete', { title: task.title })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={form((d) => api.addTask(id, { title: String(d.get('title')), dueOn: String(d.get('dueOn')), forApplicant: d.get('forApplicant') === 'on', ...(d.get('documentType') ? { documentType: String(d.get('documentType')) as api.DocumentType } : {}) }))}>
          <label htmlFor="t-title">{t('cases.case.taskTitle')}</label>
          <input id="t-title" name="title" type="text" required />
          <label htmlFor="t-due">{t('cases.case.taskDue')}</label>
          <input id="t-due" name="dueOn" type="date" required />
          <label className="checkbox"><input type="checkbox" name="forApplicant" /> {t('cases.case.taskForApplicant')}</label>
          <label htmlFor="t-doc">{t('cases.case.taskDocument')}</label>
          <select id="t-doc" name="documentType" defaultValue="">
            <option value="">—</option>
            {DOCUMENT_TYPES.map((d) => <option key={d} value={d}>{docName(d)}</option>)}
          </select>
          <button type="submit" className="button">{t('cases.case.addTask')}</button>
        </form>
      </Section>

      <Section id="sec-interviews" title={t('cases.case.interviewsTitle')}>
        {c.interviews.length === 0 ? <p>{t('cases.case.noInterviews')}</p> : (
          <ul>
            {c.interviews.map((iv) => (
              <li key={iv.id}>
                <time dateTime={iv.scheduledAt}>{format.dateTime(iv.scheduledAt)}</time>, {iv.place}, {iv.language}{iv.interpreter ? `, ${iv.interpreter}` : ''} — {iv.status}
                {iv.status === 'scheduled' && (
                  <button type="button" className="button" onClick={() => void act(() => api.recordInterview(id, iv.id))}>{t('cases.case.markHeld')}</button>
                )}
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={form((d) => api.scheduleInterview(id, { scheduledAt: new Date(String(d.get('when'))).toISOString(), place: String(d.get('place')), language: String(d.get('language')), ...(String(d.get('interpreter') ?? '').trim() ? { interpreter: String(d.get('interpreter')).trim() } : {}) }))}>
          <label htmlFor="i-when">{t('cases.case.interviewWhen')}</label>
          <input id="i-when" name="when" type="datetime-local" required />
          <label htmlFor="i-place">{t('cases.case.interviewPlace')}</label>
          <input id="i-place" name="place" type="text" required />
          <label htmlFor="i-lang">{t('cases.case.interviewLanguage')}</label>
          <input id="i-lang" name="language" type="text" required pattern="[a-z]{2,3}" />
          <label htmlFor="i-interp">{t('cases.case.interviewInterpreter')}</label>
          <input id="i-interp" name="interpreter" type="text" />
          <button type="submit" className="button">{t('cases.case.schedule')}</button>
        </form>
      </Section>

      <Section id="sec-documents" title={t('cases.case.documentsTitle')}>
        {c.documents.length === 0 ? <p>{t('cases.case.noDocuments')}</p> : (
          <ul>
            {c.documents.map((doc) => (
              <li key={doc.id}>
                {docName(doc.type)}:{' '}
                <a href={`/api/cases/${id}/documents/${doc.id}`} download aria-label={t('cases.case.download', { name: doc.fileName })}>{doc.fileName}</a>{' '}
                ({format.number(Math.ceil(doc.sizeBytes / 1024))} KB, SHA-256 <code>{doc.sha256.slice(0, 12)}…</code>)
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={form(async (d) => {
          const file = d.get('file');
          if (file instanceof File && file.size > 0) await api.uploadDocument(id, String(d.get('type')) as api.DocumentType, file);
        })}>
          <label htmlFor="doc-type">{t('cases.case.documentType')}</label>
          <select id="doc-type" name="type">
            {DOCUMENT_TYPES.map((d) => <option key={d} value={d}>{docName(d)}</option>)}
          </select>
          <label htmlFor="doc-file">{t('cases.case.documentFile')}</label>
          <input id="doc-file" name="file" type="file" accept="application/pdf,image/jpeg,image/png" required />
          <button type="submit" className="button">{t('cases.case.upload')}</button>
        </form>
      </Section>

      <Section id="sec-decisions" title={t('cases.case.decisionsTitle')}>
        {c.decisions.length === 0 ? <p>{t('cases.case.noDecisions')}</p> : (
          <ul>
            {c.decisions.map((d) => (
              <li key={d.id}>
                {t(`cases.decision.kinds.${d.kind}`)}: {t(`cases.decision.outcomes.${d.outcome as 'recommend'}`)} — {t(`cases.decision.statuses.${d.status}`)}
                {d.legalBasis ? ` (${d.legalBasis})` : ''}
                {d.status === 'pending' && d.requestedBy !== userId && (
                  <button type="button" className="button" onClick={() => setReviewing(d.id)}>{t('cases.case.reviewTitle')}</button>
                )}
              </li>
            ))}
          </ul>
        )}
        {c.status === 'open' && <button type="button" className="button" onClick={() => setDecisionOpen(true)}>{t('cases.case.newDecision')}</button>}
        <DecisionDialog open={decisionOpen} onClose={() => setDecisionOpen(false)} onSubmit={(input) => act(() => api.recordDecision(id, input as Parameters<typeof api.recordDecision>[1]))} />
        <ReviewDialog open={reviewing !== undefined} onClose={() => setReviewing(undefined)} onSubmit={(approve, comment) => act(() => api.reviewDecision(id, reviewing ?? '', approve, comment))} />
      </Section>

      <Section id="sec-notes" title={t('cases.case.notesTitle')}>
        <ul>{c.notes.map((n) => <li key={n.id}>{n.body} — {n.authorName}</li>)}</ul>
        <form onSubmit={form((d) => api.addNote(id, String(d.get('body'))))}>
          <label htmlFor="n-body">{t('cases.case.note')}</label>
          <textarea id="n-body" name="body" rows={2} required />
          <button type="submit" className="button">{t('cases.case.addNote')}</button>
        </form>
        <form onSubmit={form((d) => api.sendMessage(id, String(d.get('body'))))} aria-labelledby="msg-title">
          <h3 id="msg-title">{t('cases.case.messageTitle')}</h3>
          <label htmlFor="msg-body">{t('cases.case.message')}</label>
          <textarea id="msg-body" name="body" rows={2} required />
          <button type="submit" className="button">{t('cases.case.send')}</button>
        </form>
      </Section>

      <Section id="sec-timeline" title={t('cases.case.timelineTitle')}>
        <ol className="timeline">
          {timeline.map((e) => (
            <li key={e.id}>
              <time dateTime={e.occurredAt}>{format.dateTime(e.occurredAt)}</time> — {t(`cases.events.${e.kind as 'opened'}`, { defaultValue: e.kind })}
              {e.kind === 'stage_moved' && typeof e.details.to === 'string' ? `: ${c.stages.find((s) => s.code === e.details.to)?.name ?? e.details.to}` : ''}
              {e.actorName ? ` (${e.actorName})` : ''}
            </li>
          ))}
        </ol>
      </Section>
    </Page>
  );
}
