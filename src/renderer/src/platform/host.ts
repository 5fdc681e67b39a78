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
