import { describe, expect, it } from 'vitest';
import { highlight, highlightPatterns } from './highlight-data.ts';

/** Matched runs written in [brackets], the rest as is: easy to read in a table. */
const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

const ZWNJ = '\u200c';

describe('highlight', () => {
  it.each([
    ['a plain word', 'کمیسیون نظارت بر تشکل‌ها', ['نظارت'], 'کمیسیون [نظارت] بر تشکل‌ها'],
    ['Arabic kaf in the query', `نظارت بر تشکل${ZWNJ}های صنعتی`, ['تشكل'], `نظارت بر [تشکل]${ZWNJ}های صنعتی`],
    ['Arabic letters in the stored text', 'انجمن صنايع همگن كرمان', ['صنایع', 'کرمان'], 'انجمن [صنايع] همگن [كرمان]'],
    ['a ZWNJ word typed without it', `تشکل${ZWNJ}های بخش خصوصی`, ['تشکلها'], `[تشکل${ZWNJ}ها]ی بخش خصوصی`],
    ['a ZWNJ word typed with a space', `تشکل${ZWNJ}های بخش`, ['تشکل', 'ها'], `[تشکل${ZWNJ}ها]ی بخش`],
    ['a joined word typed with a space', 'تشکلهای بخش', ['تشکل', 'ها'], '[تشکلها]ی بخش'],
    ['diacritics inside and after the word', 'تَشَکُّلِ بخش', ['تشکل'], '[تَشَکُّلِ] بخش'],
    ['tatweel inside the word', 'صـــنعت و معدن', ['صنعت'], '[صـــنعت] و معدن'],
    ['alef with madda', 'استان آذربایجان شرقی', ['اذربایجان'], 'استان [آذربایجان] شرقی'],
    ['hamza forms', 'تأیید تشکیل', ['تایید'], '[تأیید] تشکیل'],
    ['Persian digits in the text', 'جلسه شماره ۱۲ کمیسیون', ['12'], 'جلسه شماره [۱۲] کمیسیون'],
    ['Latin, any case', 'Kerman Dairy', ['kerman'], '[Kerman] Dairy'],
    ['every occurrence', 'انجمن و انجمن', ['انجمن'], '[انجمن] و [انجمن]'],
    ['overlapping terms merge', 'صنایع همگن', ['صنایع', 'ایع همگن'], '[صنایع همگن]'],
    ['terms under two letters are ignored', 'خانه و صنعت', ['و'], 'خانه و صنعت'],
    ['no terms', 'خانه صنعت', [], 'خانه صنعت'],
    ['no match', 'خانه صنعت', ['معدن'], 'خانه صنعت'],
    ['an empty text', '', ['معدن'], ''],
  ])('%s', (_name, text, terms, expected) => {
    expect(marked(text, terms)).toBe(expected);
  });

  it.each([
    ['تشکل‌های صنعتی و معدنی', ['تشکل', 'ها']],
    ['صَنایِعِ هَمگِن', ['صنایع']],
    ['😀 انجمن 😀', ['انجمن']],
  ])('gives back the whole text: %s', (text, terms) => {
    expect(
      highlight(text, terms)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('highlightPatterns', () => {
  it.each([
    [['تشکل'], ['تشکل']],
    [['تشكل'], ['تشکل']],
    [
      ['تشکل', 'ها'],
      ['تشکل', 'ها', 'تشکلها'],
    ],
    [['و', 'ی'], ['وی']],
    [['و'], []],
    [[], []],
  ])('%j', (terms, expected) => {
    expect(highlightPatterns(terms)).toEqual(expected);
  });
});
