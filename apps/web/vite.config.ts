import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './vite-plugin-precompress.ts';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: isSsrBuild ? [react()] : [react(), precompress()],
  // `vite build --ssr`: the overview's first frame for the API (src/first-frame.tsx,
  // docs/decisions/021-first-frame.md), one self-contained module in dist/.ssr/ — every
  // dependency bundled in, so the server needs nothing of the web app's node_modules, and a
  // dot-folder the static handler never serves.
  ssr: { noExternal: true },
  build: isSsrBuild
    ? {
        target: 'node20',
        outDir: 'dist/.ssr',
        emptyOutDir: false,
        copyPublicDir: false,
        minify: true,
        rollupOptions: { output: { entryFileNames: 'first-frame.js' } },
      }
    : {
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
}));
