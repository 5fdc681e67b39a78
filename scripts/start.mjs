#!/usr/bin/env node
// `npm start`: make sure Electron's binary is there (fetching it once with Electron's own install
// script), build the app once, then launch it. Where the binary cannot be had, say so in two lines
// and stop before building anything.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackageDir, installElectron, installedElectron, isExecutable } from './start/electronBinary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

function fail(problem, fix) {
  console.error(`Clausebench cannot start: ${problem}`);
  console.error(`To fix it: ${fix}`);
  process.exit(1);
}

function findOrInstallElectron() {
  const override = process.env.ELECTRON_EXEC_PATH;
  if (override) {
    if (!isExecutable(override)) fail(`ELECTRON_EXEC_PATH (${override}) is not an executable file.`, 'point it at an Electron binary, or unset it.');
    return override;
  }
  const packageDir = electronPackageDir(root);
  if (!packageDir) fail("Electron's npm package is not installed.", 'run `npm install`, then `npm start` again.');
  const installed = installedElectron(packageDir);
  if (installed) return installed;
  console.log("Electron's binary is not installed yet; fetching it once with Electron's own installer…");
  const { binary, reason } = installElectron(packageDir);
  if (binary) return binary;
  fail(
    `Electron's binary is not installed and could not be downloaded (${reason}).`,
    'connect to the network and run `npm start` again (it runs `node node_modules/electron/install.js`), ' +
      'or use the app in your browser with `npm run web`.',
  );
}

const electron = findOrInstallElectron();

const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// electron-vite's preview starts Electron and passes signals on to it; --skipBuild: built above.
const preview = spawn(process.execPath, [electronVite, 'preview', '--skipBuild'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: electron },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => preview.kill(signal));
preview.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
