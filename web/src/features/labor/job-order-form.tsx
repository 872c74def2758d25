import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { WageFloorRefusal } from './wage-floor-note.tsx';
import { createJobOrder, updateJobOrder, type EmployerDetail, type JobOrderDetail, type WageFloorNamed } from './labor-api.ts';
import { HOST_STATES, OCCUPATION_SYSTEMS, WAGE_CURRENCIES } from '../../../../src/labor/labor.schemas.ts';

type Fields = Record<string, string>;
type Flags = { housingProvided: boolean; daily: boolean };

const FREQUENCIES = ['weekly', 'biweekly', 'semimonthly', 'monthly'] as const;
const DEDUCTION_KINDS = ['airfare_recovery', 'utilities', 'health_insurance', 'meals', 'housing', 'tax', 'other'] as const;
const PER = ['hour', 'day', 'week', 'pay_period', 'season', 'percent_of_gross'] as const;
const HOUSING_TYPES = ['employer_owned', 'rental', 'public_accommodation', 'none'] as const;
const INBOUND = ['paid_upfront', 'reimbursed_at_half_contract', 'shared_cost'] as const;
const OUTBOUND = ['paid_at_completion', 'paid_upfront'] as const;
const MEALS = ['three_meals', 'kitchen', 'none'] as const;

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
const num = (v: string) => Number(v.replace(',', '.'));

function initialFields(employer: EmployerDetail, jo: JobOrderDetail | undefined, programmes: string[]): Fields {
  const state = HOST_STATES[employer.memberState] ?? HOST_STATES.US!;
  const h = (jo?.housing ?? {}) as Record<string, unknown>;
  const tr = (jo?.transport ?? {}) as Record<string, unknown>;
  const m = (jo?.meals ?? {}) as Record<string, unknown>;
  const r = (jo?.requirements ?? {}) as Record<string, unknown>;
  const piece = jo?.pieceRates[0];
  const d = (jo?.deductions[0] ?? {}) as Record<string, unknown>;
  return {
    programmeCode: jo?.programmeCode ?? programmes[0] ?? '',
    occupationSystem: jo?.occupationSystem ?? state.occupationSystem,
    occupationCode: jo?.occupationCode ?? '',
    jobTitle: jo?.jobTitle ?? '',
    skillLevel: jo?.skillLevel ?? '',
    duties: jo?.duties ?? '',
    crops: jo?.cropsActivities.join(', ') ?? '',
    workersNeeded: str(jo?.workersNeeded ?? 1),
    startDate: jo?.startDate ?? '',
    endDate: jo?.endDate ?? '',
    hoursPerWeek: str(jo?.hoursPerWeek ?? 40),
    wageHourly: str(jo?.wageHourly),
    currency: jo?.currency ?? state.currency,
    pieceUnit: piece?.unit ?? '',
    pieceRate: str(piece?.rate),
    piecePerHour: str(piece?.expectedUnitsPerHour),
    payFrequency: jo?.payFrequency ?? 'weekly',
    deductionKind: str(d.kind),
    deductionAmount: str(d.amount),
    deductionPer: str(d.per) || 'week',
    housingType: str(h.type) || 'employer_owned',
    housingCapacity: str(h.capacity ?? 0),
    inspectedOn: str(h.inspectedOn),
    inspectedBy: str(h.inspectedBy),
    housingCost: str(h.costToWorker ?? 0),
    inbound: str(tr.inbound) || 'paid_upfront',
    outbound: str(tr.outbound) || 'paid_at_completion',
    transportDescription: str(tr.description),
    mealsProvided: str(m.provided) || 'kitchen',
    mealCharge: str(m.chargePerDay ?? 0),
    minExperience: str(r.minExperienceSeasons ?? 0),
    languages: Array.isArray(r.languages) ? r.languages.join(', ') : '',
    skills: Array.isArray(r.skills) ? r.skills.join(', ') : '',
  };
}

