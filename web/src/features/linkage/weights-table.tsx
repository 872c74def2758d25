import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { FieldWeight } from './linkage-api.ts';

function strength(weight: number): 'strongFor' | 'for' | 'none' | 'against' | 'strongAgainst' {
  if (weight >= 5) return 'strongFor';
  if (weight > 0.05) return 'for';
  if (weight <= -5) return 'strongAgainst';
  if (weight < -0.05) return 'against';
  return 'none';
}

/**
 * The waterfall of a score: each field's weight in bits, their sum being the match weight. The
 * engine's own level names are shown as the technical finding, marked as English.
 */
export function WeightsTable({ terms, total }: { terms: FieldWeight[]; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bits = (w: number) => `${w > 0 ? '+' : ''}${format.number(Math.round(w * 10) / 10)}`;
  return (
    <div className="table-scroll" role="region" aria-labelledby="weights-caption" tabIndex={0}>
      <table className="linkage-weights">
        <caption id="weights-caption">{t('linkage.compare.weightsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('linkage.compare.comparison')}</th>
            <th scope="col">{t('linkage.compare.finding')}</th>
            <th scope="col">{t('linkage.compare.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.comparison}>
              <th scope="row">{t(`linkage.compare.fields.${term.comparison as 'sex'}`, { defaultValue: term.comparison })}</th>
              <td>
                {t(`linkage.compare.strength.${strength(term.weight)}`)} <span lang="en">({term.label})</span>
              </td>
              <td className={term.weight > 0 ? 'weight-for' : term.weight < 0 ? 'weight-against' : undefined}>{bits(term.weight)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>{t('linkage.compare.total')}</th>
            <td>{bits(total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
