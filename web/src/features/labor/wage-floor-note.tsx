import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { WageFloorNamed } from './labor-api.ts';

/** An amount of money in the reader's language: 17,60 $ CA, CA$17.60… */
export function useMoney(): (amount: number, currency: string) => string {
  const { locale } = useFormat();
  return (amount, currency) => new Intl.NumberFormat(locale === 'ht' ? 'fr-HT' : locale, { style: 'currency', currency }).format(amount);
}

/** "Source: …" of a wage floor, a link to it where its address is known. */
export function FloorSource({ floor }: { floor: { source: string; sourceUrl: string | null } }) {
  const { t } = useTranslation();
  const text = t('labor.floor.source', { source: floor.source });
  return <p>{floor.sourceUrl ? <a href={floor.sourceUrl}>{text}</a> : text}</p>;
}

type PieceRateCheck = { unit: string; rate: number; expectedUnitsPerHour: number; hourlyEquivalent: number; reachesFloor: boolean };

/**
 * The refusal of a wage below the floor, next to the wage field: the floor, its kind, since when, and
 * its source (with a link), and each piece rate's hourly equivalent when one falls short.
 */
export function WageFloorRefusal({ id, code, floor, pieceRates = [] }: { id: string; code: string; floor: WageFloorNamed; pieceRates?: PieceRateCheck[] }) {
  const { t } = useTranslation();
  const { calendarDate } = useFormat();
  const money = useMoney();
  const kind = t(`labor.floor.kinds.${floor.kind as 'aewr'}`, { defaultValue: floor.kind });
  return (
    <div className="labor-floor" id={id} role="alert">
      <p>
        <strong>
          {code === 'JOB_ORDER_CURRENCY_MISMATCH'
            ? t('labor.floor.currency', { currency: floor.currency })
            : t('labor.floor.below', { rate: money(floor.hourlyRate, floor.currency), kind, from: calendarDate(floor.effectiveFrom) })}
        </strong>
      </p>
      <FloorSource floor={floor} />
      {floor.historical && <p>{t('labor.floor.historical')}</p>}
      {pieceRates
        .filter((p) => !p.reachesFloor)
        .map((p) => (
          <p key={p.unit}>
            {t('labor.floor.pieceRate', { unit: p.unit, rate: money(p.rate, floor.currency), perHour: p.expectedUnitsPerHour, hourly: money(p.hourlyEquivalent, floor.currency) })}
          </p>
        ))}
    </div>
  );
}
