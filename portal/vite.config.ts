import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves the built files at / and the API at /v1 on the same origin; `npm run dev` proxies /v1 and
// the runtime settings to a local stack's gateway so the portal can be developed against real data.
const gateway = process.env.PC_GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-router-dom'],
          fluent: ['@fluentui/react-components'],
          charts: ['recharts'],
        },
      },
    },
  },
  server: {
    proxy: {
      '/v1': gateway,
      '/portal-config.json': gateway,
    },
  },
});
