import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useFormat } from '../../i18n/format.ts';
import { decidePair, getPair, mergePair, undoMerge, type PairComparison, type PairSide } from './linkage-api.ts';
import { WeightsTable } from './weights-table.tsx';

type Row = { key: string; value: (s: PairSide) => string };

/** One pair side by side, the weights that explain its score, and the reviewer's actions. */
export function PairView({ pairId, onBack }: { pairId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [pair, setPair] = useState<PairComparison>();
  const [error, setError] = useState<unknown>();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    getPair(pairId).then(setPair, setError);
  }, [pairId]);

  async function act(work: () => Promise<string>) {
    if (!pair) return;
    setBusy(true);
    setError(undefined);
    try {
      const text = await work();
      setPair(await getPair(pairId));
      setMessage(text);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (!pair) return error !== undefined ? <ErrorMessage error={error} /> : <p role="status">{t('app.loading')}</p>;
  const rows: Row[] = [
    { key: 'given_names', value: (s) => s.givenNames },
    { key: 'family_names', value: (s) => [s.familyName1, s.familyName2].filter(Boolean).join(' ') || '–' },
    { key: 'birth_date', value: (s) => s.birthDate ?? '–' },
    { key: 'sex', value: (s) => s.sex ?? '–' },
    { key: 'nationality', value: (s) => s.nationalities.map((n) => format.regionName(n, n)).join(', ') || '–' },
    { key: 'documents', value: (s) => s.documents.map((d) => `${d.type} ${d.number} (${d.issuingCountry})`).join('; ') || '–' },
    { key: 'phone', value: (s) => s.phone ?? '–' },
    { key: 'memberState', value: (s) => format.regionName(s.memberState, s.memberState) },
    { key: 'office', value: (s) => s.office ?? '–' },
    { key: 'registeredAt', value: (s) => format.dateTime(s.registeredAt) },
    { key: 'cases', value: (s) => s.cases.map((c) => c.caseNumber).join(', ') || '–' },
    { key: 'cluster', value: (s) => s.clusterId },
  ];
  const canDecide = (pair.status === 'pending' || pair.status === 'undone') && !pair.cannotLink;
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('linkage.compare.title')}</h2>
      <p>
        {t('linkage.review.probability')}: <strong>{format.number(Math.round(pair.matchProbability * 1000) / 10)} %</strong> · {t(`linkage.review.statuses.${pair.status}`)}
      </p>
      {pair.cannotLink && <p className="notice">{t(`linkage.compare.cannotLink.${pair.cannotLink}`)}</p>}
      <div className="table-scroll" role="region" aria-labelledby="side-caption" tabIndex={0}>
        <table className="linkage-side-by-side">
          <caption id="side-caption">{t('linkage.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('linkage.compare.field')}</th>
              <th scope="col">{t('linkage.review.first')}</th>
              <th scope="col">{t('linkage.review.second')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{t(`linkage.compare.fields.${r.key as 'sex'}`)}</th>
                <td>{r.value(pair.a)}</td>
                <td>{r.value(pair.b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('linkage.compare.weights')}</h3>
      <WeightsTable terms={pair.terms} total={pair.matchWeight} />

      <div className="field">
        <label htmlFor="pair-note">{t('linkage.compare.note')}</label>
        <textarea id="pair-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <p>{t('linkage.compare.mergeHelp')}</p>
      <div className="actions">
        {canDecide && pair.status === 'pending' && (
          <button type="button" disabled={busy} onClick={() => act(async () => t('linkage.compare.decided', { status: t(`linkage.review.statuses.${(await decidePair(pair.id, 'confirm', pair.version, note)).status}`) }))}>
            {t('linkage.compare.confirm')}
          </button>
        )}
        {(canDecide || pair.status === 'confirmed') && (
          <button type="button" disabled={busy} onClick={() => act(async () => t('linkage.compare.decided', { status: t(`linkage.review.statuses.${(await decidePair(pair.id, 'reject', pair.version, note)).status}`) }))}>
            {t('linkage.compare.reject')}
          </button>
        )}
        {(canDecide || pair.status === 'confirmed') && (
          <button type="button" disabled={busy} onClick={() => act(async () => t('linkage.compare.merged', { cases: format.number((await mergePair(pair.id, pair.version)).moved.caseMembers) }))}>
            {t('linkage.compare.merge')}
          </button>
        )}
        {pair.status === 'merged' && (
          <button type="button" disabled={busy} onClick={() => act(async () => (await undoMerge(pair.id, pair.version), t('linkage.compare.undone')))}>
            {t('linkage.compare.undo')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onBack}>
          {t('linkage.review.back')}
        </button>
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite">{message}</p>
      <h3>{t('linkage.compare.history')}</h3>
      {pair.decisions.length === 0 ? (
        <p>{t('linkage.compare.none')}</p>
      ) : (
        <ul>
          {pair.decisions.map((d, k) => (
            <li key={k}>
              {format.dateTime(d.decidedAt)}: {t(`linkage.compare.decisionKinds.${d.decision as 'merge'}`, { defaultValue: d.decision })}
              {d.decidedBy ? ` (${d.decidedBy})` : ''}
              {d.note ? ` – ${d.note}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
