import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The built UI is served from app://annals/ (desktop) and from the loopback server (browser mode):
// relative URLs work in both. Nothing is inlined as a data: URL, so fonts and scripts stay within
// the strict CSP ('self' only).
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: {
      // The app, and the small window the bookmarklet opens to save a page from the browser.
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        save: fileURLToPath(new URL('save.html', import.meta.url)),
      },
    },
  },
});
