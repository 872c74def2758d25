import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMemberStates, type MemberState } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';

type Load = { status: 'loading' } | { status: 'loaded'; items: MemberState[] } | { status: 'failed'; error: unknown };

export function MemberStatesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    listMemberStates().then(
      (items) => !cancelled && setLoad({ status: 'loaded', items }),
      (error: unknown) => !cancelled && setLoad({ status: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const collator = new Intl.Collator(format.locale);
  const states =
    load.status === 'loaded'
      ? load.items
          .map((state) => ({ ...state, localName: format.regionName(state.code, state.name) }))
          .sort((a, b) => collator.compare(a.localName, b.localName))
      : [];

  return (
    <Page title={t('pact.title')}>
      <p>{t('pact.intro')}</p>
      {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {load.status === 'failed' && <ErrorMessage error={load.error} />}
      {load.status === 'loaded' && (
        <>
          <p>{t('pact.total', { total: format.number(states.length) })}</p>
          {states.length === 0 ? (
            <p>{t('pact.none')}</p>
          ) : (
            <ul className="card-list card-grid">
              {states.map((state) => (
                <li key={state.code} className="card">
                  <h2>{state.localName}</h2>
                  <dl className="facts">
                    <div>
                      <dt>{t('pact.code')}</dt>
                      <dd>{state.code}</dd>
                    </div>
                    <div>
                      <dt>{t('pact.joined')}</dt>
                      <dd>
                        <time dateTime={state.joinedOn}>{format.calendarDate(state.joinedOn)}</time>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('pact.role')}</dt>
                      <dd>{state.roles.map((role) => t(`pact.memberRoles.${role}`)).join(', ')}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
