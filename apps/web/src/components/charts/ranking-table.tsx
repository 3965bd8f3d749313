import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import type { RankedRow } from './ranking-data.ts';

/** The exact numbers behind a ranking chart; rows carry data-key for tests and links. */
export function RankingTable({
  rows,
  caption,
  nameLabel,
  valueLabel,
}: {
  rows: RankedRow[];
  caption: string;
  nameLabel: string;
  /** The value column's header when it holds something other than a count (per million). */
  valueLabel?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.rank')}</th>
            <th scope="col">{nameLabel}</th>
            <th scope="col">{valueLabel ?? t('table.count')}</th>
            <th scope="col">{t('table.demo')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key} className={r.count === 0 ? 'is-zero' : undefined}>
              <td>{formatNumber(r.rank, lang)}</td>
              <th scope="row">{r.name}</th>
              <td className="num" data-col="count">
                {formatNumber(r.count, lang)}
              </td>
              <td className="num">{formatNumber(r.demo, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
