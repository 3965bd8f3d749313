import { describe, expect, it } from 'vitest';
import { Busy, createLimiter } from './concurrency.ts';

describe('createLimiter', () => {
  it('runs at most `max` at once, queues `queue` more and refuses the rest at once', async () => {
    const limiter = createLimiter(2, 1);
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const task = () =>
      limiter.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((done) => release.push(done));
        running--;
        return 'done';
      });
    const accepted = [task(), task(), task()];
    await expect(task()).rejects.toBeInstanceOf(Busy);
    while (release.length < 2) await new Promise((r) => setTimeout(r, 1));
    expect(running).toBe(2);
    release.shift()?.();
    while (release.length < 2) await new Promise((r) => setTimeout(r, 1));
    for (const done of release.splice(0)) done();
    expect(await Promise.all(accepted)).toEqual(['done', 'done', 'done']);
    expect(peak).toBe(2);
    expect(limiter.active).toBe(0);
  });

  it('frees the slot when a task throws', async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await limiter.run(async () => 1)).toBe(1);
  });
});
