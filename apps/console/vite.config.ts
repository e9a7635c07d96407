import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies the graph's paths to a running `npm start` (GATEWAY, default :4000).
const gateway = process.env.GATEWAY ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 600 },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/dev-realm', '/console-config.json', '/realms'].map((p) => [p, gateway])),
  },
});
