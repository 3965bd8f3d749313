import { PROVINCES } from '@hamgen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState } from '../../../components/ui/status.tsx';
import type { MeetingData } from '../../../lib/api/meeting-queries.ts';
import { formatNumber, formatYear } from '../../../lib/format.ts';
import { localName } from '../../../lib/localized-name.ts';

// A meeting can approve a hundred associations; the first ones show, the rest on request.
const FIRST_SHOWN = 24;

export function ApprovedList({ organizations }: { organizations: MeetingData['approvedOrganizations'] }) {
  const { t, i18n } = useTranslation('meetings');
  const lang = i18n.language;
  const [all, setAll] = useState(false);
  const shown = all ? organizations : organizations.slice(0, FIRST_SHOWN);
  const provinceName = (code: string | null) => {
    const province = code ? PROVINCES.find((p) => p.code === code) : undefined;
    if (!province) return t('detail.national');
    return localName(province, lang === 'en');
  };
  return (
    <section className="card" aria-labelledby="meeting-approved">
      <h2 id="meeting-approved" className="card-title">
        {t('detail.approved')}
        {organizations.length > 0 && <span className="count-tag">{formatNumber(organizations.length, lang)}</span>}
      </h2>
      {organizations.length === 0 ? (
        <EmptyState message={t('detail.noApproved')} />
      ) : (
        <>
          <ul className="approved-list">
            {shown.map((o) => (
              <li key={o.id}>
                <Link href={`/associations/${o.id}`}>{o.nameFa}</Link>
                <span className="approved-meta">
                  {provinceName(o.provinceCode)} · {formatYear(o.jalaliYear, lang)}
                </span>
              </li>
            ))}
          </ul>
          {organizations.length > FIRST_SHOWN && (
            <button type="button" className="button button-quiet" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t('detail.showLess') : t('detail.showAll', { n: formatNumber(organizations.length, lang) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
