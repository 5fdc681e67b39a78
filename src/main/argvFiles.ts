import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasPdfExtension } from './pdfFiles';

/**
 * The PDF paths in a command line, resolved against the directory it was run from.
 *
 * argv[0] is the executable; in development argv[1] is the app (`.` or out/main/index.js),
 * which never ends in .pdf so it falls out naturally. Chromium switches start with '-'.
 * Linux desktop files pass documents as file:// URLs (%U), so those are accepted too.
 */
export function pdfPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-')) continue;
    const path = argToPath(arg, workingDirectory);
    if (path !== undefined && hasPdfExtension(path) && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

function argToPath(arg: string, workingDirectory: string): string | undefined {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return undefined;
    }
  }
  // Any other URL scheme (http:, javascript:, ...) is not a file on disk.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return undefined;
  return isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
}
