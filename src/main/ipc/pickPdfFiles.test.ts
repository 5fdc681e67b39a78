import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { isPackaged: true },
  BrowserWindow: { fromWebContents: vi.fn((): unknown => null) },
  dialog: {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  },
}));
vi.mock('electron', () => electron);

import { handlePickPdfFiles, PICK_PDF_DIALOG } from './pickPdfFiles';
import { HOSTILE_VALUES, UNTRUSTED_EVENTS, trustedEvent } from './ipcTestEvents';

let dir: string;
beforeEach(() => {
  vi.clearAllMocks();
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  dir = mkdtempSync(join(tmpdir(), 'clausebench-pick-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('PICK_PDF_DIALOG', () => {
  it('offers PDFs, several at once', () => {
    expect(PICK_PDF_DIALOG.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(PICK_PDF_DIALOG.filters).toEqual([{ name: 'PDF documents', extensions: ['pdf'] }]);
  });
});

describe('handlePickPdfFiles', () => {
  it('returns nothing when the dialog is cancelled', async () => {
    await expect(handlePickPdfFiles(trustedEvent())).resolves.toEqual([]);
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(PICK_PDF_DIALOG);
  });

  it('parents the dialog to the sender window', async () => {
    const window = { isDestroyed: () => false };
    electron.BrowserWindow.fromWebContents.mockReturnValueOnce(window);
    await handlePickPdfFiles(trustedEvent());
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, PICK_PDF_DIALOG);
  });

  it('reads the chosen PDFs and reports the files it skipped', async () => {
    const good = join(dir, 'order.pdf');
    writeFileSync(good, '%PDF-1.7\n');
    const missing = join(dir, 'gone.pdf');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [good, missing] });
    const files = await handlePickPdfFiles(trustedEvent());
    expect(files).toEqual([{ name: 'order.pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7\n')) }]);
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce());
    expect(electron.dialog.showMessageBox.mock.calls[0]![0]).toMatchObject({ type: 'warning', detail: expect.stringContaining(missing) });
  });

  it.each(UNTRUSTED_EVENTS)('refuses a sender that is %s, without showing a dialog', async (_label, event) => {
    await expect(handlePickPdfFiles(event)).rejects.toThrow(/refused/);
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses any argument: the renderer cannot name a path', async () => {
    for (const value of [...HOSTILE_VALUES, '/etc/passwd', join(dir, 'x.pdf'), 'file:///etc/passwd']) {
      await expect(handlePickPdfFiles(trustedEvent(), value)).rejects.toThrow(/no arguments/);
    }
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
