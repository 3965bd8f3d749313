import { describe, expect, it } from 'vitest';
import { readSettings, withSettings } from './settings.ts';

describe('readSettings', () => {
  it.each([
    ['', null, { language: 'fa', calendar: 'jalali' }],
    ['?lang=en', null, { language: 'en', calendar: 'jalali' }],
    ['?cal=gregorian', '{"language":"en"}', { language: 'en', calendar: 'gregorian' }],
    ['?lang=fa', '{"language":"en","calendar":"gregorian"}', { language: 'fa', calendar: 'gregorian' }],
    ['?lang=de&cal=mayan', 'not json', { language: 'fa', calendar: 'jalali' }],
  ])('%s with %s', (search, stored, expected) => {
    expect(readSettings(search, stored)).toEqual(expected);
  });
});

describe('withSettings', () => {
  it('writes only what differs from the defaults, keeping other params', () => {
    expect(withSettings('?from=1399', { language: 'en', calendar: 'jalali' })).toBe('?from=1399&lang=en');
    expect(withSettings('?from=1399&lang=en&cal=gregorian', { language: 'fa', calendar: 'jalali' })).toBe('?from=1399');
  });
});
