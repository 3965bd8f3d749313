// A generated password, shown once: on one line (it must not wrap at a hyphen), selectable, with
// a copy button, and the reminder that its owner must replace it at the first sign-in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function OneTimePassword({ username, password }: { username: string; password: string }) {
  const { t } = useTranslation('secretariat');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(password);
    setCopied(true);
  };
  return (
    <output className="form-success one-time-password">
      <span>{t('users.oneTime', { username })}</span>
      <code dir="ltr" className="password-text">
        {password}
      </code>
      <button type="button" className="button button-quiet" onClick={copy}>
        {copied ? t('users.copied') : t('users.copy')}
      </button>
      <span className="form-hint">{t('users.mustChangeHint')}</span>
    </output>
  );
}
