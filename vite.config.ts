import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const WEB_ROOT = path.resolve(import.meta.dirname, 'web');

// `npm start` builds with an inline `root` (the repo root) that would override `root` below;
// a plugin's config hook is applied after that merge, so the SPA root always wins.
const spaRoot: Plugin = { name: 'spa-root', enforce: 'pre', config: () => ({ root: WEB_ROOT }) };

export default defineConfig({
  root: WEB_ROOT,
  plugins: [spaRoot, react()],
  build: {
    outDir: path.join(WEB_ROOT, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000' },
  },
});