function toBody(f: Fields, flags: Flags, worksiteIds: string[]) {
  const pieceRates = f.pieceUnit.trim() ? [{ unit: f.pieceUnit.trim(), rate: num(f.pieceRate), expectedUnitsPerHour: num(f.piecePerHour) }] : [];
  const deductions = f.deductionKind ? [{ kind: f.deductionKind as (typeof DEDUCTION_KINDS)[number], amount: num(f.deductionAmount), per: f.deductionPer as (typeof PER)[number] }] : [];
  return {
    occupationSystem: f.occupationSystem as (typeof OCCUPATION_SYSTEMS)[number],
    occupationCode: f.occupationCode.trim(),
    jobTitle: f.jobTitle.trim(),
    ...(f.skillLevel ? { skillLevel: f.skillLevel as 'I' | 'II' | 'III' | 'IV' } : {}),
    duties: f.duties.trim(),
    cropsActivities: list(f.crops),
    workersNeeded: num(f.workersNeeded),
    startDate: f.startDate,
    endDate: f.endDate,
    hoursPerWeek: num(f.hoursPerWeek),
    wageHourly: num(f.wageHourly),
    currency: f.currency as (typeof WAGE_CURRENCIES)[number],
    pieceRates,
    payFrequency: f.payFrequency as (typeof FREQUENCIES)[number],
    deductions,
    housing: {
      provided: flags.housingProvided,
      type: (flags.housingProvided ? f.housingType : 'none') as (typeof HOUSING_TYPES)[number],
      capacity: num(f.housingCapacity || '0'),
      ...(f.inspectedOn ? { inspectedOn: f.inspectedOn } : {}),
      ...(f.inspectedBy.trim() ? { inspectedBy: f.inspectedBy.trim() } : {}),
      costToWorker: num(f.housingCost || '0'),
    },
    transport: { inbound: f.inbound as (typeof INBOUND)[number], outbound: f.outbound as (typeof OUTBOUND)[number], daily: flags.daily, description: f.transportDescription.trim() },
    meals: { provided: f.mealsProvided as (typeof MEALS)[number], chargePerDay: num(f.mealCharge || '0') },
    requirements: { minExperienceSeasons: num(f.minExperience || '0'), languages: list(f.languages), skills: list(f.skills) },
    worksiteIds,
  };
}

type Props = {
  employer: EmployerDetail;
  programmes: string[];
  jobOrder?: JobOrderDetail;
  onSaved: (jobOrder: JobOrderDetail) => void;
};

/**
 * Creates or changes a draft job order with the fields real job orders carry. A wage below the floor
 * is refused by the server with the floor and its source, shown next to the wage field.
 */
