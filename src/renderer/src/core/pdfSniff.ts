/**
 * A quick content check before pdf.js is asked to parse a file: users drop all sorts of files,
 * and a clear "this is not a PDF" beats pdf.js's structural errors. The check is by content,
 * never by file name. PDF readers accept junk before the header, so the "%PDF-" marker may sit
 * anywhere in the first 1024 bytes (as Acrobat allows).
 */

const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const HEADER_WINDOW = 1024;

export type SniffResult = { ok: true } | { ok: false; reason: string };

export function sniffPdf(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty (0 bytes). Choose the complete PDF and import it again.' };
  const end = Math.min(bytes.length, HEADER_WINDOW) - HEADER.length;
  for (let i = 0; i <= end; i++) {
    if (HEADER.every((b, j) => bytes[i + j] === b)) return { ok: true };
  }
  return {
    ok: false,
    reason: 'This is not a PDF: its content has no PDF header. Export or print it to PDF first, then import the PDF.',
  };
}
