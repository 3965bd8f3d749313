// A decision's follow-up for every reader: when, who, which status, and the note written with
// it. Loaded when opened, and refreshed by any decision write (its key is under ['decisions']).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionQueryOptions } from '../../lib/api/decision-queries.ts';
import { formatDateTime } from '../../lib/format.ts';

export function DecisionHistory({ id, label }: { id: number; label: string }) {
  const { t } = useTranslation('secretariat');
  const [open, setOpen] = useState(false);
  return (
    <details className="decision-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{label}</summary>
      {open && <HistoryList id={id} />}
      {!open && <span className="visually-hidden">{t('history.closed')}</span>}
    </details>
  );
}

function HistoryList({ id }: { id: number }) {
  const { t, i18n } = useTranslation('secretariat');
  const query = useQuery(decisionQueryOptions(id));
  if (query.isPending) return <p className="form-hint">{t('history.loading')}</p>;
  if (query.error) return <p className="form-error">{query.error.message}</p>;
  const { history } = query.data;
  if (history.length === 0) return <p className="form-hint">{t('history.none')}</p>;
  return (
    <ol className="history-list">
      {history.map((h, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries are append-only; their order is their identity.
        <li key={i}>
          <time dateTime={h.at}>{formatDateTime(h.at, i18n.language)}</time>
          <span className={`decision-status decision-status-${h.status}`}>
            {t(`decisionStatus.${h.status}`, { ns: 'common' })}
          </span>
          <span className="history-user">{h.user ?? t('history.unknownUser')}</span>
          {h.note && <p className="history-note">{h.note}</p>}
          {i === 0 && !h.note && <p className="history-note">{t('history.recorded')}</p>}
        </li>
      ))}
    </ol>
  );
}
