// Pure shaping for the meeting pages.

/** The agenda is stored as one text with «؛» (or «;», or new lines) between its items. */
export function agendaItems(agenda: string): string[] {
  return agenda
    .split(/[؛;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** `#decision-12` → 12: links from search, the tracker and association pages land on a decision. */
export function decisionIdFromHash(hash: string): number | undefined {
  const match = /^#decision-(\d+)$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}

/** Decisions by follow-up state, for the line under a meeting's decisions. */
export function decisionTally(decisions: readonly { status: string; overdue: boolean }[]) {
  let open = 0;
  let done = 0;
  let overdue = 0;
  for (const d of decisions) {
    if (d.status === 'done') done++;
    else open++;
    if (d.overdue) overdue++;
  }
  return { total: decisions.length, open, done, overdue };
}

/** A file's size in the unit a reader expects: bytes below 1 KB, KB below 1 MB, then MB. */
export function fileSize(bytes: number): { unit: 'b' | 'kb' | 'mb'; value: number } {
  if (bytes < 1024) return { unit: 'b', value: bytes };
  if (bytes < 1024 * 1024) return { unit: 'kb', value: Math.round((bytes / 1024) * 10) / 10 };
  return { unit: 'mb', value: Math.round((bytes / 1024 / 1024) * 10) / 10 };
}
