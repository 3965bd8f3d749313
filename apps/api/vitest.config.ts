import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/build-server.ts'],
    // The app logs every request; tests that read the log pass their own logger.
    env: { LOG_LEVEL: 'silent' },
  },
});
