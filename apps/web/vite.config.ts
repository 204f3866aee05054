import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The API the dev server proxies to (npm start serves it on 3000). */
const api = process.env.API_URL ?? 'http://localhost:3000';

// `npm run build:web` writes dist/web, which the API serves at /; `npm run dev:web` serves the app with hot reload
// on :5173 and forwards the API's paths to a running API.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The budget is per route (docs/benchmarks.md): one chunk per page, loaded when its route is opened.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/graphiql': api, '/health': api },
  },
});
