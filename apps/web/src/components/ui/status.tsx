import { useTranslation } from 'react-i18next';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <output className="state state-loading" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('states.loading')}
    </output>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <div className="state state-error" role="alert">
      <p>
        {t('states.error')} {detail && <span className="state-detail">{detail}</span>}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('states.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ message }: { message?: string }) {
  const { t } = useTranslation();
  return <p className="state state-empty">{message ?? t('states.empty')}</p>;
}
