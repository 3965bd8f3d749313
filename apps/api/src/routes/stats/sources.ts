/** Rows counted per source ('article', 'demo', 'import:…'), so the UI can badge demo numbers. */
export type SourceCounts = Record<string, number>;

export function addSource(sources: SourceCounts, source: string, n: number): void {
  if (n > 0) sources[source] = (sources[source] ?? 0) + n;
}

export function mergeSources(...all: SourceCounts[]): SourceCounts {
  const merged: SourceCounts = {};
  for (const sources of all) for (const [source, n] of Object.entries(sources)) addSource(merged, source, n);
  return merged;
}
