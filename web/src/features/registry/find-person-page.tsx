import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { HT_FORMAT_LOCALE } from '../../i18n/haitian-creole.ts';
import { HouseholdView } from './household-view.tsx';
import { usePartialDate, fullName } from './person-facts.tsx';
import { searchPeople, type SearchBy, type SearchHit } from './registry-api.ts';

const SEARCH_BY: readonly SearchBy[] = ['name', 'document', 'phone'];
const SEARCH_LABELS = { name: 'registry.find.byName', document: 'registry.find.byDocument', phone: 'registry.find.byPhone' } as const;

type Search = { status: 'idle' } | { status: 'searching' } | { status: 'done'; hits: SearchHit[] } | { status: 'failed'; error: unknown };

function householdFromUrl(): string | null {
  return new URLSearchParams(window.location.search).get('household');
}

/** "Find a person": search the registry by name (typos forgiven), document number or phone; a result opens the household. */
export function FindPersonPage() {
  const { t } = useTranslation();
  const [household, setHousehold] = useState<string | null>(householdFromUrl);

  useEffect(() => {
    const onPop = () => setHousehold(householdFromUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  function open(id: string | null) {
    window.history.pushState(null, '', id ? `/registry?household=${encodeURIComponent(id)}` : '/registry');
    setHousehold(id);
  }

  if (household) {
    return (
      <>
        <p>
          <button type="button" className="button" onClick={() => open(null)}>
            {t('registry.find.back')}
          </button>
        </p>
        <HouseholdView key={household} id={household} />
      </>
    );
  }
  return <SearchForm onOpen={open} />;
}

function SearchForm({ onOpen }: { onOpen: (householdId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const partialDate = usePartialDate();
  const percent = new Intl.NumberFormat(format.locale === 'ht' ? HT_FORMAT_LOCALE : format.locale, { style: 'percent' });
  const [by, setBy] = useState<SearchBy>('name');
  const [text, setText] = useState('');
  const [search, setSearch] = useState<Search>({ status: 'idle' });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (search.status === 'searching' || text.trim() === '') return;
    setSearch({ status: 'searching' });
    try {
      setSearch({ status: 'done', hits: await searchPeople(by, text.trim()) });
    } catch (error) {
      setSearch({ status: 'failed', error });
    }
  }

  return (
    <Page title={t('registry.find.title')}>
      <p>{t('registry.find.intro')}</p>
      <form className="stack narrow" role="search" noValidate onSubmit={handleSubmit}>
        <fieldset>
          <legend>{t('registry.find.by')}</legend>
          <div className="choices">
            {SEARCH_BY.map((option) => (
              <div className="choice" key={option}>
                <input type="radio" id={`find-by-${option}`} name="by" value={option} checked={by === option} onChange={() => setBy(option)} />
                <label htmlFor={`find-by-${option}`}>{t(SEARCH_LABELS[option])}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="find-text">{t('registry.find.text')}</label>
          <input
            id="find-text"
            type={by === 'phone' ? 'tel' : 'search'}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t('registry.find.submit')}
        </button>
      </form>
      <div role="status" className="status-line">
        {search.status === 'searching' && t('registry.find.searching')}
        {search.status === 'done' &&
          (search.hits.length === 0 ? t('registry.find.none') : t('registry.find.results', { total: format.number(search.hits.length) }))}
      </div>
      {search.status === 'failed' && <ErrorMessage error={search.error} />}
      {search.status === 'done' && search.hits.length > 0 && (
        <ul className="card-list">
          {search.hits.map((hit) => {
            const name = fullName(hit);
            return (
              <li key={hit.personId} className="card">
                <a
                  href={`/registry?household=${encodeURIComponent(hit.householdId)}`}
                  className="card-link"
                  onClick={(event) => {
                    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                    event.preventDefault();
                    onOpen(hit.householdId);
                  }}
                >
                  {name}
                </a>
                <dl className="facts">
                  <div>
                    <dt>{t('registry.find.birthDate')}</dt>
                    <dd>{hit.birthDate ? partialDate(hit.birthDate) : t('registry.household.notGiven')}</dd>
                  </div>
                  <div>
                    <dt>{t('registry.find.matchedOn')}</dt>
                    <dd>{t(SEARCH_LABELS[hit.matchedOn])}</dd>
                  </div>
                  <div>
                    <dt>{t('registry.find.similarity')}</dt>
                    <dd>{percent.format(hit.similarity)}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </Page>
  );
}
