import type { PickedFile } from '../shared/hostApi';
// Menu commands are checked against the command registry's menu ids, as main checks them.
import { isMenuCommand } from '../shared/commands';

export { isMenuCommand };

/**
 * Shape checks for what main sends. Main is trusted, but the page's listeners are the app's
 * state: a malformed message is dropped here rather than half-handled there.
 */

/** Longest file name kept; file systems allow 255 bytes, so anything longer is not a name. */
const MAX_NAME_LENGTH = 1024;

export function isPickedFile(value: unknown): value is PickedFile {
  if (typeof value !== 'object' || value === null) return false;
  const { name, bytes } = value as Record<string, unknown>;
  return typeof name === 'string' && name.length > 0 && name.length <= MAX_NAME_LENGTH && bytes instanceof Uint8Array;
}

export function isPickedFileArray(value: unknown): value is PickedFile[] {
  return Array.isArray(value) && value.every(isPickedFile);
}
