import { BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import type { PickedFile } from '../../shared/hostApi';
import { IpcChannel } from '../../shared/ipcChannels';
import { readPdfFiles } from '../pdfFiles';
import { showSkippedFiles } from '../skippedFilesDialog';
import { assertNoArguments, assertTrustedSender } from './guard';

export const PICK_PDF_DIALOG: OpenDialogOptions = {
  title: 'Import PDFs',
  buttonLabel: 'Import',
  properties: ['openFile', 'multiSelections'],
  filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
};

/**
 * Shows the native open dialog and returns the chosen PDFs' bytes. The renderer never sees a
 * path and cannot name one: main reads only what the user picked, with the same caps as files
 * opened from the command line. Files that could not be read are reported to the user here.
 */
export async function handlePickPdfFiles(event: IpcMainInvokeEvent, ...args: unknown[]): Promise<PickedFile[]> {
  assertTrustedSender(event, IpcChannel.pickPdfFiles);
  assertNoArguments(args, IpcChannel.pickPdfFiles);
  const window = BrowserWindow.fromWebContents(event.sender);
  const result = window ? await dialog.showOpenDialog(window, PICK_PDF_DIALOG) : await dialog.showOpenDialog(PICK_PDF_DIALOG);
  if (result.canceled || result.filePaths.length === 0) return [];
  const { files, skipped } = await readPdfFiles(result.filePaths);
  // Not awaited: the files that were read start importing while the warning is on screen.
  void showSkippedFiles(window, skipped);
  return files;
}
