import { STATS_FILTER_KEYS } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { FilterBar } from '../../components/filters/filter-bar.tsx';
import { ListPageHeader, ListSearch } from '../../components/ui/list-page.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { organizationsQueryOptions } from '../../lib/api/organization-queries.ts';
import { useListQuery } from '../../lib/url/use-list-query.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { RegistryTable } from './components/registry-table.tsx';
import { parseRegistrySearch } from './registry-params.ts';

export default function RegistryPage() {
  const { t } = useTranslation(['common', 'admin']);
  const { isEditor } = useAuth();
  const { query, list, update, search, pager } = useListQuery(parseRegistrySearch, organizationsQueryOptions);
  useDocumentTitle(t('registry.title'), query.q);

  const filter = Object.fromEntries(STATS_FILTER_KEYS.map((k) => [k, query[k]]));
  return (
    <>
      <ListPageHeader title={t('registry.title')} sources={list.data?.sources}>
        {isEditor && (
          <Link href="/admin/associations/new" className="button edit-link">
            {t('admin:association.createTitle')}
          </Link>
        )}
        <FilterBar
          filter={filter}
          onChange={(next) => update(Object.fromEntries(STATS_FILTER_KEYS.map((k) => [k, next[k]])))}
        />
      </ListPageHeader>
      <ListSearch
        {...search}
        label={t('registry.search')}
        placeholder={t('registry.searchPlaceholder')}
        countText={(total) => t('registry.results', { total })}
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
