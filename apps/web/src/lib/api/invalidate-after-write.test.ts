import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { meQueryOptions } from './auth-queries.ts';
import { invalidateAfterWrite } from './invalidate-after-write.ts';
import { meetingsQueryOptions } from './meeting-queries.ts';
import { provinceSheetQueryOptions } from './province-queries.ts';
import { overviewQueryOptions } from './stats-queries.ts';

describe('invalidateAfterWrite', () => {
  it('marks the overview figures and the changed lists stale, and leaves the session alone', async () => {
    const client = new QueryClient();
    const keys = {
      overview: overviewQueryOptions({}).queryKey,
      meetings: meetingsQueryOptions({}).queryKey,
      me: meQueryOptions().queryKey,
      sheet: provinceSheetQueryOptions('07', {}).queryKey,
    };
    for (const key of Object.values(keys)) client.setQueryData(key, 1 as never);
    await invalidateAfterWrite(client, 'meeting');
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(stale(keys.overview)).toBe(true);
    expect(stale(keys.meetings)).toBe(true);
    expect(stale(keys.me)).toBe(false);
    expect(stale(keys.sheet)).toBe(false);
  });
});
