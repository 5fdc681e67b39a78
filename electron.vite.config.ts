import { cpSync, existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Files the renderer fetches at run time, served by the app itself (never a CDN) in dev and
 * copied into the build: pdf.js's CMaps (CJK text), standard fonts and wasm decoders under
 * /pdfjs/, and the sample case's PDFs, manifest, clauses, entities and comparison under /sample-case/.
 */
const STATIC_DIRS: { url: string; from: string }[] = [
  ...['cmaps', 'standard_fonts', 'wasm', 'iccs', 'web/images'].map((dir) => ({ url: `/pdfjs/${dir}`, from: `node_modules/pdfjs-dist/${dir}` })),
  { url: '/sample-case/pdf', from: 'resources/sample-case/pdf' },
  { url: '/sample-case/manifest.json', from: 'resources/sample-case/manifest.json' },
  { url: '/sample-case/clauses.json', from: 'resources/sample-case/clauses.json' },
  { url: '/sample-case/entities.json', from: 'resources/sample-case/entities.json' },
  { url: '/sample-case/comparison.json', from: 'resources/sample-case/comparison.json' },
];
const MIME: Record<string, string> = { '.wasm': 'application/wasm', '.json': 'application/json', '.pdf': 'application/pdf', '.svg': 'image/svg+xml' };

function staticAssets(): Plugin {
  let outDir = '';
  let building = false;
  return {
    name: 'clausebench-static-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    configureServer(server) {
      for (const { url, from } of STATIC_DIRS) {
        const root = resolve(__dirname, from);
        server.middlewares.use(url, (req, res, next) => {
          const file = resolve(root, '.' + decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
          if (!file.startsWith(root) || !existsSync(file)) return next();
          res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      }
    },
    closeBundle() {
      // Vite also calls this when its dev server closes: copy only into a real build.
      if (!building) return;
      for (const { url, from } of STATIC_DIRS) {
        const source = resolve(__dirname, from);
        if (existsSync(source)) cpSync(source, resolve(outDir, '.' + url), { recursive: true });
      }
    },
  };
}

/**
 * `npm run dev` only: Vite's dev server injects CSS as <style> tags and React's refresh preamble as
 * an inline script, and reloads through a WebSocket; the strict policy of index.html would block
 * all three. Built output (`npm start`, `npm run web`, every test) keeps the strict policy.
 */
export function relaxCspForDevServer(html: string): string {
  return html
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
}

function devServerCsp(): Plugin {
  return { name: 'clausebench-dev-csp', apply: 'serve', transformIndexHtml: relaxCspForDevServer };
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
    plugins: [react(), staticAssets(), devServerCsp()],
    build: {
      target: 'es2022',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html'), bench: resolve(__dirname, 'src/renderer/bench.html') } },
    },
    worker: { format: 'es' },
  },
});
