import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { focusWhenDrawn } from '../../components/focus.ts';
import './cases.css';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { CaseView } from './case-view.tsx';
import { listQueue, searchCases, type CaseSummary } from './cases-api.ts';

/** Rows asked for at a time, from the queue and from search. */
const PAGE = 50;

type Load =
  | { status: 'loading' }
  | { status: 'loaded'; items: CaseSummary[]; searched: boolean; more: Record<string, string> | null; moreState: 'idle' | 'loading' | { error: unknown } }
  | { status: 'failed'; error: unknown };

/**
 * One page of the queue (by its keyset cursor, `after`) or of search results (by `offset`), and
 * the parameters that ask for the next one (null after the last).
 */
async function fetchPage(params: Record<string, string>, search: boolean): Promise<{ items: CaseSummary[]; more: Record<string, string> | null }> {
  if (search) {
    const offset = Number(params.offset ?? 0);
    const items = await searchCases({ ...params, limit: String(PAGE) });
    return { items, more: items.length === PAGE ? { ...params, offset: String(offset + PAGE) } : null };
  }
  const page = await listQueue({ ...params, limit: String(PAGE) });
  return { items: page.items, more: page.nextCursor ? { ...params, after: page.nextCursor } : null };
}

function selectedFromUrl(): string | null {
  return new URLSearchParams(window.location.search).get('case');
}

/** The caseworker console: the queue, search and export; choosing a case opens its page in place. */
export function CasesPage() {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(selectedFromUrl);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [filters, setFilters] = useState<Record<string, string>>({});

  useEffect(() => {
    const onPop = () => setSelected(selectedFromUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const refresh = useCallback((params: Record<string, string>, search = false) => {
    setLoad({ status: 'loading' });
    fetchPage(params, search).then(
      ({ items, more }) => setLoad({ status: 'loaded', items, searched: search, more, moreState: 'idle' }),
      (error: unknown) => setLoad({ status: 'failed', error }),
    );
  }, []);

  /** Appends the next page and moves focus to its first case, so keyboard users go on from there. */
  function showMore() {
    if (load.status !== 'loaded' || !load.more) return;
    const current = load;
    setLoad({ ...current, moreState: 'loading' });
    fetchPage(current.more ?? {}, current.searched).then(
      ({ items, more }) => {
        setLoad({ ...current, items: [...current.items, ...items], more, moreState: 'idle' });
        const first = items[0];
        if (first) focusWhenDrawn(() => document.getElementById(`case-link-${first.id}`));
      },
      (error: unknown) => setLoad({ ...current, moreState: { error } }),
    );
  }

  useEffect(() => {
    if (!selected) refresh({});
  }, [selected, refresh]);

  function open(id: string | null) {
    window.history.pushState(null, '', id ? `/cases?case=${id}` : '/cases');
    setSelected(id);
  }

  if (selected) {
    return (
      <>
        <p>
          <button type="button" className="button" onClick={() => open(null)}>
            {t('cases.queue.back')}
          </button>
        </p>
        <CaseView id={selected} />
      </>
    );
  }

  function submitFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setFilters(data);
    refresh(data);
  }
  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    refresh(Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>, true);
  }

  return (
    <Page title={t('cases.queue.title')}>
      <p>{t('cases.queue.intro')}</p>
      <form onSubmit={submitFilters} aria-labelledby="queue-filters" className="form-inline">
        <h2 id="queue-filters">{t('cases.queue.filters')}</h2>
        <Field id="q-programme" name="programme" label={t('cases.queue.programme')} />
        <Field id="q-stage" name="stage" label={t('cases.queue.stage')} />
        <label htmlFor="q-priority">{t('cases.queue.priority')}</label>
        <select id="q-priority" name="priority" defaultValue={filters.priority ?? ''}>
          <option value="">{t('cases.queue.any')}</option>
          {(['emergency', 'urgent', 'normal'] as const).map((p) => (
            <option key={p} value={p}>
              {t(`cases.priorities.${p}`)}
            </option>
          ))}
        </select>
        <label htmlFor="q-assignee">{t('cases.queue.assignee')}</label>
        <select id="q-assignee" name="assignee" defaultValue={filters.assignee ?? ''}>
          <option value="">{t('cases.queue.any')}</option>
          <option value="me">{t('cases.queue.mine')}</option>
          <option value="unassigned">{t('cases.queue.unassigned')}</option>
        </select>
        <label>
          <input type="checkbox" name="overdue" value="true" /> {t('cases.queue.overdueOnly')}
        </label>
        <button type="submit" className="button">
          {t('cases.queue.apply')}
        </button>
      </form>
      <form onSubmit={submitSearch} aria-labelledby="case-search" className="form-inline">
        <h2 id="case-search">{t('cases.queue.searchTitle')}</h2>
        <Field id="s-number" name="number" label={t('cases.queue.searchNumber')} />
        <Field id="s-name" name="name" label={t('cases.queue.searchName')} />
        <Field id="s-document" name="document" label={t('cases.queue.searchDocument')} />
        <button type="submit" className="button">
          {t('cases.queue.searchSubmit')}
        </button>
      </form>
      <p>
        <a href="/api/cases/export.csv" download className="button">
          {t('cases.queue.export')}
        </a>
      </p>
      {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {load.status === 'failed' && <ErrorMessage error={load.error} />}
      {load.status === 'loaded' && (
        <>
          <CaseTable items={load.items} caption={load.searched ? t('cases.queue.results') : t('cases.queue.title')} onOpen={open} />
          <p role="status">{load.items.length > 0 && t('cases.queue.shown', { count: load.items.length })}</p>
          {load.more && (
            <p>
              <button type="button" className="button" onClick={showMore} disabled={load.moreState === 'loading'}>
                {load.moreState === 'loading' ? t('app.loading') : t('cases.queue.more')}
              </button>
            </p>
          )}
          {typeof load.moreState === 'object' && <ErrorMessage error={load.moreState.error} />}
        </>
      )}
    </Page>
  );
}

function Field({ id, name, label }: { id: string; name: string; label: string }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="text" />
    </>
  );
}

export function CaseTable({ items, caption, onOpen }: { items: CaseSummary[]; caption: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <p>{t('cases.queue.empty')}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.queue.number')}</th>
            <th scope="col">{t('cases.queue.principal')}</th>
            <th scope="col">{t('cases.case.stage')}</th>
            <th scope="col">{t('cases.queue.priority')}</th>
            <th scope="col">{t('cases.queue.due')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} className={c.overdue || c.overdueTasks > 0 ? 'row-overdue' : undefined}>
              <th scope="row">
                <a
                  id={`case-link-${c.id}`}
                  href={`/cases?case=${c.id}`}
                  aria-label={t('cases.queue.open', { number: c.caseNumber })}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(c.id);
                  }}
                >
                  {c.caseNumber}
                </a>
              </th>
              <td>{c.principalName}</td>
              <td>{c.stageName}</td>
              <td>{t(`cases.priorities.${c.priority}`)}</td>
              <td>
                {c.stageDueAt ? <time dateTime={c.stageDueAt}>{format.calendarDate(c.stageDueAt.slice(0, 10))}</time> : '—'}
                {c.overdue && <strong> {t('cases.queue.overdue')}</strong>}
                {c.overdueTasks > 0 && <span> ({t('cases.queue.overdueTasks', { count: c.overdueTasks })})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
