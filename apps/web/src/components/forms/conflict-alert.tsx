import { useTranslation } from 'react-i18next';

/** A 409: someone else saved first. Nothing was written; reloading shows their version. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <div className="form-alert" role="alert">
      <p>{t('conflict.message')}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('conflict.reload')}
      </button>
    </div>
  );
}
