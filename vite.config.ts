import { defineConfig } from "vite";

// The client lives in client/ and builds to dist/client, which the API server serves at /.
// `npm run dev:client` hot-reloads it and proxies the API to the server on :4000.
export default defineConfig({
  root: "client",
  build: { outDir: "../dist/client", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: {
      "/graphql": "http://127.0.0.1:4000",
      "/export": "http://127.0.0.1:4000",
      "/ready": "http://127.0.0.1:4000",
    },
  },
});
