import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { SkippedFile } from './pdfFiles';

/** How many skipped files are listed by name before the rest are summarised. */
const MAX_LISTED = 20;

/**
 * Files main refused to read (too large, not a regular .pdf, unreadable) are named with the
 * reason, so the user knows what to fix; the files that were read still open.
 */
export function skippedFilesMessage(skipped: readonly SkippedFile[]): MessageBoxOptions {
  const lines = skipped.slice(0, MAX_LISTED).map((file) => `${file.path}: ${file.reason}`);
  if (skipped.length > MAX_LISTED) lines.push(`…and ${skipped.length - MAX_LISTED} more`);
  return {
    type: 'warning',
    title: 'Some files were not opened',
    message: skipped.length === 1 ? 'One file could not be opened.' : `${skipped.length} files could not be opened.`,
    detail: lines.join('\n'),
    buttons: ['OK'],
    noLink: true,
  };
}

export async function showSkippedFiles(window: BrowserWindow | null, skipped: readonly SkippedFile[]): Promise<void> {
  if (skipped.length === 0) return;
  const options = skippedFilesMessage(skipped);
  try {
    if (window && !window.isDestroyed()) await dialog.showMessageBox(window, options);
    else await dialog.showMessageBox(options);
  } catch (error) {
    console.warn('Clausebench: could not show the skipped-files message:', error);
  }
}
