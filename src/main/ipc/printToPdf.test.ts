import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fake BrowserWindow that records what it was made with and what was loaded into it. */
const electron = vi.hoisted(() => {
  const windows: FakeWindow[] = [];
  const printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));
  class FakeWindow {
    destroyed = false;
    loadedUrl: string | undefined;
    loadedFile: string | undefined;
    loadedFileText: string | undefined;
    webContents = { printToPDF };
    constructor(public options: Record<string, unknown>) {
      windows.push(this);
    }
    loadURL = vi.fn(async (url: string) => {
      this.loadedUrl = url;
    });
    loadFile = vi.fn(async (file: string) => {
      this.loadedFile = file;
      // The file must exist while it is loaded; read it now, as Chromium would.
      const { readFileSync: read } = await import('node:fs');
      this.loadedFileText = read(file, 'utf8');
    });
    isDestroyed = () => this.destroyed;
    destroy = vi.fn(() => {
      this.destroyed = true;
    });
    static fromWebContents = vi.fn((): unknown => null);
  }
  return {
    windows,
    printToPDF,
    app: { isPackaged: true, getLocaleCountryCode: vi.fn(() => 'DE'), getPath: vi.fn(() => '/home/analyst/Documents') },
    BrowserWindow: FakeWindow,
    dialog: { showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })) },
  };
});
vi.mock('electron', () => electron);

import { MAX_PRINT_HTML_CHARS } from '../../shared/hostApi';
import { handlePrintToPdf, MAX_DATA_URL_HTML_BYTES, pageSizeFor, parsePrintRequest, printWindowOptions, safePdfName } from './printToPdf';
import { HOSTILE_VALUES, UNTRUSTED_EVENTS, trustedEvent } from './ipcTestEvents';

const HTML =
  '<!doctype html>\n<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body><h1>Brief “§ 3”</h1></body></html>';

