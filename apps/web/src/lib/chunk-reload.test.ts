import { describe, expect, it, vi } from 'vitest';
import { isChunkLoadError, markChunksLoaded, reloadOnceForChunk } from './chunk-reload.ts';

function memoryStore() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('isChunkLoadError', () => {
  it.each([
    ['Failed to fetch dynamically imported module: http://x/assets/meetings-page-abc.js', true],
    ['Importing a module script failed.', true],
    ['error loading dynamically imported module', true],
    ['Unable to preload CSS for /assets/x.css', true],
    ['Failed to fetch', false],
    ['Cannot read properties of undefined', false],
  ])('%s -> %s', (message, expected) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(expected);
  });
});

describe('reloadOnceForChunk', () => {
  it('reloads once, then not again until a page has loaded', () => {
    const store = memoryStore();
    const reload = vi.fn();
    expect(reloadOnceForChunk(store, reload)).toBe(true);
    expect(reloadOnceForChunk(store, reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    markChunksLoaded(store);
    expect(reloadOnceForChunk(store, reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('never reloads without storage to remember it in', () => {
    const reload = vi.fn();
    expect(reloadOnceForChunk(null, reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});
