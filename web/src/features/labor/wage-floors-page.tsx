import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './labor.css';
import { HOST_STATES, OCCUPATION_SYSTEMS, WAGE_CURRENCIES, WAGE_FLOOR_KINDS } from '../../../../src/labor/labor.schemas.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useUser } from '../auth/session.tsx';
import { listProgrammes } from '../programmes/programmes-api.ts';
import { SelectField, SubdivisionField, TextField } from './form-fields.tsx';
import { addWageFloor, listWageFloors, type RecordedWageFloor, type WageFloorView } from './labor-api.ts';
import { useMoney } from './wage-floor-note.tsx';
import { useFormSubmit } from './use-form-submit.ts';

type Kind = (typeof WAGE_FLOOR_KINDS)[number];
type Filter = { subdivision: string; on: string };

/** A place code shown as an example in the hints: one of the member state's own. */
const EXAMPLE_PLACE: Readonly<Record<string, string>> = { CA: 'CA-ON', US: 'US-CA', MX: 'MX-SIN' };

/**
 * The labour officer's table of wage floors: what job orders of their member state are checked
 * against (the highest floor in force on the start date, by place, programme, occupation and skill
 * level), each with its source, and the form that records a new rate. Recording one with the same
 * scope and start date makes a new version and keeps the earlier one (the server's rule), so a
 * job order's stored wage check always points at a row that exists; every recording is audited.
 */