let dir: string;
beforeEach(() => {
  vi.clearAllMocks();
  electron.windows.length = 0;
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  dir = mkdtempSync(join(tmpdir(), 'clausebench-pdf-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('safePdfName', () => {
  it.each([
    ['clausebench-case-comparison-brief.pdf', 'clausebench-case-comparison-brief.pdf'],
    ['brief', 'brief.pdf'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['C:\\Windows\\evil.exe', 'evil.exe.pdf'],
    ['a\u0000b\u001fc<>:"|?*.PDF', 'abc.pdf'],
    ['', 'clausebench-brief.pdf'],
    ['...', 'clausebench-brief.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(safePdfName(input)).toBe(expected);
  });

  it('keeps names short', () => {
    expect(safePdfName('x'.repeat(500))).toHaveLength(120);
  });
});

describe('parsePrintRequest', () => {
  it('accepts a whole HTML document and a name', () => {
    expect(parsePrintRequest([HTML, 'a/b.pdf'])).toEqual({ html: HTML, fileName: 'b.pdf' });
  });

  it.each(HOSTILE_VALUES.filter((v) => typeof v !== 'string').map((v) => [String(v), v]))('rejects the non-string HTML %s', (_label, value) => {
    expect(() => parsePrintRequest([value, 'x.pdf'])).toThrow(/must be strings/);
    expect(() => parsePrintRequest([HTML, value])).toThrow(/must be strings/);
  });

  it('rejects too many or too few arguments, empty or oversized HTML, a fragment, an absurd name', () => {
    expect(() => parsePrintRequest([HTML])).toThrow(/takes the HTML and a file name/);
    expect(() => parsePrintRequest([HTML, 'x.pdf', 'extra'])).toThrow(/takes the HTML and a file name/);
    expect(() => parsePrintRequest(['', 'x.pdf'])).toThrow(/1 to/);
    expect(() => parsePrintRequest([`<!doctype html>${'x'.repeat(MAX_PRINT_HTML_CHARS)}`, 'x.pdf'])).toThrow(/1 to/);
    expect(() => parsePrintRequest(['<script>alert(1)</script>', 'x.pdf'])).toThrow(/whole document/);
    expect(() => parsePrintRequest([HTML, 'x'.repeat(1001)])).toThrow(/too long/);
  });
});

describe('printWindowOptions', () => {
  it('renders with no script, no preload, sandboxed and hidden', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('picks Letter paper where printers hold it, A4 elsewhere', () => {
    expect(pageSizeFor('US')).toBe('Letter');
    expect(pageSizeFor('ca')).toBe('Letter');
    expect(pageSizeFor('GB')).toBe('A4');
    expect(pageSizeFor('')).toBe('A4');
  });
});

describe('handlePrintToPdf', () => {
  it('renders the HTML as a data: URL in a hidden window, prints landscape with backgrounds, asks where, writes, closes', async () => {
    const target = join(dir, 'brief.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(handlePrintToPdf(trustedEvent(), HTML, 'clausebench-x-comparison-brief.pdf')).resolves.toBe(true);
    expect(electron.windows).toHaveLength(1);
    const window = electron.windows[0]!;
    expect(window.options).toEqual(printWindowOptions());
    expect(window.loadedUrl!.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(window.loadedUrl!.split(',')[1]!, 'base64').toString('utf8')).toBe(HTML);
    expect(window.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({ printBackground: true, landscape: true, pageSize: 'A4' });
    expect(window.destroy).toHaveBeenCalledOnce();
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ title: 'Print to PDF', defaultPath: join('/home/analyst/Documents', 'clausebench-x-comparison-brief.pdf') }),
    );
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('goes through a private temporary file when the HTML is too large for a URL, and removes it', async () => {
    const big = `${HTML}<p>${'x'.repeat(MAX_DATA_URL_HTML_BYTES)}</p>`;
    const target = join(dir, 'big');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(handlePrintToPdf(trustedEvent(), big, 'big.pdf')).resolves.toBe(true);
    const window = electron.windows[0]!;
    expect(window.loadedUrl).toBeUndefined();
    expect(window.loadedFileText).toBe(big);
    expect(existsSync(window.loadedFile!)).toBe(false);
    // The chosen name gets ".pdf" when the user typed none.
    expect(readdirSync(dir)).toEqual(['big.pdf']);
  });

  it('never replaces an existing file under a ".pdf" it added itself (the dialog confirmed only the name as typed)', async () => {
    writeFileSync(join(dir, 'kept.pdf'), 'earlier');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'kept') });
    await expect(handlePrintToPdf(trustedEvent(), HTML, 'kept.pdf')).rejects.toThrow(/kept\.pdf already exists/);
    expect(readFileSync(join(dir, 'kept.pdf'), 'utf8')).toBe('earlier');
    // Typed with its extension, the dialog's overwrite confirmation covers it.
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'kept.pdf') });
    await expect(handlePrintToPdf(trustedEvent(), HTML, 'kept.pdf')).resolves.toBe(true);
    expect(readFileSync(join(dir, 'kept.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('writes nothing when the user cancels, and still closes the window', async () => {
    await expect(handlePrintToPdf(trustedEvent(), HTML, 'x.pdf')).resolves.toBe(false);
    expect(electron.windows[0]!.destroy).toHaveBeenCalledOnce();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('closes the window and asks nothing when printing fails', async () => {
    electron.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
    await expect(handlePrintToPdf(trustedEvent(), HTML, 'x.pdf')).rejects.toThrow('printing failed');
    expect(electron.windows[0]!.destroy).toHaveBeenCalledOnce();
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('parents the save dialog to the sender window', async () => {
    const parent = { id: 'main' };
    electron.BrowserWindow.fromWebContents.mockReturnValueOnce(parent);
    await handlePrintToPdf(trustedEvent(), HTML, 'x.pdf');
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toBe(parent);
  });

  it.each(UNTRUSTED_EVENTS)('refuses a message from %s, rendering nothing', async (_label, event) => {
    await expect(handlePrintToPdf(event, HTML, 'x.pdf')).rejects.toThrow(/refused/);
    expect(electron.windows).toHaveLength(0);
  });

  it('refuses bad arguments before making a window', async () => {
    await expect(handlePrintToPdf(trustedEvent(), 42, 'x.pdf')).rejects.toThrow(/must be strings/);
    await expect(handlePrintToPdf(trustedEvent(), '<p>fragment</p>', 'x.pdf')).rejects.toThrow(/whole document/);
    expect(electron.windows).toHaveLength(0);
  });
});
