/**
 * `npm run web` must free its port when npm is ended, politely (SIGTERM) or not (SIGKILL): the
 * server used to outlive npm and hold port 5180. Runs the real npm script with `--no-build`
 * (serving whatever build is there; these tests only need the port) on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function startWeb(): Promise<{ npm: ChildProcess; port: number }> {
  return new Promise((done, fail) => {
    const npm = spawn('npm', ['run', 'web', '--', '--no-build', '--port', '0'], { cwd: root });
    let out = '';
    npm.stdout.on('data', (d) => {
      out += d;
      const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1];
      if (port) done({ npm, port: Number(port) });
    });
    npm.on('close', (code) => fail(new Error(`npm run web ended (${code}) before serving:\n${out}`)));
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Polls until the port stops answering, for at most `limitMs` (a bound, not a timing assertion). */
async function portClosesWithin(port: number, limitMs: number): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (!(await portAnswers(port))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

// Windows has no SIGKILL/SIGTERM for npm's process tree in the same sense, nor /proc for the watchdog.
const onWindows = process.platform === 'win32';
if (onWindows) console.log('[web.test] skipped on Windows: it sends POSIX signals to npm and the watchdog reads /proc');

describe.skipIf(onWindows)('npm run web', () => {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`frees its port when npm gets ${signal}`, async () => {
      const { npm, port } = await startWeb();
      expect(await portAnswers(port)).toBe(true);
      npm.kill(signal);
      expect(await portClosesWithin(port, 15_000)).toBe(true);
    }, 60_000);
  }
});
