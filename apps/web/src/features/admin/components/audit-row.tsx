// One audit event: when, who, what, on which record (a link when the record still exists), and
// on request the before/after of each field it changed («تعداد اعضا: ۲۱ → ۴۷»).
import { auditChanges } from '@hamgen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AuditData } from '../../../lib/api/audit-queries.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { auditRecordHref, auditValueText, recordIdText } from '../audit-data.ts';

type AuditEvent = AuditData['rows'][number];

export function AuditRow({ event: r }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation(['admin', 'secretariat']);
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  const changes = auditChanges(r.before, r.after);
  const href = auditRecordHref(r);
  const idText = r.entityId === null ? '—' : recordIdText(r.entityId, lang);
  const detailId = `audit-${r.id}`;
  const translate = (key: string, options?: Record<string, unknown>) => t(key, options ?? {});
  const show = (field: string, value: unknown) => auditValueText(field, value, translate, lang);
  return (
    <>
      <tr data-outcome={r.outcome}>
        <td>
          <time dateTime={r.at}>{formatDateTime(r.at, lang)}</time>
        </td>
        <td dir="ltr">{r.username ?? '—'}</td>
        <td>{t(`audit.actions.${r.action}`, { defaultValue: r.action })}</td>
        <td>{t(`audit.entities.${r.entity}`, { defaultValue: r.entity })}</td>
        <td className="num">{href ? <Link href={href}>{idText}</Link> : idText}</td>
        <td>{t(`audit.outcomes.${r.outcome}`, { defaultValue: r.outcome })}</td>
        <td>{r.note ?? ''}</td>
        <td>
          {changes.length > 0 && (
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={open}
              aria-controls={detailId}
              onClick={() => setOpen((v) => !v)}
            >
              {t('secretariat:audit.changes', { n: formatNumber(changes.length, lang) })}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr className="audit-detail" id={detailId}>
          <td colSpan={8}>
            <table className="data-table audit-diff">
              <caption className="visually-hidden">{t('secretariat:audit.diffCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('secretariat:audit.field')}</th>
                  <th scope="col">{t('secretariat:audit.change')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{t(`secretariat:fields.${c.field}`, { defaultValue: c.field })}</th>
                    <td>
                      {/* Left to right, so the arrow points from before to after in Persian too. */}
                      <span dir="ltr" className="audit-change">
                        <bdi>{show(c.field, c.before)}</bdi> → <bdi>{show(c.field, c.after)}</bdi>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </td>
        </tr>
      )}
    </>
  );
}
