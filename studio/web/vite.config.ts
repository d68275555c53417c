/**
 * The browser studio. `npm run build:web` writes studio/web/dist, which the API server serves;
 * `npm run dev:web` serves the sources with hot reload and proxies the API to :3000.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = import.meta.dirname;
const repoRoot = path.resolve(webRoot, '../..');
const api = process.env.STUDIO_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  // studio/web/public is the server's placeholder page, not static assets of the app.
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    // bpmn-js and antd are large; pages load them lazily, so one big chunk is expected.
    chunkSizeWarningLimit: 2500,
  },
  server: {
    port: 5173,
    // The app imports engine/forms and engine/bpmn from the repository.
    fs: { allow: [repoRoot] },
    proxy: { '/api': api, '/docs': api, '/readyz': api, '/healthz': api },
  },
});
