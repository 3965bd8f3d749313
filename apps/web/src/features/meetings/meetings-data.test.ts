import { describe, expect, it } from 'vitest';
import { agendaItems, decisionIdFromHash, decisionTally, fileSize } from './meetings-data.ts';

describe('agendaItems', () => {
  it.each([
    ['گزارش تشکیل؛ تقویت تشکل‌ها؛ واگذاری تصدی‌ها', ['گزارش تشکیل', 'تقویت تشکل‌ها', 'واگذاری تصدی‌ها']],
    ['یک;دو\nسه', ['یک', 'دو', 'سه']],
    ['  تنها یک بند  ', ['تنها یک بند']],
    ['؛ ؛', []],
    ['', []],
  ])('%s', (agenda, expected) => {
    expect(agendaItems(agenda)).toEqual(expected);
  });
});

describe('decisionIdFromHash', () => {
  it.each([
    ['#decision-12', 12],
    ['#decision-', undefined],
    ['#decision-12x', undefined],
    ['#attendees', undefined],
    ['', undefined],
  ])('%s', (hash, expected) => {
    expect(decisionIdFromHash(hash)).toBe(expected);
  });
});

describe('decisionTally', () => {
  it.each([
    [[], { total: 0, open: 0, done: 0, overdue: 0 }],
    [
      [
        { status: 'open', overdue: true },
        { status: 'in_progress', overdue: false },
        { status: 'done', overdue: false },
      ],
      { total: 3, open: 2, done: 1, overdue: 1 },
    ],
  ])('%#', (decisions, expected) => {
    expect(decisionTally(decisions)).toEqual(expected);
  });
});

describe('fileSize', () => {
  it.each([
    [500, { unit: 'b', value: 500 }],
    [1024, { unit: 'kb', value: 1 }],
    [250_000, { unit: 'kb', value: 244.1 }],
    [10 * 1024 * 1024, { unit: 'mb', value: 10 }],
    [1_300_000, { unit: 'mb', value: 1.2 }],
  ])('%d bytes', (bytes, expected) => {
    expect(fileSize(bytes)).toEqual(expected);
  });
});
