// The parts the list pages (decisions, meetings, registry) share above their list.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { DemoBadge, type SourceCounts } from './source-line.tsx';

/** The title (marked when the list holds demo rows), its description, and the page's filters. */
export function ListPageHeader({
  title,
  description,
  sources,
  children,
}: {
  title: string;
  description?: string;
  /** Once the list has answered: whether any row is demo data. */
  sources?: SourceCounts;
  children?: ReactNode;
}) {
  return (
    <div className="page-header">
      <div>
        <h1>
          {title} {sources && <DemoBadge sources={sources} />}
        </h1>
        {description && <p className="page-subtitle">{description}</p>}
      </div>
      {children}
    </div>
  );
}

/** The search field above a list, with the count of what it found (announced as it changes). */
export function ListSearch({
  label,
  placeholder,
  value,
  onChange,
  total,
  countText,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  /** Once the list has answered: how many rows match. */
  total?: number;
  /** The count's words for the total, already in the reader's digits. */
  countText: (total: string) => string;
}) {
  const id = useId();
  const { i18n } = useTranslation();
  return (
    <div className="list-search">
      <label htmlFor={id} className="field">
        <span className="field-label">{label}</span>
        <input
          id={id}
          type="search"
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {total !== undefined && (
        <output className="list-count" aria-live="polite">
          {countText(formatNumber(total, i18n.language))}
        </output>
      )}
    </div>
  );
}
