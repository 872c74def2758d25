import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useFormat } from '../../i18n/format.ts';
import { employerName, listMyRounds, saveRanking, type PublicJobOrder, type WorkerRound } from './labor-api.ts';
import { useMoney } from './wage-floor-note.tsx';

/**
 * The worker ranks the job orders she would accept in each open round, best first. The list is an
 * ordered list with Move up, Move down and Remove buttons, so it works with the keyboard and a screen
 * reader; the focus stays on the job moved, and each move is announced.
 */
export function RankingPanel() {
  const { t } = useTranslation();
  const [rounds, setRounds] = useState<WorkerRound[]>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    listMyRounds().then(setRounds, (err: unknown) => setError(err));
  }, []);

  return (
    <section aria-labelledby="rank-title">
      <h2 id="rank-title">{t('labor.rank.title')}</h2>
      <p>{t('labor.rank.intro')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {rounds?.length === 0 && <p>{t('labor.rank.closed')}</p>}
      {rounds?.map((r) => <RoundRanking key={r.id} round={r} />)}
    </section>
  );
}

function RoundRanking({ round }: { round: WorkerRound }) {
  const { t } = useTranslation();
  const { calendarDate } = useFormat();
  const money = useMoney();
  const uid = useId();
  const [order, setOrder] = useState<string[]>(() => round.ranking?.jobOrderIds ?? []);
  const [experience, setExperience] = useState(String(round.ranking?.experienceSeasons ?? 0));
  const [skills, setSkills] = useState<string[]>(() => round.ranking?.skills ?? []);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const focusAfter = useRef<{ id: string; action: 'up' | 'down' | 'list' | 'remove' } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const listRef = useRef<HTMLOListElement>(null);

  const byId = new Map(round.jobOrders.map((j) => [j.id, j]));
  const allSkills = [...new Set([...round.jobOrders.flatMap((j) => ((j.requirements as { skills?: string[] }).skills ?? [])), ...skills])].sort();

  const register = useCallback((key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  }, []);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    if (target.action === 'list' || target.action === 'remove') {
      (target.action === 'remove' ? buttons.current.get(`${target.id}-remove`) : listRef.current)?.focus();
      return;
    }
    // At the top or bottom the button pressed is disabled; keep the focus on the job's other move button.
    const other = target.action === 'up' ? 'down' : 'up';
    const pressed = buttons.current.get(`${target.id}-${target.action}`);
    (pressed && !pressed.disabled ? pressed : buttons.current.get(`${target.id}-${other}`))?.focus();
  }, [order]);

  const title = (j: PublicJobOrder | undefined) => (j ? `${j.jobTitle} – ${employerName(j.employer)}` : '');

  function move(id: string, by: -1 | 1) {
    const from = order.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to]!, next[from]!];
    focusAfter.current = { id, action: by < 0 ? 'up' : 'down' };
    setOrder(next);
    setSaved(false);
    setAnnounce(t('labor.rank.moved', { job: title(byId.get(id)), position: to + 1 }));
  }

  function remove(id: string) {
    focusAfter.current = { id, action: 'list' };
    setOrder((o) => o.filter((x) => x !== id));
    setSaved(false);
    setAnnounce(t('labor.rank.removed', { job: title(byId.get(id)) }));
  }

  function add(id: string) {
    focusAfter.current = { id, action: 'remove' };
    setOrder((o) => (o.includes(id) ? o : [...o, id]));
    setSaved(false);
    setAnnounce(t('labor.rank.moved', { job: title(byId.get(id)), position: order.length + 1 }));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      await saveRanking(round.id, { jobOrderIds: order, experienceSeasons: Number(experience) || 0, skills });
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <div className="card">
      <h3>{t('labor.rank.round', { number: round.number, programme: round.programmeCode })}</h3>
      <h4 id={`${uid}-available`}>{t('labor.rank.available')}</h4>
      <ul className="labor-cards" aria-labelledby={`${uid}-available`}>
        {round.jobOrders.map((j) => (
          <li key={j.id}>
            <p>
              <strong>{title(j)}</strong> ({j.reference})
            </p>
            <p>
              {t('labor.rank.wage', { wage: money(j.wageHourly, j.currency), hours: j.hoursPerWeek })}.{' '}
              {t('labor.rank.dates', { start: calendarDate(j.startDate), end: calendarDate(j.endDate) })}. {t('labor.rank.places', { count: j.workersNeeded })}.{' '}
              {t('labor.rank.where')}: {j.worksites.map((w) => `${w.city} (${w.subdivision})`).join(', ')}
            </p>
            <p>
              {order.includes(j.id) ? (
                <span>{t('labor.rank.added')}</span>
              ) : (
                <button type="button" className="button" onClick={() => add(j.id)}>
                  {t('labor.rank.add', { job: title(j) })}
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void save(e)}>
        <h4 id={`${uid}-mine`}>{t('labor.rank.mine')}</h4>
        <div aria-live="polite" className="visually-hidden">
          {announce}
        </div>
        {order.length === 0 && <p>{t('labor.rank.empty')}</p>}
        <ol className="labor-ranking" aria-labelledby={`${uid}-mine`} ref={listRef} tabIndex={-1}>
          {order.map((id, i) => {
            const job = title(byId.get(id));
            return (
              <li key={id}>
                <span className="labor-rank-title">{job}</span>
                <button type="button" className="button" ref={register(`${id}-up`)} disabled={i === 0} onClick={() => move(id, -1)} aria-label={t('labor.rank.up', { job })}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" className="button" ref={register(`${id}-down`)} disabled={i === order.length - 1} onClick={() => move(id, 1)} aria-label={t('labor.rank.down', { job })}>
                  <span aria-hidden="true">↓</span>
                </button>
                <button type="button" className="button" ref={register(`${id}-remove`)} onClick={() => remove(id)} aria-label={t('labor.rank.remove', { job })}>
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            );
          })}
        </ol>
        <div className="labor-field">
          <label htmlFor={`${uid}-experience`}>{t('labor.rank.experience')}</label>
          <input id={`${uid}-experience`} type="number" min={0} max={60} value={experience} onChange={(e) => setExperience(e.target.value)} />
        </div>
        {allSkills.length > 0 && (
          <fieldset>
            <legend>{t('labor.rank.skills')}</legend>
            {allSkills.map((s) => (
              <label key={s} className="labor-check">
                <input type="checkbox" checked={skills.includes(s)} onChange={(e) => setSkills((cur) => (e.target.checked ? [...cur, s] : cur.filter((x) => x !== s)))} /> {s}
              </label>
            ))}
          </fieldset>
        )}
        {error !== undefined && <ErrorMessage error={error} />}
        <div aria-live="polite">{saved && <p className="alert alert-info">{t('labor.rank.saved')}</p>}</div>
        <p>
          <button type="submit" className="button button-primary" disabled={order.length === 0}>
            {t('labor.rank.save')}
          </button>
        </p>
      </form>
    </div>
  );
}
