/**
 * The README's start command on a fresh machine (issue 3½/7), run for real through npm:
 * - no Electron binary and no way to download it: two plain lines, a non-zero exit, no build;
 * - a binary to be had from a mirror: Electron's own install script fetches it, the app is built
 *   once and launched once;
 * - ELECTRON_EXEC_PATH: built once, that executable launched once with the app.
 * The real node_modules/electron is never changed: each test points CLAUSEBENCH_ELECTRON_DIR at a
 * scratch copy of the electron package. The "binary" is a shell script standing in for Electron.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const electronPkg = join(root, 'node_modules', 'electron');
const electronVersion: string = JSON.parse(readFileSync(join(electronPkg, 'package.json'), 'utf8')).version;
const onWindows = process.platform === 'win32';
// The stand-in Electron is a POSIX shell script, and npm start is spawned without a shell here.
if (onWindows) console.log('[start.test] skipped on Windows: the stand-in Electron binary is a POSIX shell script');
/** What electron-vite prints once per build (main, preload and renderer each say it once). */
const BUILD_MARKER = /built in [\d.]+m?s/g;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runNpmStart(env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done) => {
    const child = spawn('npm', ['start'], { cwd: root, env: { ...process.env, ...env }, shell: onWindows });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A scratch copy of the electron package without any binary, able to run its install.js. */
function scratchElectronPackage(): string {
  const base = mkdtempSync(join(tmpdir(), 'clausebench-electron-'));
  const modules = join(base, 'node_modules');
  const dir = join(modules, 'electron');
  cpSync(electronPkg, dir, {
    recursive: true,
    filter: (src) => !/[\\/](dist|path\.txt)$/.test(src) && !src.includes(`${electronPkg}/node_modules`),
  });
  // install.js requires these two; link the project's copies rather than copying them.
  symlinkSync(join(root, 'node_modules', '@electron'), join(modules, '@electron'), 'junction');
  symlinkSync(join(root, 'node_modules', '@electron-internal'), join(modules, '@electron-internal'), 'junction');
  return dir;
}

/** A shell script standing in for Electron: it records its arguments and working folder. */
function standInScript(record: string): string {
  return `#!/bin/sh\necho "$(pwd) $*" >> '${record}'\n`;
}

/** A throwaway port nothing listens on, so a download attempt fails at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

function builtMainMtime(): number | undefined {
  const main = join(root, 'out', 'main', 'index.js');
  return existsSync(main) ? statSync(main).mtimeMs : undefined;
}

describe.skipIf(onWindows)('npm start', () => {
  const scratch: string[] = [];
  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  it('without a binary or a way to download one: says what is missing and how to fix it, builds nothing', async () => {
    const electronDir = scratchElectronPackage();
    scratch.push(resolve(electronDir, '..', '..'));
    const before = builtMainMtime();
    const run = await runNpmStart({
      CLAUSEBENCH_ELECTRON_DIR: electronDir,
      ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
      electron_config_cache: join(electronDir, 'cache'),
      ELECTRON_EXEC_PATH: '',
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("Clausebench cannot start: Electron's binary is not installed and could not be downloaded");
    expect(run.stderr).toContain('To fix it: connect to the network and run `npm start` again');
    expect(run.stderr).toContain('npm run web');
    expect(run.stderr + run.stdout).not.toContain('Electron uninstall');
    expect(run.stdout.match(BUILD_MARKER)).toBeNull();
    expect(builtMainMtime()).toBe(before);
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(false);
  }, 120_000);

  describe('with a mirror serving Electron', () => {
    let server: Server;
    let mirror: string;
    const record = join(mkdtempSync(join(tmpdir(), 'clausebench-record-')), 'launches.txt');
    beforeAll(async () => {
      scratch.push(resolve(record, '..'));
      // The same layout as Electron's release downloads: v<version>/<zip> and its SHASUMS256.txt.
      const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
      const zip = zipSync({ electron: [new TextEncoder().encode(standInScript(record)), { os: 3, attrs: 0o100755 << 16 }] });
      const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;
      server = createServer((req, res) => {
        if (req.url === `/v${electronVersion}/${zipName}`) res.writeHead(200).end(Buffer.from(zip));
        else if (req.url === `/v${electronVersion}/SHASUMS256.txt`) res.writeHead(200).end(sums);
        else res.writeHead(404).end();
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    });
    afterAll(() => new Promise((r) => server.close(r)));

    it("fetches the binary with Electron's own install script, builds once, launches once", async () => {
      const electronDir = scratchElectronPackage();
      scratch.push(resolve(electronDir, '..', '..'));
      writeFileSync(record, '');
      const run = await runNpmStart({
        CLAUSEBENCH_ELECTRON_DIR: electronDir,
        ELECTRON_MIRROR: mirror,
        electron_use_remote_checksums: '1',
        electron_config_cache: join(electronDir, 'cache'),
        ELECTRON_EXEC_PATH: '',
      });
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
      expect(run.stdout.match(BUILD_MARKER)).toHaveLength(3);
      expect(readFileSync(record, 'utf8').trim().split('\n')).toEqual([`${root} .`]);
    }, 300_000);
  });

  it('with ELECTRON_EXEC_PATH: builds once, then launches that executable once with the app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausebench-standin-'));
    scratch.push(dir);
    const record = join(dir, 'launches.txt');
    const standIn = join(dir, 'electron');
    writeFileSync(standIn, standInScript(record));
    chmodSync(standIn, 0o755);
    const run = await runNpmStart({ ELECTRON_EXEC_PATH: standIn });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.match(BUILD_MARKER)).toHaveLength(3);
    expect(readFileSync(record, 'utf8').trim().split('\n')).toEqual([`${root} .`]);
    expect(existsSync(join(root, 'out', 'main', 'index.js'))).toBe(true);
  }, 300_000);

  it('with an ELECTRON_EXEC_PATH that is not executable: says so, builds nothing', async () => {
    const run = await runNpmStart({ ELECTRON_EXEC_PATH: join(tmpdir(), 'no-such-electron') });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('ELECTRON_EXEC_PATH');
    expect(run.stdout.match(BUILD_MARKER)).toBeNull();
  }, 60_000);
});
