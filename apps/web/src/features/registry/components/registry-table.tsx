import type { OrganizationSort } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OrganizationsData } from '../../../lib/api/organization-queries.ts';
import { formatNumber, formatYear } from '../../../lib/format.ts';
import { ariaSort, nextSort } from '../registry-params.ts';

const COLUMNS = [
  { key: 'name', sortable: true },
  { key: 'province', sortable: true },
  { key: 'sector', sortable: false },
  { key: 'kind', sortable: false },
  { key: 'year', sortable: true },
  { key: 'status', sortable: false },
  { key: 'members', sortable: true },
] as const;

interface Props {
  rows: OrganizationsData['rows'];
  sort: OrganizationSort | undefined;
  onSort: (sort: OrganizationSort) => void;
}

export function RegistryTable({ rows, sort, onSort }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const en = lang === 'en';
  return (
    <div className="table-scroll">
      <table className="data-table registry-table">
        <caption className="visually-hidden">{t('registry.title')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={c.sortable ? (ariaSort(sort, c.key) ?? 'none') : undefined}>
                {c.sortable ? (
                  <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, c.key))}>
                    {t(`registry.${c.key}`)}
                    <span aria-hidden="true" className="sort-mark">
                      {ariaSort(sort, c.key) === 'ascending' ? '▲' : ariaSort(sort, c.key) === 'descending' ? '▼' : ''}
                    </span>
                  </button>
                ) : (
                  t(`registry.${c.key}`)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-id={r.id}>
              <th scope="row">
                <Link href={`/associations/${r.id}`}>{r.nameFa}</Link>
                {r.source === 'demo' && <span className="demo-mark" title={t('demo.badge')} />}
              </th>
              <td>{r.provinceCode ? (en ? r.provinceNameEn : r.provinceNameFa) : t('registry.national')}</td>
              <td>{en ? r.sectorNameEn : r.sectorNameFa}</td>
              <td>{t(`kind.${r.kind}`)}</td>
              <td className="num">{formatYear(r.jalaliYear, lang)}</td>
              <td>{t(`status.${r.status}`)}</td>
              <td className="num">{formatNumber(r.members, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
