import { STATS_FILTER_KEYS } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { FilterBar } from '../../components/filters/filter-bar.tsx';
import { ListSearch } from '../../components/ui/list-search.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { DemoBadge } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { organizationsQueryOptions } from '../../lib/api/organization-queries.ts';
import { formatNumber } from '../../lib/format.ts';
import { useListQuery } from '../../lib/url/use-list-query.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { RegistryTable } from './components/registry-table.tsx';
import { parseRegistrySearch } from './registry-params.ts';

export default function RegistryPage() {
  const { t, i18n } = useTranslation(['common', 'admin']);
  const { isEditor } = useAuth();
  const { query, list, text, setText, update, total, pager } = useListQuery(
    parseRegistrySearch,
    organizationsQueryOptions,
  );
  useDocumentTitle(t('registry.title'), query.q);

  const filter = Object.fromEntries(STATS_FILTER_KEYS.map((k) => [k, query[k]]));
  return (
    <>
      <div className="page-header">
        <h1>
          {t('registry.title')} {list.data && <DemoBadge sources={list.data.sources} />}
        </h1>
        {isEditor && (
          <Link href="/admin/associations/new" className="button edit-link">
            {t('admin:association.createTitle')}
          </Link>
        )}
        <FilterBar
          filter={filter}
          onChange={(next) => update(Object.fromEntries(STATS_FILTER_KEYS.map((k) => [k, next[k]])))}
        />
      </div>
      <ListSearch
        label={t('registry.search')}
        placeholder={t('registry.searchPlaceholder')}
        value={text}
        onChange={setText}
        count={total === undefined ? undefined : t('registry.results', { total: formatNumber(total, i18n.language) })}
      />
      <section className="card">
        <QueryBoundary query={list}>
          {(data) =>
            data.rows.length === 0 ? (
              <EmptyState message={t('registry.none')} />
            ) : (
              <>
                <RegistryTable rows={data.rows} sort={query.sort} onSort={(sort) => update({ sort })} />
                <Pagination {...pager(data)} />
              </>
            )
          }
        </QueryBoundary>
      </section>
    </>
  );
}
