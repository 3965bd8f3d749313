import { defineConfig } from 'vitest/config';

// `npm run test:stress`: the long runs (concurrency for 30 s, 20 crash kills), one file at a time.
export default defineConfig({
  test: {
    include: ['src/**/*.stress.ts', 'src/test/process/crash-safety.test.ts'],
    fileParallelism: false,
    globalSetup: ['src/test/build-server.ts'],
    env: { LOG_LEVEL: 'silent', HAMGEN_CRASH_RUNS: process.env.HAMGEN_CRASH_RUNS ?? '20' },
  },
});
