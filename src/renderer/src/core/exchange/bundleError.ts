/**
 * Why a bundle or backup was refused. The message says what is wrong in the user's terms; the
 * feature adds the file name and "nothing was changed". `code` lets tests and the UI tell cases apart.
 */
export type BundleErrorCode =
  | 'not-a-zip'
  | 'truncated'
  | 'unsafe-path'
  | 'duplicate-entry'
  | 'too-many-entries'
  | 'too-large'
  | 'bad-manifest'
  | 'unsupported-version'
  | 'missing-file'
  | 'hash-mismatch'
  | 'missing-reference'
  | 'wrong-kind'
  | 'quota'
  | 'cancelled';

export class BundleError extends Error {
  readonly code: BundleErrorCode;
  /** Extra facts for tests and diagnostics (bytes inflated before a stop, bytes needed...). */
  readonly detail: Record<string, unknown>;
  constructor(code: BundleErrorCode, message: string, detail: Record<string, unknown> = {}) {
    super(message);
    this.name = 'BundleError';
    this.code = code;
    this.detail = detail;
  }
}

export function isBundleError(e: unknown): e is BundleError {
  return e instanceof BundleError;
}
