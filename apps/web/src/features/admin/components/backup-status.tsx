// The scheduled backups at a glance for admins: when the last one passed its check, where it is,
// when the next is due, and the last failure if it is newer than the last success. Editors see
// nothing (the API refuses them too).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '../../../components/ui/query-boundary.tsx';
import { useAuth } from '../../../lib/api/auth-queries.ts';
import { backupsQueryOptions } from '../../../lib/api/backup-queries.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import './backup-status.css';

function BackupFacts() {
  const { t, i18n } = useTranslation('backups');
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const query = useQuery(backupsQueryOptions());
  return (
    <QueryBoundary query={query}>
      {(status) => {
        if (!status.scheduled) return <p>{t('off')}</p>;
        const failedSince =
          status.lastFailure && (!status.lastSuccess || status.lastFailure.at > status.lastSuccess.at);
        return (
          <dl className="backup-facts">
            <dt>{t('last')}</dt>
            <dd>
              {status.lastSuccess
                ? t('lastValue', {
                    when: when(status.lastSuccess.at),
                    size: formatNumber(Math.round(status.lastSuccess.bytes / 1024), i18n.language),
                  })
                : t('none')}
            </dd>
            {status.lastSuccess && (
              <>
                <dt>{t('file')}</dt>
                <dd dir="ltr">{status.lastSuccess.file}</dd>
              </>
            )}
            <dt>{t('next')}</dt>
            <dd>{status.nextAt ? when(status.nextAt) : '—'}</dd>
            <dt>{t('policy')}</dt>
            <dd>
              {t('policyValue', {
                hours: formatNumber(status.intervalHours ?? 0, i18n.language),
                keep: formatNumber(status.keep ?? 0, i18n.language),
              })}
            </dd>
            {failedSince && status.lastFailure && (
              <>
                <dt className="backup-failed">{t('failed')}</dt>
                <dd className="backup-failed">
                  {when(status.lastFailure.at)} — <span dir="ltr">{status.lastFailure.message}</span>
                </dd>
              </>
            )}
          </dl>
        );
      }}
    </QueryBoundary>
  );
}

export function BackupStatus() {
  const { t } = useTranslation('backups');
  const { isAdmin } = useAuth();
  if (!isAdmin) return null;
  return (
    <section className="card backup-status" aria-labelledby="backup-status-title">
      <h2 id="backup-status-title">{t('title')}</h2>
      <BackupFacts />
    </section>
  );
}
