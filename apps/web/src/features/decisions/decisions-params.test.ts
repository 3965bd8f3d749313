import { describe, expect, it } from 'vitest';
import { decisionApiQuery } from '../../lib/api/decision-queries.ts';
import { parseDecisionSearch } from './decisions-params.ts';

describe('parseDecisionSearch', () => {
  it.each([
    ['', {}],
    [
      '?status=open&topic=واگذاری تصدی‌ها&province=IR-08&from=1399&to=1402&overdue=true&q=سامانه&page=3',
      {
        status: 'open',
        topic: 'واگذاری تصدی‌ها',
        province: 'IR-08',
        from: 1399,
        to: 1402,
        overdue: true,
        q: 'سامانه',
        page: 3,
      },
    ],
    ['?overdue=1', { overdue: true }],
    // "Not overdue" is not a view the page offers: the parameter is dropped.
    ['?overdue=false', {}],
    ['?overdue=maybe&status=done', { status: 'done' }],
    ['?status=closed&province=IR-99&to=۱۴۰۱', { to: 1401 }],
  ])('%s', (search, expected) => {
    expect(parseDecisionSearch(search)).toEqual(expected);
  });
});

describe('decisionApiQuery', () => {
  it.each([
    [{}, {}],
    [
      { overdue: true, page: 2, from: 1400 },
      { overdue: 'true', page: '2', from: '1400' },
    ],
    [{ overdue: false, status: 'open' as const }, { status: 'open' }],
    [{ q: '', topic: 'اساسنامه' }, { topic: 'اساسنامه' }],
  ])('%j', (query, expected) => {
    expect(decisionApiQuery(query)).toEqual(expected);
  });
});
