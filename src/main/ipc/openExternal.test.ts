import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { isPackaged: true },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  dialog: { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) },
  shell: { openExternal: vi.fn(async () => undefined) },
}));
vi.mock('electron', () => electron);

import { confirmOpenMessage, handleOpenExternal, MAX_EXTERNAL_URL_LENGTH, parseExternalUrl } from './openExternal';
import { HOSTILE_VALUES, UNTRUSTED_EVENTS, trustedEvent } from './ipcTestEvents';

beforeEach(() => {
  vi.clearAllMocks();
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'file:///etc/passwd',
  'FILE:///C:/Windows/System32/calc.exe',
  'file://server/share/x.exe',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ms-msdt:/id PCWDiagnostic',
  'smb://evil.example/share',
  'mailto:someone@example.org',
  'ftp://example.org/file',
  'chrome://settings',
  'about:blank',
  'http:',
  'https://',
  'https://user:pass@evil.example/',
  'https://bank.example@evil.example/',
  '//evil.example/no-scheme',
  'evil.example',
  '',
  'https://example.org/\u0000',
  'https://example.org/' + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH),
  'https://example.org/' + 'x'.repeat(10_000),
];

describe('parseExternalUrl', () => {
  it('accepts http and https web links, normalised', () => {
    expect(parseExternalUrl('https://www.federalregister.gov/d/2025-00001').href).toBe('https://www.federalregister.gov/d/2025-00001');
    expect(parseExternalUrl('HTTP://Example.ORG/a b').href).toBe('http://example.org/a%20b');
    expect(parseExternalUrl('https://example.org/' + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - 20)).href).toHaveLength(MAX_EXTERNAL_URL_LENGTH);
  });

  it.each(HOSTILE_URLS.map((url) => [url.length > 60 ? `${url.slice(0, 40)}… (${url.length} chars)` : JSON.stringify(url), url]))(
    'rejects %s',
    (_label, url) => {
      expect(() => parseExternalUrl(url)).toThrow(Error);
    },
  );

  it.each(HOSTILE_VALUES.filter((value) => typeof value !== 'string').map((value) => [String(value), value]))(
    'rejects non-string %s',
    (_label, value) => {
      expect(() => parseExternalUrl(value)).toThrow(/must be a string/);
    },
  );
});

describe('handleOpenExternal', () => {
  it('asks first, then opens the normalised URL', async () => {
    await expect(handleOpenExternal(trustedEvent(), 'https://Example.org/order')).resolves.toBe(true);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledExactlyOnceWith(confirmOpenMessage(new URL('https://example.org/order')));
    expect(electron.dialog.showMessageBox.mock.calls[0]).toEqual([
      expect.objectContaining({ message: 'Open this link in your browser?', detail: 'https://example.org/order' }),
    ]);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/order');
  });

  it('does nothing when the user cancels', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(handleOpenExternal(trustedEvent(), 'https://example.org/')).resolves.toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(UNTRUSTED_EVENTS)('refuses a sender that is %s, without asking', async (_label, event) => {
    await expect(handleOpenExternal(event, 'https://example.org/')).rejects.toThrow(/refused/);
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('rejects hostile URLs and values without asking or opening', async () => {
    for (const value of [...HOSTILE_URLS, ...HOSTILE_VALUES]) {
      await expect(handleOpenExternal(trustedEvent(), value)).rejects.toThrow(Error);
    }
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('rejects the wrong number of arguments', async () => {
    await expect(handleOpenExternal(trustedEvent())).rejects.toThrow(/exactly one/);
    await expect(handleOpenExternal(trustedEvent(), 'https://example.org/', 'https://evil.example/')).rejects.toThrow(/exactly one/);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});
