import { describe, expect, it } from 'vitest';
import { createLogger, writeAccessLine } from './logger.ts';

describe('the access line', () => {
  it('is the line pino writes for the same fields, character for character but the time', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (line: string) => lines.push(line) }, 'info');
    const fields = {
      reqId: 'c3f0b7a4-8a0f-4a57-9a6e-0f5b0e6c8d11',
      method: 'GET',
      route: '/api/stats/overview',
      status: 200,
      ms: 0.4,
      userId: null,
      bytes: 1234,
    };
    logger.info(fields, 'request');
    writeAccessLine(logger, fields);
    logger.info({ ...fields, userId: 7, bytes: null }, 'request');
    writeAccessLine(logger, { ...fields, userId: 7, bytes: null });
    const timeless = lines.map((line) => line.replace(/"time":"[^"]+"/, '"time":""'));
    expect(timeless[1]).toBe(timeless[0]);
    expect(timeless[3]).toBe(timeless[2]);
    expect(lines[1]?.endsWith('\n')).toBe(true);
  });

  it('is not written below the info level', () => {
    const lines: string[] = [];
    writeAccessLine(createLogger({ write: (line: string) => lines.push(line) }, 'warn'), {
      reqId: 'x',
      method: 'GET',
      route: '/',
      status: 200,
      ms: 1,
      userId: null,
      bytes: 1,
    });
    expect(lines).toEqual([]);
  });
});
