import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/quiet-security-log.ts'],
    // An XLSX import starts a worker thread (about a second under tsx, more on a busy machine).
    testTimeout: 30_000,
  },
});
