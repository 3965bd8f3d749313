import { describe, expect, it } from 'vitest';
import { createLogger, gatheringStream, writeAccessLine } from './logger.ts';

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

  it('is the same line on the gathering stream, made when the batch is written, in order', () => {
    const written: string[] = [];
    const stream = gatheringStream({ write: (text: string) => written.push(text) });
    const logger = createLogger(stream, 'info');
    const fields = {
      reqId: 'Ab3_x-Yz-1f',
      method: 'GET',
      route: '/api/stats/timeline',
      status: 200,
      ms: 1.2,
      userId: null,
      bytes: 99,
    };
    logger.info(fields, 'request');
    writeAccessLine(logger, fields);
    logger.warn('after');
    expect(written).toEqual([]);
    stream.flush();
    expect(written).toHaveLength(1);
    const lines = (written[0] ?? '').split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    const timeless = lines.map((line) => line.replace(/"time":"[^"]+"/, '"time":""'));
    expect(timeless[1]).toBe(timeless[0]);
    expect(JSON.parse(lines[2] ?? '{}').msg).toBe('after');
    // The time is the moment the answer was recorded, in pino's ISO form.
    const at = Date.parse(JSON.parse(lines[1] ?? '{}').time);
    expect(Math.abs(at - Date.now())).toBeLessThan(5000);
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
