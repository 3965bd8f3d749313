import { useTranslation } from 'react-i18next';
import type { TheirChange } from './conflict-data.ts';
import './forms.css';

interface Props {
  /** Reload: drop this form's edits and show what is stored now. */
  onReload: () => void;
  /** The other person's changes, once the stored version has been read. */
  changes?: readonly TheirChange[];
  labelOf?: (field: string) => string;
  /** Keep this form's edits and save them over the stored version next time. */
  onKeepMine?: () => void;
}

/** A 409: someone else saved first. Nothing was written; their change is shown, the edits stay. */
export function ConflictAlert({ onReload, changes, labelOf = (f) => f, onKeepMine }: Props) {
  const { t } = useTranslation('admin');
  return (
    <div className="form-alert" role="alert">
      <p>{t('conflict.message')}</p>
      {changes && changes.length > 0 && (
        <>
          <p>{t('conflict.theirChanges')}</p>
          <ul className="conflict-changes">
            {changes.map((c) => (
              <li key={c.field}>
                {labelOf(c.field)}:{' '}
                <span dir="ltr">
                  <bdi>{c.before}</bdi> → <bdi>{c.after}</bdi>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="form-actions">
        {onKeepMine && (
          <button type="button" className="button" onClick={onKeepMine}>
            {t('conflict.keepMine')}
          </button>
        )}
        <button type="button" className={onKeepMine ? 'button button-quiet' : 'button'} onClick={onReload}>
          {t('conflict.reload')}
        </button>
      </div>
    </div>
  );
}
