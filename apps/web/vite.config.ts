import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));
/** The gateway a dev server (`npm run dev:web`) forwards API calls to. */
const gateway = process.env.VITE_GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig(({ command }) => {
  // `npm start` / `npm test` export NODE_ENV=development / test for the services and build the app
  // in the same shell; Vite would take that NODE_ENV and ship React's development build (larger,
  // slower, with this machine's source paths). A build of the app is always a production build;
  // Vite reads NODE_ENV again after loading this file.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    plugins: [react()],
    resolve: {
      alias: {
        '@samspill/client': `${repo}libs/client/src/index.ts`,
        '@samspill/web-i18n': `${repo}libs/web-i18n/src/index.ts`,
      },
    },
    build: {
      // The gateway serves this folder at / (apps/gateway/src/web-app.ts).
      outDir: `${repo}dist/web`,
      emptyOutDir: true,
      // Hashed names under /assets/ get a year-long immutable cache at the gateway.
      assetsDir: 'assets',
      target: 'es2022',
      sourcemap: false,
    },
    server: {
      proxy: Object.fromEntries(['/graphql', '/export', '/dev', '/app-config.json'].map((p) => [p, gateway])),
    },
  };
});
