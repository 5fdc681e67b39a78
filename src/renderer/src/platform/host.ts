/**
 * The host the renderer runs in: Electron (window.host, put there by the preload) or a plain
 * browser (npm run web, and the e2e tests). Both are thin; the domain lives in the renderer.
 */
import type { HostApi, MenuCommand, PickedFile } from '../../../shared/hostApi';
import { createBrowserHost } from './browserHost';

export type { MenuCommand, PickedFile };
// Dropped files (drag and drop works in both hosts) are read the same way; features import
// only this module, so the reader of File objects is passed on from here.
export { readFiles } from './browserHost';
export { copyText } from './clipboard';
export { openFile, saveFile } from './files';

export interface Host {
  kind: 'electron' | 'browser';
  pickPdfFiles(): Promise<PickedFile[]>;
  openExternal(url: string): Promise<boolean>;
  onFilesOpened(listener: (files: PickedFile[]) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  rendererReady(): void;
  /**
   * Prints a self-contained HTML brief to PDF and saves it where the user says (Electron only:
   * the browser host leaves it out, and the browser's own print dialog can save a PDF instead).
   */
  printToPdf?(html: string, suggestedName: string): Promise<boolean>;
}

declare global {
  interface Window {
    host?: HostApi;
  }
}

let current: Host | undefined;

export function host(): Host {
  current ??= window.host ? window.host : createBrowserHost();
  return current;
}
