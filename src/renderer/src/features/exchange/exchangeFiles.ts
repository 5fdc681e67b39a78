/**
 * File names, types and the user-facing wording shared by bundles and backups.
 */
import { isBundleError, type BundleErrorCode } from '../../core/exchange/bundleError';
import { fileNameSlug } from '../../core/fileNameSlug';

export const BUNDLE_EXTENSION = '.clausebench';
export const BACKUP_EXTENSION = '.clausebench-backup';
export const BUNDLE_MIME = 'application/zip';
/** What the file chooser offers: both kinds (a backup can be merged as a bundle too). */
export const BUNDLE_ACCEPT = `${BUNDLE_EXTENSION},${BACKUP_EXTENSION},.zip,application/zip`;
export const BACKUP_ACCEPT = `${BACKUP_EXTENSION},${BUNDLE_EXTENSION},.zip,application/zip`;

function day(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** "legion-export-control-dispute-2026-12-06.clausebench" */
export function bundleFileName(caseName: string, now = new Date()): string {
  return `${fileNameSlug(caseName, 'case')}-${day(now)}${BUNDLE_EXTENSION}`;
}

/** "clausebench-backup-2026-12-06.clausebench-backup" */
export function backupFileName(now = new Date()): string {
  return `clausebench-backup-${day(now)}${BACKUP_EXTENSION}`;
}

/** The reason to show for a failure: a bundle error's own message, anything else as it came. */
export function reasonOf(e: unknown): string {
  if (isBundleError(e)) return e.message;
  return e instanceof Error ? e.message : String(e);
}

const DAMAGED = 'Copy the file again from where it came from (or ask for it again), then try again.';
const NOT_OURS = 'Clausebench never writes such a file: do not use it; ask for one exported by Clausebench.';
const EXPORT_AGAIN = 'Export it again from Clausebench (or ask whoever sent it to), then try again.';
/** What to do next, for the refusals whose message does not say it already (a newer version, a full disk, the wrong kind say it). */
const NEXT_STEP: Partial<Record<BundleErrorCode, string>> = {
  'not-a-zip': 'Choose a .clausebench or .clausebench-backup file made by Clausebench.',
  truncated: DAMAGED,
  'hash-mismatch': DAMAGED,
  'missing-file': DAMAGED,
  'unsafe-path': NOT_OURS,
  'duplicate-entry': NOT_OURS,
  'too-many-entries': NOT_OURS,
  'too-large': NOT_OURS,
  'bad-manifest': EXPORT_AGAIN,
  'missing-reference': EXPORT_AGAIN,
};

/** “notes.clausebench” could not be imported: <why>. Nothing was changed. <what to do>. */
export function failureMessage(fileName: string, action: 'imported' | 'restored', e: unknown): string {
  // Anything else failed in the browser or the database, where the transaction undid it all.
  const next = isBundleError(e) ? NEXT_STEP[e.code] : 'Try again; if it fails again, restart Clausebench and try once more.';
  return `“${fileName}” could not be ${action}: ${reasonOf(e)} Nothing was changed.${next ? ` ${next}` : ''}`;
}

export function countText(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Lets the browser paint (progress bars) between chunks of long synchronous work. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
