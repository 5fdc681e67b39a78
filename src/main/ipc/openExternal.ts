import { BrowserWindow, dialog, shell, type IpcMainInvokeEvent, type MessageBoxOptions } from 'electron';
import { IpcChannel } from '../../shared/ipcChannels';
import { assertTrustedSender } from './guard';

export const MAX_EXTERNAL_URL_LENGTH = 2048;
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);
/** Control characters are how "java\tscript:" style tricks hide from a naive check. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * Validates a link the renderer wants opened. Only http(s) web pages: file:, javascript:,
 * custom app schemes and the like could run or open something on the user's machine.
 * Credentials in the URL (https://bank.example@evil.example) are refused because they exist
 * mainly to mislead the reader of the confirmation dialog.
 */
export function parseExternalUrl(value: unknown): URL {
  if (typeof value !== 'string') throw new Error(`${IpcChannel.openExternal}: the URL must be a string`);
  if (value.length === 0 || value.length > MAX_EXTERNAL_URL_LENGTH) {
    throw new Error(`${IpcChannel.openExternal}: the URL must be 1 to ${MAX_EXTERNAL_URL_LENGTH} characters`);
  }
  if (hasControlCharacter(value)) throw new Error(`${IpcChannel.openExternal}: the URL contains control characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${IpcChannel.openExternal}: not a valid URL`);
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) throw new Error(`${IpcChannel.openExternal}: only http and https links can be opened`);
  if (url.hostname === '') throw new Error(`${IpcChannel.openExternal}: the URL has no host`);
  if (url.username !== '' || url.password !== '') throw new Error(`${IpcChannel.openExternal}: URLs with credentials are not opened`);
  if (url.href.length > MAX_EXTERNAL_URL_LENGTH) {
    throw new Error(`${IpcChannel.openExternal}: the URL must be 1 to ${MAX_EXTERNAL_URL_LENGTH} characters`);
  }
  return url;
}

export function confirmOpenMessage(url: URL): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Open link',
    message: 'Open this link in your browser?',
    // The normalised form, so what the user approves is exactly what gets opened.
    detail: url.href,
    buttons: ['Open', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

/** Asks the user, then hands an http(s) URL to the system browser. Resolves true if opened. */
export async function handleOpenExternal(event: IpcMainInvokeEvent, ...args: unknown[]): Promise<boolean> {
  assertTrustedSender(event, IpcChannel.openExternal);
  if (args.length !== 1) throw new Error(`${IpcChannel.openExternal}: takes exactly one URL`);
  const url = parseExternalUrl(args[0]);
  const window = BrowserWindow.fromWebContents(event.sender);
  const options = confirmOpenMessage(url);
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url.href);
  return true;
}
