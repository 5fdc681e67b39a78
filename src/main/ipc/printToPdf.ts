import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, type BrowserWindowConstructorOptions, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import { MAX_PRINT_HTML_CHARS } from '../../shared/hostApi';
import { IpcChannel } from '../../shared/ipcChannels';
import { assertTrustedSender } from './guard';

/**
 * "Print to PDF" of a brief: the renderer hands over the brief's self-contained HTML, main renders
 * it in a hidden window of its own, prints it to PDF and saves it where the user says.
 *
 * The HTML is untrusted (it holds document text and anything an analyst typed), so the window
 * that renders it gets nothing: JavaScript off, sandboxed, context-isolated, no preload, no Node,
 * never shown, and closed once printed. The brief's own Content-Security-Policy keeps it from
 * loading anything; the app's web-contents guards (security.ts) refuse navigation and windows.
 */

/** Chromium refuses URLs over 2 MB; a base64 data: URL grows by a third, so larger HTML goes through a file. */
export const MAX_DATA_URL_HTML_BYTES = 1_500_000;
const MAX_NAME_LENGTH = 120;

/** Countries whose printers hold Letter paper; everywhere else A4. */
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR']);

export interface PrintRequest {
  html: string;
  fileName: string;
}

/**
 * A file name safe to offer in the save dialog: the last path segment only, no control or
 * reserved characters, at most MAX_NAME_LENGTH characters, ending ".pdf".
 */
export function safePdfName(value: string): string {
  const lastSegment = value.split(/[/\\]/).pop() ?? '';
  const cleaned = [...lastSegment]
    .filter((ch) => {
      const code = ch.charCodeAt(0);
      return code > 0x1f && !(code >= 0x7f && code <= 0x9f) && !'<>:"|?*'.includes(ch);
    })
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .replace(/\.pdf$/i, '')
    .slice(0, MAX_NAME_LENGTH - 4)
    .trim();
  return `${cleaned || 'clausebench-brief'}.pdf`;
}

/** Checks the renderer's arguments: two strings, the HTML a whole document within the size limit. */
export function parsePrintRequest(args: readonly unknown[]): PrintRequest {
  if (args.length !== 2) throw new Error(`${IpcChannel.printToPdf}: takes the HTML and a file name`);
  const [html, name] = args;
  if (typeof html !== 'string' || typeof name !== 'string') throw new Error(`${IpcChannel.printToPdf}: the HTML and the file name must be strings`);
  if (html.length === 0 || html.length > MAX_PRINT_HTML_CHARS) {
    throw new Error(`${IpcChannel.printToPdf}: the HTML must be 1 to ${MAX_PRINT_HTML_CHARS} characters`);
  }
  if (!/^\s*<!doctype html>/i.test(html)) throw new Error(`${IpcChannel.printToPdf}: the HTML must be a whole document`);
  if (name.length > 1000) throw new Error(`${IpcChannel.printToPdf}: the file name is too long`);
  return { html, fileName: safePdfName(name) };
}

/** The hidden window's options, inline so static checks (Electronegativity) see every value. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1123,
    height: 794,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  };
}

/** Letter for the countries that use it, else A4 (the brief's CSS asks for landscape either way). */
export function pageSizeFor(country: string): 'Letter' | 'A4' {
  return LETTER_COUNTRIES.has(country.toUpperCase()) ? 'Letter' : 'A4';
}

/** Loads `html` into `window`: as a data: URL when small enough, else from a private temporary file. */
async function loadHtml(window: BrowserWindow, html: string): Promise<() => Promise<void>> {
  const bytes = Buffer.from(html, 'utf8');
  if (bytes.length <= MAX_DATA_URL_HTML_BYTES) {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${bytes.toString('base64')}`);
    return async () => undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'clausebench-print-'));
  const file = join(dir, 'brief.html');
  await writeFile(file, bytes, { mode: 0o600 });
  const cleanUp = () => rm(dir, { recursive: true, force: true });
  try {
    await window.loadFile(file);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}

/** Renders `html` to PDF bytes in a hidden, script-less window, which is closed afterwards whatever happens. */
export async function renderPdf(html: string): Promise<Buffer> {
  const window = new BrowserWindow(printWindowOptions());
  let cleanUp: () => Promise<void> = async () => undefined;
  try {
    cleanUp = await loadHtml(window, html);
    return await window.webContents.printToPDF({
      printBackground: true,
      landscape: true,
      pageSize: pageSizeFor(app.getLocaleCountryCode()),
    });
  } finally {
    if (!window.isDestroyed()) window.destroy();
    await cleanUp();
  }
}

export function saveDialogOptions(fileName: string): SaveDialogOptions {
  return {
    title: 'Print to PDF',
    buttonLabel: 'Save PDF',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Prints the brief to PDF and saves it where the user chooses. Resolves true if saved, false if cancelled. */
export async function handlePrintToPdf(event: IpcMainInvokeEvent, ...args: unknown[]): Promise<boolean> {
  assertTrustedSender(event, IpcChannel.printToPdf);
  const request = parsePrintRequest(args);
  // Rendered before asking: a brief that cannot be printed fails before the user picks a place.
  const pdf = await renderPdf(request.html);
  const parent = BrowserWindow.fromWebContents(event.sender);
  const options = saveDialogOptions(request.fileName);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return false;
  const typed = /\.pdf$/i.test(result.filePath);
  const path = typed ? result.filePath : `${result.filePath}.pdf`;
  // The dialog confirmed overwriting the name as typed; a ".pdf" added here was never confirmed,
  // so it must not replace an existing file ('wx' fails instead).
  try {
    await writeFile(path, pdf, { flag: typed ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new Error(`${basename(path)} already exists there; print again and choose another name, or type the name with .pdf to replace it.`, {
        cause: error,
      });
    throw error;
  }
  return true;
}
