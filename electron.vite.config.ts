import { cpSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * pdf.js needs its CMaps (CJK text), standard fonts and wasm decoders at run time. They are
 * served from the app itself (never a CDN), under /pdfjs/, in dev and in the build.
 */
const PDFJS_ASSET_DIRS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];
function pdfjsAssets(): Plugin {
  const root = resolve(__dirname, 'node_modules/pdfjs-dist');
  let outDir = '';
  return {
    name: 'clausebench-pdfjs-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const file = resolve(root, '.' + decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
        if (!file.startsWith(root) || !existsSync(file)) return next();
        res.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      for (const dir of PDFJS_ASSET_DIRS) {
        const from = resolve(root, dir);
        if (existsSync(from)) cpSync(from, resolve(outDir, 'pdfjs', dir), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  main: {
    build: { rollupOptions: { input: resolve(__dirname, 'src/main/index.ts') } },
  },
  preload: {
    build: {
      rollupOptions: {
        input: resolve(__dirname, 'src/preload/index.ts'),
        // Sandboxed preloads cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), pdfjsAssets()],
    build: {
      target: 'es2022',
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    worker: { format: 'es' },
  },
});
