import { describeFilter, type StatsFilter } from '@hamgen/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './settings.ts';

/** Page, then its key filter or record, then «همگن»: `جلسات | همگن`, `Tehran | Hamgen`. */
export function documentTitle(
  parts: readonly (string | false | null | undefined)[],
  appName: string,
  separator: string,
) {
  return [...parts.filter((p): p is string => typeof p === 'string' && p.trim() !== ''), appName].join(separator);
}

/**
 * Sets the tab's title, in the active language, so tabs and history entries can be told apart.
 * Every route component calls it once; parts still loading (a record's name) are left out.
 */
export function useDocumentTitle(...parts: (string | false | null | undefined)[]): void {
  const { t } = useTranslation('common');
  const title = documentTitle(parts, t('app.name'), t('app.titleSeparator'));
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** The filters in words for a title, or nothing when none is set (`همه سال‌ها` says nothing). */
export function useFilterTitle(filter: StatsFilter): string | undefined {
  const { i18n } = useTranslation();
  const { calendar } = useSettings();
  const set = Object.values(filter).some((v) => v !== undefined);
  return set ? describeFilter(filter, { lang: i18n.language === 'en' ? 'en' : 'fa', calendar }) : undefined;
}
