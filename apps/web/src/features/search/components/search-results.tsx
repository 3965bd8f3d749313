import { PROVINCES } from '@hamgen/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DateText } from '../../../components/ui/date-text.tsx';
import { EmptyState } from '../../../components/ui/status.tsx';
import type { SearchData } from '../../../lib/api/search-queries.ts';
import { formatNumber, formatYear } from '../../../lib/format.ts';
import { localName } from '../../../lib/localized-name.ts';
import { Highlighted } from './highlighted.tsx';

type GroupKey = keyof SearchData['results'];

/** Where each group's full list lives, filtered by the same words. */
const FULL_LIST: Record<GroupKey, string> = {
  organizations: '/associations',
  meetings: '/meetings',
  decisions: '/decisions',
};

/** The three groups in the API's order of relevance, each with its total and a link to all. */
export function SearchResults({ data }: { data: SearchData }) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const n = (value: number) => formatNumber(value, lang);
  const { results, totals, terms, query } = data;
  const provinceName = (code: string | null) => {
    const province = code ? PROVINCES.find((p) => p.code === code) : undefined;
    if (!province) return t('national');
    return localName(province, lang === 'en');
  };

  if (totals.organizations + totals.meetings + totals.decisions === 0) {
    return <EmptyState message={t('none', { q: query })} />;
  }
  return (
    <>
      <p className="search-summary" aria-live="polite">
        {t('summary', {
          q: query,
          organizations: n(totals.organizations),
          meetings: n(totals.meetings),
          decisions: n(totals.decisions),
        })}
      </p>
      <ResultGroup
        group="organizations"
        query={query}
        shown={results.organizations.length}
        total={totals.organizations}
      >
        {results.organizations.map((o) => (
          <li key={o.id}>
            <Link href={o.href} className="search-hit-title">
              <Highlighted text={o.title} terms={terms} />
            </Link>
            <span className="search-hit-meta">
              {t(`kind.${o.kind}`, { ns: 'common' })} · {provinceName(o.provinceCode)} ·{' '}
              {formatYear(o.jalaliYear, lang)} · {t(`status.${o.status}`, { ns: 'common' })}
              {o.source === 'demo' && <DemoMark />}
            </span>
          </li>
        ))}
      </ResultGroup>
      <ResultGroup group="meetings" query={query} shown={results.meetings.length} total={totals.meetings}>
        {results.meetings.map((m) => (
          <li key={m.id}>
            <Link href={m.href} className="search-hit-title">
              <Highlighted text={m.title} terms={terms} />
            </Link>
            <span className="search-hit-meta">
              <DateText iso={m.heldOn} approximate={m.heldOnApproximate} />
              {m.source === 'demo' && <DemoMark />}
            </span>
            {m.snippet && (
              <p className="search-hit-snippet">
                <Highlighted text={m.snippet} terms={terms} />
              </p>
            )}
          </li>
        ))}
      </ResultGroup>
      <ResultGroup group="decisions" query={query} shown={results.decisions.length} total={totals.decisions}>
        {results.decisions.map((d) => (
          <li key={d.id}>
            <Link href={d.href} className="search-hit-title">
              <Highlighted text={d.title} terms={terms} />
            </Link>
            <span className="search-hit-meta">
              {t(`decisionStatus.${d.status}`, { ns: 'common' })} · {t('inMeeting')}{' '}
              <Highlighted text={d.snippet} terms={terms} /> · <DateText iso={d.heldOn} />
              {d.source === 'demo' && <DemoMark />}
            </span>
          </li>
        ))}
      </ResultGroup>
    </>
  );
}

interface GroupProps {
  group: GroupKey;
  query: string;
  shown: number;
  total: number;
  children: ReactNode;
}

function ResultGroup({ group, query, shown, total, children }: GroupProps) {
  const { t, i18n } = useTranslation('search');
  if (total === 0) return null;
  const headingId = `search-${group}`;
  return (
    <section className="card search-group" aria-labelledby={headingId} data-group={group}>
      <h2 id={headingId} className="card-title">
        {t(`groups.${group}`)} <span className="count-tag">{formatNumber(total, i18n.language)}</span>
      </h2>
      <ol className="search-hits">{children}</ol>
      {total > shown && (
        <Link href={`${FULL_LIST[group]}?${new URLSearchParams({ q: query })}`} className="more-link">
          {t(`more.${group}`, { n: formatNumber(total, i18n.language) })}
        </Link>
      )}
    </section>
  );
}

/** A dot for a synthetic row, named for screen readers. */
function DemoMark() {
  const { t } = useTranslation();
  return (
    <span className="demo-mark" title={t('demo.badge')}>
      <span className="visually-hidden">{t('demo.badge')}</span>
    </span>
  );
}