export function JobOrderForm({ employer, programmes, jobOrder, onSaved }: Props) {
  const { t } = useTranslation();
  const L = 'labor.form';
  const uid = useId();
  const [fields, setFields] = useState<Fields>(() => initialFields(employer, jobOrder, programmes));
  const [flags, setFlags] = useState<Flags>(() => ({
    housingProvided: (jobOrder?.housing as { provided?: boolean } | undefined)?.provided ?? true,
    daily: (jobOrder?.transport as { daily?: boolean } | undefined)?.daily ?? true,
  }));
  const [sites, setSites] = useState<string[]>(() => jobOrder?.worksiteIds ?? employer.worksites.slice(0, 1).map((w) => w.id));
  const [floor, setFloor] = useState<{ code: string; floor: WageFloorNamed; pieceRates?: { unit: string; rate: number; expectedUnitsPerHour: number; hourlyEquivalent: number; reachesFloor: boolean }[] }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const wageRef = useRef<HTMLInputElement>(null);
  const floorId = `${uid}-floor`;

  const set = (name: string) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const id = (name: string) => `${uid}-${name}`;

  function text(name: string, props: { type?: string; required?: boolean; step?: string; min?: number; max?: number; maxLength?: number; inputMode?: 'decimal' | 'numeric' } = {}): ReactNode {
    return (
      <div className="labor-field">
        <label htmlFor={id(name)}>{t(`${L}.${name}` as 'labor.form.jobTitle')}</label>
        <input id={id(name)} name={name} value={fields[name]} onChange={set(name)} type={props.type ?? 'text'} required={props.required} step={props.step} min={props.min} max={props.max} maxLength={props.maxLength} inputMode={props.inputMode} />
      </div>
    );
  }

  function select(name: string, options: readonly string[], label: (o: string) => string): ReactNode {
    const labelKey = name === 'programmeCode' ? 'programme' : name;
    return (
      <div className="labor-field">
        <label htmlFor={id(name)}>{t(`${L}.${labelKey}` as 'labor.form.jobTitle')}</label>
        <select id={id(name)} name={name} value={fields[name]} onChange={set(name)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {label(o)}
            </option>
          ))}
        </select>
      </div>
    );
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFloor(undefined);
    try {
      const body = toBody(fields, flags, sites);
      const saved = jobOrder ? await updateJobOrder(jobOrder.id, { ...body, expectedVersion: jobOrder.version }) : await createJobOrder({ ...body, employerId: employer.id, programmeCode: fields.programmeCode });
      onSaved(saved);
    } catch (err) {
      const details = err instanceof ApiError ? (err.details as { floor?: WageFloorNamed; pieceRates?: never } | undefined) : undefined;
      if (err instanceof ApiError && details?.floor && (err.code === 'JOB_ORDER_BELOW_WAGE_FLOOR' || err.code === 'JOB_ORDER_CURRENCY_MISMATCH')) {
        setFloor({ code: err.code, floor: details.floor, pieceRates: details.pieceRates });
        wageRef.current?.focus();
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate={false}>
      {error !== undefined && <ErrorMessage error={error} />}
      <fieldset>
        <legend>{t(`${L}.basics`)}</legend>
        <div className="labor-grid">
          {!jobOrder && select('programmeCode', programmes, (p) => p)}
          {select('occupationSystem', OCCUPATION_SYSTEMS, (o) => o)}
          {text('occupationCode', { required: true, maxLength: 8, inputMode: 'numeric' })}
          {text('jobTitle', { required: true, maxLength: 200 })}
          {select('skillLevel', ['', 'I', 'II', 'III', 'IV'], (o) => o || t(`${L}.noSkillLevel`))}
          {text('workersNeeded', { type: 'number', required: true, min: 1, max: 5000 })}
          {text('startDate', { type: 'date', required: true })}
          {text('endDate', { type: 'date', required: true })}
          {text('hoursPerWeek', { type: 'number', required: true, min: 1, max: 84 })}
        </div>
        <div className="labor-field">
          <label htmlFor={id('duties')}>{t(`${L}.duties`)}</label>
          <textarea id={id('duties')} name="duties" value={fields.duties} onChange={set('duties')} required maxLength={4000} rows={3} />
        </div>
        {text('crops', { maxLength: 2000 })}
        <fieldset>
          <legend>{t(`${L}.worksites`)}</legend>
          {employer.worksites.length === 0 && <p>{t(`${L}.noWorksites`)}</p>}
          {employer.worksites.map((w) => (
            <label key={w.id} className="labor-check">
              <input type="checkbox" checked={sites.includes(w.id)} onChange={(e) => setSites((s) => (e.target.checked ? [...s, w.id] : s.filter((x) => x !== w.id)))} />
              {w.name} ({str((w.address as { city?: string }).city)}, {w.subdivision})
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{t(`${L}.pay`)}</legend>
        <div className="labor-field">
          <label htmlFor={id('wageHourly')}>{t(`${L}.wageHourly`)}</label>
          {floor && <WageFloorRefusal id={floorId} code={floor.code} floor={floor.floor} pieceRates={floor.pieceRates} />}
          <input
            ref={wageRef}
            id={id('wageHourly')}
            name="wageHourly"
            value={fields.wageHourly}
            onChange={set('wageHourly')}
            type="number"
            step="0.01"
            min={0.01}
            required
            inputMode="decimal"
            aria-invalid={floor ? true : undefined}
            aria-describedby={floor ? floorId : undefined}
          />
        </div>
        <div className="labor-grid">
          {select('currency', WAGE_CURRENCIES, (o) => o)}
          {select('payFrequency', FREQUENCIES, (o) => t(`${L}.frequency.${o as 'weekly'}`))}
          {text('pieceUnit', { maxLength: 40 })}
          {text('pieceRate', { type: 'number', step: '0.01', min: 0 })}
          {text('piecePerHour', { type: 'number', step: '0.01', min: 0 })}
          {select('deductionKind', ['', ...DEDUCTION_KINDS], (o) => (o ? t(`${L}.deductionKinds.${o as 'tax'}`) : t(`${L}.noDeduction`)))}
          {text('deductionAmount', { type: 'number', step: '0.01', min: 0 })}
          {select('deductionPer', PER, (o) => t(`${L}.per.${o as 'hour'}`))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t(`${L}.housing`)}</legend>
        <label className="labor-check">
          <input type="checkbox" checked={flags.housingProvided} onChange={(e) => setFlags((f) => ({ ...f, housingProvided: e.target.checked }))} />
          {t(`${L}.housingProvided`)}
        </label>
        <div className="labor-grid">
          {select('housingType', HOUSING_TYPES, (o) => t(`${L}.housingTypes.${o as 'none'}`))}
          {text('housingCapacity', { type: 'number', min: 0 })}
          {text('inspectedOn', { type: 'date' })}
          {text('inspectedBy', { maxLength: 200 })}
          {text('housingCost', { type: 'number', step: '0.01', min: 0 })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t(`${L}.transport`)}</legend>
        <div className="labor-grid">
          {select('inbound', INBOUND, (o) => t(`${L}.inboundKinds.${o as 'shared_cost'}`))}
          {select('outbound', OUTBOUND, (o) => t(`${L}.outboundKinds.${o as 'paid_upfront'}`))}
        </div>
        <label className="labor-check">
          <input type="checkbox" checked={flags.daily} onChange={(e) => setFlags((f) => ({ ...f, daily: e.target.checked }))} />
          {t(`${L}.daily`)}
        </label>
        {text('transportDescription', { required: true, maxLength: 1000 })}
      </fieldset>
      <fieldset>
        <legend>{t(`${L}.meals`)}</legend>
        <div className="labor-grid">
          {select('mealsProvided', MEALS, (o) => t(`${L}.mealsKinds.${o as 'none'}`))}
          {text('mealCharge', { type: 'number', step: '0.01', min: 0 })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t(`${L}.requirements`)}</legend>
        <div className="labor-grid">
          {text('minExperience', { type: 'number', min: 0, max: 20 })}
          {text('languages', { maxLength: 20 })}
          {text('skills', { maxLength: 500 })}
        </div>
      </fieldset>
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(jobOrder ? `${L}.save` : `${L}.create`)}
        </button>
      </p>
    </form>
  );
}
