/** Why a PDF could not be opened, in terms the import flow and the user understand. */
export type PdfOpenFailure = { kind: 'password-required' } | { kind: 'password-incorrect' } | { kind: 'invalid'; detail: string };

// pdf.js PasswordResponses: NEED_PASSWORD = 1, INCORRECT_PASSWORD = 2.
const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

export function classifyOpenError(error: unknown): PdfOpenFailure {
  const e = error as { name?: string; code?: number; message?: string } | undefined;
  if (e?.name === 'PasswordException') {
    if (e.code === INCORRECT_PASSWORD) return { kind: 'password-incorrect' };
    if (e.code === NEED_PASSWORD) return { kind: 'password-required' };
  }
  const message = e?.message ?? String(error);
  return { kind: 'invalid', detail: message };
}

/** A user-facing sentence for a file pdf.js cannot read. */
export function describeInvalidPdf(detail: string): string {
  if (/empty/i.test(detail)) return 'The file is empty. Choose the complete PDF and import it again.';
  return `The PDF is damaged or incomplete and cannot be read (${detail.replace(/\.+$/, '')}). Get a fresh copy of the file and import it again.`;
}
