import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PickedFile } from '../shared/hostApi';

/** Large enough for any real court filing; small enough that one file cannot exhaust memory. */
export const MAX_PDF_BYTES = 512 * 1024 * 1024;

/** Opening several hundred files in one go is a mistake more often than an intent. */
export const MAX_PDF_FILES = 500;

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ReadPdfResult {
  files: PickedFile[];
  skipped: SkippedFile[];
}

/** Main only checks the name; the renderer checks the content (%PDF- header, pdf.js parse). */
export function hasPdfExtension(path: string): boolean {
  return path.toLowerCase().endsWith('.pdf');
}

/**
 * Reads each path as a whole file, in order, skipping (with a reason a user can act on) any
 * that is not a regular .pdf file within the size cap. Never throws for a bad file: one
 * unreadable file must not lose the others.
 */
export async function readPdfFiles(paths: readonly string[], maxBytes: number = MAX_PDF_BYTES): Promise<ReadPdfResult> {
  const files: PickedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const [index, path] of paths.entries()) {
    if (index >= MAX_PDF_FILES) {
      skipped.push({ path, reason: `more than ${MAX_PDF_FILES} files at once; open the rest separately` });
      continue;
    }
    const result = await readOnePdf(path, maxBytes);
    if ('reason' in result) skipped.push({ path, reason: result.reason });
    else files.push(result);
  }
  return { files, skipped };
}

// O_NONBLOCK keeps open() from hanging on a FIFO that slipped past the stat check
// (it has no effect on regular files). Windows has no such flag.
const OPEN_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);

async function readOnePdf(path: string, maxBytes: number): Promise<PickedFile | { reason: string }> {
  if (!hasPdfExtension(path)) return { reason: 'not a .pdf file' };
  try {
    // stat before open: opening a FIFO or device could block or never end.
    if (!(await stat(path)).isFile()) return { reason: 'not a regular file' };
    const handle = await open(path, OPEN_FLAGS);
    try {
      // Checked again on the open handle, in case the path was swapped after the first stat.
      const info = await handle.stat();
      if (!info.isFile()) return { reason: 'not a regular file' };
      if (info.size > maxBytes) return { reason: tooLarge(maxBytes) };
      const buffer = await handle.readFile();
      if (buffer.byteLength > maxBytes) return { reason: tooLarge(maxBytes) };
      // A plain Uint8Array view, so IPC sends exactly the bytes the contract promises.
      return { name: basename(path), bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { reason: describeFsError(error) };
  }
}

function tooLarge(maxBytes: number): string {
  return `larger than ${Math.round(maxBytes / (1024 * 1024))} MiB`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found; it may have been moved or deleted';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; check the file is readable';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return `could not be read (${code ?? 'unknown error'})`;
  }
}
