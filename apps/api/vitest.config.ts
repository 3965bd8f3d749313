import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts'], setupFiles: ['src/test/quiet-security-log.ts'] },
});
