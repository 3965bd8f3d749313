import { DEFAULT_PAGE_SIZE, type OrganizationListQuery, STATS_FILTER_KEYS } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { FilterBar } from '../../components/filters/filter-bar.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { DemoBadge } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { organizationsQueryOptions } from '../../lib/api/organization-queries.ts';
import { formatNumber } from '../../lib/format.ts';
import { withParams } from '../../lib/stats-filter-params.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { RegistryTable } from './components/registry-table.tsx';
import { parseRegistrySearch } from './registry-params.ts';

const SEARCH_DELAY_MS = 300;

export default function RegistryPage() {
  const { t, i18n } = useTranslation(['common', 'admin']);
  const { isEditor } = useAuth();
  const id = useId();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const query = parseRegistrySearch(search);
  const list = useQuery(organizationsQueryOptions(query));
  useDocumentTitle(t('registry.title'), query.q);
  const [text, setText] = useState(query.q ?? '');

  // Any change of filters, search or sort starts again at page 1.
  const update = (values: Partial<Record<keyof OrganizationListQuery, string | number | undefined>>) =>
    navigate(`${location}${withParams(search, { page: undefined, ...values })}`, { replace: true });

  useEffect(() => {
    if (text === (query.q ?? '')) return;
    const timer = setTimeout(() => update({ q: text.trim() || undefined }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

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
      <div className="registry-search">
        <label htmlFor={`${id}-q`} className="field">
          <span className="field-label">{t('registry.search')}</span>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            placeholder={t('registry.searchPlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        {list.data && (
          <output className="registry-count" aria-live="polite">
            {t('registry.results', { total: formatNumber(list.data.total, i18n.language) })}
          </output>
        )}
      </div>
      <section className="card">
        <QueryBoundary query={list}>
          {(data) =>
            data.rows.length === 0 ? (
              <EmptyState message={t('registry.none')} />
            ) : (
              <>
                <RegistryTable rows={data.rows} sort={query.sort} onSort={(sort) => update({ sort })} />
                <Pagination
                  page={data.page}
                  pageSize={data.pageSize ?? DEFAULT_PAGE_SIZE}
                  total={data.total}
                  onPage={(page) => navigate(`${location}${withParams(search, { page })}`)}
                />
              </>
            )
          }
        </QueryBoundary>
      </section>
    </>
  );
}
