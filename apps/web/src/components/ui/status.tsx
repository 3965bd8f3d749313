import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../lib/api/read-answer.ts';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <output className="state state-loading" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('states.loading')}
    </output>
  );
}

/**
 * Only our own words reach the screen: the server's message (it writes them) or the client's
 * network message; a browser's or library's text («Failed to fetch», a stack) is never shown.
 */
export function ErrorState({
  error,
  onRetry,
  message,
  retryLabel,
}: {
  error: unknown;
  onRetry?: () => void;
  message?: string;
  retryLabel?: string;
}) {
  const { t } = useTranslation();
  const detail = error instanceof ApiRequestError ? error.message : undefined;
  return (
    <div className="state state-error" role="alert">
      <p>
        {message ?? t('states.error')}{' '}
        {detail && (
          <span className="state-detail" dir="auto">
            {detail}
          </span>
        )}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel ?? t('states.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ message }: { message?: string }) {
  const { t } = useTranslation();
  return <p className="state state-empty">{message ?? t('states.empty')}</p>;
}
