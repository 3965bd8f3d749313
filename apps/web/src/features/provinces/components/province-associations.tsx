import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QueryBoundary } from '../../../components/ui/query-boundary.tsx';
import { organizationsQueryOptions } from '../../../lib/api/organization-queries.ts';
import { formatNumber, formatYear } from '../../../lib/format.ts';

/** The province's most recent associations, with a link to all of them in the registry. */
export function ProvinceAssociations({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useQuery(organizationsQueryOptions({ province: code, sort: '-year', pageSize: 10 }));
  return (
    <section className="card">
      <h2 className="card-title">{t('province.associations')}</h2>
      <QueryBoundary query={query}>
        {(data) => (
          <>
            <ul className="link-list">
              {data.rows.map((o) => (
                <li key={o.id}>
                  <Link href={`/associations/${o.id}`}>{o.nameFa}</Link> — {formatYear(o.jalaliYear, lang)} ·{' '}
                  {t(`status.${o.status}`)}
                </li>
              ))}
            </ul>
            <Link href={`/associations?province=${code}`} className="more-link">
              {t('province.allAssociations', { count: data.total, formatted: formatNumber(data.total, lang) })}
            </Link>
          </>
        )}
      </QueryBoundary>
    </section>
  );
}
