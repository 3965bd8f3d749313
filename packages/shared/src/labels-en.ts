// English labels of the stored codes, for what is written outside the web app's locale files:
// filter lines drawn into exported images and written into spreadsheets in English mode.
import type { DecisionStatus, OrganizationKind, OrganizationStatus } from './domain.ts';

export const KIND_LABELS_EN: Record<OrganizationKind, string> = {
  provincial_association: 'Provincial homogeneous-industry association',
  national_association: 'National association',
  provincial_house: 'Provincial house of industry, mine and trade',
  other: 'Other',
};

export const STATUS_LABELS_EN: Record<OrganizationStatus, string> = {
  forming: 'Forming',
  active: 'Active',
  suspended: 'Suspended',
  dissolved: 'Dissolved',
};

export const DECISION_STATUS_LABELS_EN: Record<DecisionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
};

export const SOURCE_LABELS_EN: Record<string, string> = {
  article: 'Shata news report, 22 June 2021',
  demo: 'Demo data (synthetic)',
  manual: 'Commission secretariat records',
};

export function sourceLabelEn(source: string): string {
  if (source.startsWith('import:')) return `Imported file (${source.slice('import:'.length)})`;
  return SOURCE_LABELS_EN[source] ?? source;
}
