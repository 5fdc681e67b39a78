import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasPdfExtension, readPdfFiles } from './pdfFiles';

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausebench-pdf-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes: Uint8Array = PDF_BYTES): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('hasPdfExtension', () => {
  it('matches .pdf in any case, and nothing else', () => {
    expect(hasPdfExtension('/a/b.pdf')).toBe(true);
    expect(hasPdfExtension('C:\\Cases\\ORDER.PDF')).toBe(true);
    expect(hasPdfExtension('x.Pdf')).toBe(true);
    expect(hasPdfExtension('x.pdf.exe')).toBe(false);
    expect(hasPdfExtension('pdf')).toBe(false);
    expect(hasPdfExtension('x.pdfx')).toBe(false);
  });
});

describe('readPdfFiles', () => {
  it('reads regular .pdf files, in order, as plain Uint8Arrays with their base names', async () => {
    const a = file('a.pdf');
    const b = file('B.PDF', new Uint8Array([37, 80, 68, 70, 45, 1, 2, 3]));
    const { files, skipped } = await readPdfFiles([a, b]);
    expect(skipped).toEqual([]);
    expect(files.map((f) => f.name)).toEqual(['a.pdf', 'B.PDF']);
    expect(files[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(files[0]!.bytes)).toEqual(Array.from(PDF_BYTES));
    expect(Array.from(files[1]!.bytes)).toEqual([37, 80, 68, 70, 45, 1, 2, 3]);
  });

  it('skips, with a reason, files over the size cap', async () => {
    const small = file('small.pdf', new Uint8Array(10));
    const big = file('big.pdf', new Uint8Array(11));
    const { files, skipped } = await readPdfFiles([small, big], 10);
    expect(files.map((f) => f.name)).toEqual(['small.pdf']);
    expect(skipped).toEqual([{ path: big, reason: expect.stringMatching(/larger than/) }]);
  });

  it('skips names without .pdf, even when the content is a PDF', async () => {
    const path = file('order.txt');
    const { files, skipped } = await readPdfFiles([path]);
    expect(files).toEqual([]);
    expect(skipped).toEqual([{ path, reason: 'not a .pdf file' }]);
  });

  it('skips folders and missing files without losing the others', async () => {
    const folder = join(dir, 'folder.pdf');
    mkdirSync(folder);
    const missing = join(dir, 'missing.pdf');
    const good = file('good.pdf');
    const { files, skipped } = await readPdfFiles([folder, missing, good]);
    expect(files.map((f) => f.name)).toEqual(['good.pdf']);
    expect(skipped).toEqual([
      { path: folder, reason: 'not a regular file' },
      { path: missing, reason: expect.stringMatching(/not found/) },
    ]);
  });

  it.skipIf(process.platform === 'win32')('follows a symlink to a regular file but never opens a FIFO', async () => {
    const target = file('target.pdf');
    const link = join(dir, 'link.pdf');
    symlinkSync(target, link);
    const fifo = join(dir, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    const { files, skipped } = await readPdfFiles([link, fifo]);
    expect(files.map((f) => f.name)).toEqual(['link.pdf']);
    expect(skipped).toEqual([{ path: fifo, reason: 'not a regular file' }]);
  });

  it.skipIf(process.platform === 'win32')('skips a device file', async () => {
    const { files, skipped } = await readPdfFiles(['/dev/zero.pdf', '/dev/zero']);
    expect(files).toEqual([]);
    expect(skipped).toHaveLength(2);
  });
});
