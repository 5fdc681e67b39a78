// Finds Electron's binary, and fetches it with Electron's own install script when it is missing.
// npm does not run that script at install time (package.json allowScripts): a machine that cannot
// reach Electron's downloads must still be able to `npm install` and run the tests.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The folder of the `electron` npm package, or undefined when it is not installed.
 * CLAUSEBENCH_ELECTRON_DIR points elsewhere (the start tests use a scratch copy so they never
 * change the real node_modules).
 */
export function electronPackageDir(projectRoot) {
  if (process.env.CLAUSEBENCH_ELECTRON_DIR) return process.env.CLAUSEBENCH_ELECTRON_DIR;
  const require = createRequire(join(projectRoot, 'package.json'));
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined; // not installed at all (an interrupted or production-only install)
  }
}

/** The installed binary's path, read the way electron-vite and `electron` itself read it; or undefined. */
export function installedElectron(packageDir) {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return isExecutable(binary) ? binary : undefined;
}

export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs Electron's own install.js (download, checksum, unzip, path.txt). Honours Electron's usual
 * settings (ELECTRON_MIRROR, electron_config_cache, proxies). Returns the binary or the reason it failed.
 */
export function installElectron(packageDir) {
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: 15 * 60_000,
  });
  const binary = installedElectron(packageDir);
  if (binary) return { binary };
  return { reason: firstErrorLine(result.stderr ?? '') || `the install script exited with ${result.status ?? result.signal}` };
}

/** The line of a stack trace that says what went wrong ("TypeError: fetch failed"). */
function firstErrorLine(stderr) {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => !line.startsWith('at ')) ?? '';
}
