#!/usr/bin/env node
// Serves the built renderer (out/renderer) over http on 127.0.0.1: the browser host for
// `npm run web` and the e2e tests. Only GET/HEAD of files under the root; nothing else.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { setInterval } from 'node:timers';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
// CLAUSEBENCH_OUT: another build folder (`electron-vite build --outDir <dir>`), so parallel
// work can test its own build without rebuilding the one a running suite serves.
const root = resolve(here, '..', process.env.CLAUSEBENCH_OUT ?? 'out', 'renderer');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 5180));

const TYPES = {
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

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end(); // a malformed escape must not bring the server down
    return;
  }
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Clausebench (browser host) at http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
});

// Stop cleanly, freeing the port, when asked to (Ctrl+C, kill, a closed terminal) and also when
// whoever started us has gone: ending `npm run web`, even with SIGKILL, must not leave a server
// holding the port. npm runs scripts through `sh -c`, which does not pass signals on and outlives
// a killed npm, so the shell's parent (npm) is watched too where /proc tells who it is.
function stop() {
  server.close();
  server.closeAllConnections();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);

/** The parent's parent from /proc (Linux), or undefined elsewhere. */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** Alive and not a zombie waiting to be reaped (a killed npm can linger as one in a container). */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

const parent = process.ppid;
const watched = [parent];
const startedByNpm = process.env.npm_lifecycle_event !== undefined;
const npmPid = startedByNpm ? parentOf(parent) : undefined;
if (npmPid && npmPid > 1) watched.push(npmPid);
setInterval(() => {
  if (process.ppid !== parent || !watched.every(isAlive)) stop();
}, 500).unref();
