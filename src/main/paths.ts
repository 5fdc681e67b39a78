import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';

/**
 * Where the built pieces live. Resolved from this module's own location rather than
 * app.getAppPath(): when Electron is started as `electron out/main/index.js` (Playwright does),
 * the app path is out/main, while the bundle sits in out/main in every case (dev, preview,
 * packaged asar).
 */
const mainDir = dirname(fileURLToPath(import.meta.url));

/** The sandboxed preload, built as CommonJS (sandboxed preloads cannot load ES modules). */
export const preloadPath = join(mainDir, '..', 'preload', 'index.cjs');

/** The built renderer, served on clausebench://app/ (see appProtocol.ts). */
export const rendererDir = join(mainDir, '..', 'renderer');

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The electron-vite dev server URL, or undefined in production. Ignored in a packaged app and
 * unless it is an http(s) loopback URL, so a stray environment variable can never make the
 * app load (and trust) a remote page.
 */
export function devServerUrl(env: NodeJS.ProcessEnv = process.env, packaged: boolean = app.isPackaged): string | undefined {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (packaged || !raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return url.href;
}
