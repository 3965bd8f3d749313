import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './vite-plugin-precompress.ts';

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    target: 'es2020',
    // Vazirmatn is self-hosted; never inline fonts into CSS (they would block the first paint).
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // dist/.vite/manifest.json: the bundle-size check and the benchmark read the first screen's chunks from it.
    manifest: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
