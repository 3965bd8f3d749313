import { useTranslation } from 'react-i18next';
import { YearRangeFilter } from '../../components/filters/year-range-filter.tsx';
import { ListSearch } from '../../components/ui/list-search.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { DemoBadge, SourceLine } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { meetingsQueryOptions } from '../../lib/api/meeting-queries.ts';
import { formatNumber } from '../../lib/format.ts';
import { useListQuery } from '../../lib/url/use-list-query.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { MeetingsTable } from './components/meetings-table.tsx';
import { parseMeetingSearch } from './meetings-params.ts';

export default function MeetingsPage() {
  const { t, i18n } = useTranslation('meetings');
  const { query, list, text, setText, update, total, pager } = useListQuery(parseMeetingSearch, meetingsQueryOptions);
  useDocumentTitle(t('title'), query.q);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>
            {t('title')} {list.data && <DemoBadge sources={list.data.sources} />}
          </h1>
          <p className="page-subtitle">{t('description')}</p>
        </div>
        <search className="filters" aria-label={t('filters')}>
          <YearRangeFilter
            filter={{ from: query.from, to: query.to }}
            onChange={(next) => update({ from: next.from, to: next.to })}
          />
        </search>
      </div>
      <ListSearch
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={text}
        onChange={setText}
        count={total === undefined ? undefined : t('results', { total: formatNumber(total, i18n.language) })}
      />
      <section className="card" aria-label={t('title')}>
        <QueryBoundary query={list}>
          {(data) =>
            data.rows.length === 0 ? (
              <EmptyState message={t('none')} />
            ) : (
              <>
                <MeetingsTable rows={data.rows} />
                <Pagination {...pager(data)} />
                <SourceLine sources={data.sources} />
              </>
            )
          }
        </QueryBoundary>
      </section>
    </>
  );
}
