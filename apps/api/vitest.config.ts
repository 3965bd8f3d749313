import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/build-server.ts'],
    setupFiles: ['src/test/quiet-security-log.ts'],
    // The app logs every request; tests that read the log pass their own logger.
    env: { LOG_LEVEL: 'silent' },
    // An XLSX import starts a worker thread (about a second under tsx, more on a busy machine).
    testTimeout: 30_000,
  },
});
