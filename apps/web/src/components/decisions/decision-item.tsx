// One decision as the tracker and a meeting's page show it: status and marks, its text, the facts
// under it and its follow-up. The pages differ in which facts they show and in what order, so the
// facts come in as children (DecisionMetaRow, DecisionLinkRows) and only the frame is shared here.
// The labels come from the caller: each page reads them from its own namespace, so showing an item
// loads no other page's strings.
import type { DecisionStatus } from '@hamgen/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatNumber } from '../../lib/format.ts';
import { localName } from '../../lib/localized-name.ts';
import { DecisionFollowUp } from '../follow-up/decision-follow-up.tsx';

export interface DecisionItemData {
  id: number;
  seq: number;
  status: DecisionStatus;
  version: number;
  overdue: boolean;
  text: string;
  source: string;
}

interface DecisionItemProps {
  decision: DecisionItemData;
  /** The overdue mark's text and its tooltip. */
  overdueLabel: string;
  overdueHint: string;
  /** The decision's number in its meeting, shown before its status. */
  seqLabel?: string;
  /** Give the item its anchor (`#decision-12`): on the meeting's page, where links land. */
  anchored?: boolean;
  /** The item the address's fragment points at, outlined. */
  targeted?: boolean;
  /** Mark a demo decision on the item: the tracker lists many meetings' decisions, while a
   * meeting's page marks the meeting itself. */
  showDemoMark?: boolean;
  /** The facts under the text, in the page's order. */
  children: ReactNode;
}

export function DecisionItem({
  decision: d,
  overdueLabel,
  overdueHint,
  seqLabel,
  anchored = false,
  targeted = false,
  showDemoMark = false,
  children,
}: DecisionItemProps) {
  const { t, i18n } = useTranslation();
  const classes = ['decision-item', d.overdue && 'is-overdue', targeted && 'is-target'].filter(Boolean).join(' ');
  return (
    <li id={anchored ? `decision-${d.id}` : undefined} className={classes} data-status={d.status}>
      <div className="decision-head">
        {seqLabel !== undefined && <span className="decision-seq">{seqLabel}</span>}
        <span className={`decision-status decision-status-${d.status}`}>{t(`decisionStatus.${d.status}`)}</span>
        {d.overdue && (
          <span className="overdue-mark" title={overdueHint}>
            <span aria-hidden="true">⚠</span> <span>{overdueLabel}</span>
          </span>
        )}
        {showDemoMark && d.source === 'demo' && (
          <span className="demo-mark" title={t('demo.badge')}>
            <span className="visually-hidden">{t('demo.badge')}</span>
          </span>
        )}
      </div>
      <p className="decision-text" dir="auto">
        {d.text}
      </p>
      <dl className="decision-meta">{children}</dl>
      <DecisionFollowUp decision={d} name={formatNumber(d.seq, i18n.language)} />
    </li>
  );
}

/** One fact under a decision's text: a term and its value. */
export function DecisionMetaRow({
  label,
  className,
  valueClassName,
  children,
}: {
  label: string;
  className?: string;
  valueClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <dt>{label}</dt>
      <dd className={valueClassName}>{children}</dd>
    </div>
  );
}

interface DecisionLinkRowsProps {
  provinces: { code: string; nameFa: string; nameEn: string }[];
  organizations: { id: number; nameFa: string }[];
  provincesLabel: string;
  associationsLabel: string;
}

/** The provinces and associations a decision names, each a link to its page; a row only if any. */
export function DecisionLinkRows({
  provinces,
  organizations,
  provincesLabel,
  associationsLabel,
}: DecisionLinkRowsProps) {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const provinceLinks = provinces.map((p) => (
    <Link key={p.code} href={`/provinces/${p.code}`}>
      {localName(p, en)}
    </Link>
  ));
  const organizationLinks = organizations.map((o) => (
    <Link key={o.id} href={`/associations/${o.id}`}>
      {o.nameFa}
    </Link>
  ));
  return (
    <>
      {provinceLinks.length > 0 && (
        <DecisionMetaRow label={provincesLabel} valueClassName="link-row">
          {provinceLinks}
        </DecisionMetaRow>
      )}
      {organizationLinks.length > 0 && (
        <DecisionMetaRow label={associationsLabel} valueClassName="link-row">
          {organizationLinks}
        </DecisionMetaRow>
      )}
    </>
  );
}