export function WageFloorsPage() {
  const { t, i18n } = useTranslation();
  const { calendarDate } = useFormat();
  const money = useMoney();
  const user = useUser();
  const uid = useId();
  const state = HOST_STATES[user.memberState];
  const example = EXAMPLE_PLACE[user.memberState] ?? `${user.memberState}-…`;
  const [filter, setFilter] = useState<Filter>({ subdivision: '', on: '' });
  const [floors, setFloors] = useState<WageFloorView[]>();
  const [programmes, setProgrammes] = useState<{ code: string; name: string }[]>([]);
  const [error, setError] = useState<unknown>();
  const [reaches, setReaches] = useState<RecordedWageFloor['reaches']>([]);

  const reload = useCallback((f: Filter) => listWageFloors({ memberState: user.memberState, subdivision: f.subdivision, on: f.on }).then(setFloors), [user.memberState]);

  useEffect(() => {
    reload({ subdivision: '', on: '' }).catch((err: unknown) => setError(err));
  }, [reload]);
  useEffect(() => {
    listProgrammes(i18n.language).then(
      (all) => setProgrammes(all.filter((p) => p.hostMemberState === user.memberState).map((p) => ({ code: p.code, name: p.name }))),
      (err: unknown) => setError(err),
    );
  }, [i18n.language, user.memberState]);

  function show(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = { subdivision: String(data.get('subdivision') ?? '').trim().toUpperCase(), on: String(data.get('on') ?? '') };
    setFilter(next);
    setError(undefined);
    setFloors(undefined);
    reload(next).catch((err: unknown) => setError(err));
  }

  const form = useFormSubmit(async (text) => {
    setReaches([]);
    const optional = (name: string) => text(name) || undefined;
    const added = await addWageFloor({
      kind: text('kind') as Kind,
      subdivision: optional('subdivision')?.toUpperCase(),
      programmeCode: optional('programmeCode'),
      // The classification says what the code means; without a code there is nothing to classify.
      occupationSystem: text('occupationCode') ? (optional('occupationSystem') as (typeof OCCUPATION_SYSTEMS)[number] | undefined) : undefined,
      occupationCode: optional('occupationCode'),
      skillLevel: optional('skillLevel') as 'I' | 'II' | 'III' | 'IV' | undefined,
      hourlyRate: Number(text('hourlyRate').replace(',', '.')),
      currency: text('currency') as (typeof WAGE_CURRENCIES)[number],
      effectiveFrom: text('effectiveFrom'),
      effectiveTo: optional('effectiveTo'),
      source: text('source'),
      sourceUrl: optional('sourceUrl'),
      note: optional('note'),
    });
    setReaches(added.reaches);
    // Recorded: a list that fails to reload is the page's error, not the form's (a retry would record it again).
    reload(filter).catch((err: unknown) => setError(err));
    const recorded = t('labor.floors.recorded', { rate: money(added.hourlyRate, added.currency), from: calendarDate(added.effectiveFrom), version: added.version });
    return `${recorded} ${added.reaches.length === 0 ? t('labor.floors.reachesNone') : t('labor.floors.reachesSome', { count: added.reaches.length })}`;
  });

  const kindName = (kind: string) => {
    const name = t(`labor.floor.kinds.${kind as Kind}`, { defaultValue: kind });
    return name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1);
  };
  const programmeName = (code: string | null) => (code ? (programmes.find((p) => p.code === code)?.name ?? code) : t('labor.floors.anyProgramme'));

  return (
    <Page title={t('labor.floors.title')}>
      <p>{t('labor.floors.intro')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      <form onSubmit={show} aria-labelledby={`${uid}-filter`}>
        <h2 id={`${uid}-filter`}>{t('labor.floors.filter')}</h2>
        <div className="labor-grid">
          <SubdivisionField id={`${uid}-where`} memberState={user.memberState} required={false} hint={t('labor.floors.placeHint', { example })} />
          <div className="labor-field">
            <label htmlFor={`${uid}-on`}>{t('labor.floors.on')}</label>
            <input id={`${uid}-on`} name="on" type="date" />
          </div>
        </div>
        <p>
          <button type="submit" className="button">
            {t('labor.floors.show')}
          </button>
        </p>
      </form>

      <section aria-labelledby={`${uid}-list`}>
        <h2 id={`${uid}-list`}>{filter.on ? t('labor.floors.listOn', { date: calendarDate(filter.on) }) : t('labor.floors.list')}</h2>
        <p role="status">
          {floors === undefined
            ? error === undefined && t('app.loading')
            : floors.length === 0
              ? t('labor.floors.none')
              : t('labor.floors.count', { count: floors.length })}
        </p>
        {floors && floors.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby={`${uid}-list`} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('labor.floors.place')}</th>
                  <th scope="col">{t('labor.floors.kind')}</th>
                  <th scope="col">{t('labor.floors.appliesTo')}</th>
                  <th scope="col">{t('labor.floors.rate')}</th>
                  <th scope="col">{t('labor.floors.inForce')}</th>
                  <th scope="col">{t('labor.floors.source')}</th>
                </tr>
              </thead>
              <tbody>
                {floors.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{f.subdivision ?? t('labor.floors.everywhere')}</th>
                    <td>
                      {kindName(f.kind)}
                      {f.historical && <div className="hint">{t('labor.floors.historical')}</div>}
                    </td>
                    <td>
                      {programmeName(f.programmeCode)}
                      {(f.occupationCode || f.skillLevel) && <div>{[f.occupationCode, f.skillLevel].filter(Boolean).join(' · ')}</div>}
                    </td>
                    <td>{money(f.hourlyRate, f.currency)}</td>
                    <td>
                      {f.effectiveTo
                        ? t('labor.floors.between', { from: calendarDate(f.effectiveFrom), to: calendarDate(f.effectiveTo) })
                        : t('labor.floors.since', { from: calendarDate(f.effectiveFrom) })}
                      <div className="hint">{t('labor.floors.version', { version: f.version })}</div>
                    </td>
                    <td className="labor-source">
                      <cite>{f.sourceUrl ? <a href={f.sourceUrl}>{f.source}</a> : f.source}</cite>
                      {f.note && (
                        <details>
                          <summary>{t('labor.floors.noteShown')}</summary>
                          <p className="hint">{f.note}</p>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <form onSubmit={form.onSubmit} aria-labelledby={`${uid}-new`}>
        <h2 id={`${uid}-new`}>{t('labor.floors.new')}</h2>
        {form.error !== undefined && <ErrorMessage error={form.error} />}
        <div className="labor-grid">
          <SelectField id={`${uid}-kind`} name="kind" label={t('labor.floors.kind')} defaultValue="programme_rate" options={WAGE_FLOOR_KINDS.map((k) => [k, kindName(k)] as const)} />
          <SubdivisionField id={`${uid}-place`} memberState={user.memberState} required={false} hint={t('labor.floors.placeHint', { example })} />
          <SelectField
            id={`${uid}-programme`}
            name="programmeCode"
            label={t('labor.floors.programme')}
            defaultValue=""
            options={[['', t('labor.floors.anyProgramme')], ...programmes.map((p) => [p.code, p.name] as const)]}
          />
          <SelectField
            id={`${uid}-system`}
            name="occupationSystem"
            label={t('labor.form.occupationSystem')}
            defaultValue={state?.occupationSystem ?? ''}
            options={[['', '—'], ...OCCUPATION_SYSTEMS.map((o) => [o, o] as const)]}
          />
          <div className="labor-field">
            <label htmlFor={`${uid}-occupation`}>{t('labor.form.occupationCode')}</label>
            <input id={`${uid}-occupation`} name="occupationCode" maxLength={8} pattern="[0-9\-]{4,8}" inputMode="numeric" />
          </div>
          <SelectField
            id={`${uid}-level`}
            name="skillLevel"
            label={t('labor.form.skillLevel')}
            defaultValue=""
            options={[['', t('labor.form.noSkillLevel')], ...['I', 'II', 'III', 'IV'].map((l) => [l, l] as const)]}
          />
          <div className="labor-field">
            <label htmlFor={`${uid}-rate`}>{t('labor.floors.rate')}</label>
            <input id={`${uid}-rate`} name="hourlyRate" type="number" step="0.01" min={0.01} max={100000} required inputMode="decimal" />
          </div>
          <SelectField
            id={`${uid}-currency`}
            name="currency"
            label={t('labor.floors.currency')}
            defaultValue={state?.currency ?? 'USD'}
            options={(state ? [state.currency] : WAGE_CURRENCIES).map((c) => [c, c] as const)}
          />
          <div className="labor-field">
            <label htmlFor={`${uid}-from`}>{t('labor.floors.effectiveFrom')}</label>
            <input id={`${uid}-from`} name="effectiveFrom" type="date" required />
          </div>
          <div className="labor-field">
            <label htmlFor={`${uid}-to`}>{t('labor.floors.effectiveTo')}</label>
            <input id={`${uid}-to`} name="effectiveTo" type="date" />
          </div>
        </div>
        <div className="labor-field">
          <label htmlFor={`${uid}-source`}>{t('labor.floors.source')}</label>
          <input id={`${uid}-source`} name="source" required maxLength={500} aria-describedby={`${uid}-source-hint`} />
          <p id={`${uid}-source-hint`} className="hint">
            {t('labor.floors.sourceHint')}
          </p>
        </div>
        <TextField id={`${uid}-url`} name="sourceUrl" label={t('labor.floors.sourceUrl')} maxLength={500} type="url" />
        <div className="labor-field">
          <label htmlFor={`${uid}-note`}>{t('labor.floors.note')}</label>
          <textarea id={`${uid}-note`} name="note" maxLength={1000} rows={2} />
        </div>
        <p>
          <button type="submit" className="button button-primary" disabled={form.busy}>
            {t('labor.floors.submit')}
          </button>
        </p>
        <p role="status">{form.notice}</p>
        {reaches.length > 0 && (
          <section aria-labelledby={`${uid}-reaches`}>
            <h3 id={`${uid}-reaches`}>{t('labor.floors.reachesTitle')}</h3>
            <p>{t('labor.floors.reachesBasis')}</p>
            <ul>
              {reaches.map((r) => (
                <li key={r.id}>
                  {t('labor.floors.owed', { reference: r.reference, employer: r.employerName, wage: money(r.wageHourly, r.currency), from: calendarDate(r.owedFrom), to: calendarDate(r.owedUntil) })}
                </li>
              ))}
            </ul>
          </section>
        )}
      </form>
    </Page>
  );
}
