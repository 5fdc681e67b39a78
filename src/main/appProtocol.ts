import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { rendererDir } from './paths';

/**
 * The built renderer is served from a privileged custom scheme, clausebench://app/, instead of
 * file:// (Electron's security checklist). Under file:// the page could not fetch its own
 * files (the sample case, pdf.js's CMaps and fonts), every file on disk would share its origin,
 * and 'self' in the CSP would mean the whole file system. Here 'self' is the app and nothing else.
 */
export const APP_SCHEME = 'clausebench';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** Must run before the app is ready: a standard, secure scheme that fetch() may load. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
}

/** The file under `root` a clausebench://app/ path names, or undefined when it would leave root. */
export function resolveAppPath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, '.' + (decoded === '/' ? '/index.html' : decoded));
  return file.startsWith(root + sep) ? file : undefined;
}

/** Answers one request: GET of a file inside the built renderer, nothing else. */
export async function respondToAppRequest(root: string, request: { url: string; method: string }): Promise<Response> {
  const url = new URL(request.url);
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
  const file = url.host === APP_HOST ? resolveAppPath(root, url.pathname) : undefined;
  if (!file) return new Response('Not found', { status: 404 });
  try {
    if (!(await stat(file)).isFile()) return new Response('Not found', { status: 404 });
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** After ready: serve the built renderer on clausebench://app/. */
export function serveAppScheme(root: string = rendererDir): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(root, request));
}
