/**
 * The contract between the renderer and whichever host runs it (Electron's preload or the
 * browser host). Typed once here; the preload implements it with `satisfies HostApi`.
 * No DOM, no Node: this file is imported by main, preload and renderer alike.
 */
import type { MenuCommand } from './commands';

/** Commands the native menu (or a second app instance) sends to the renderer: see commands.ts. */
export type { MenuCommand };

/** A file the user picked or dropped, read in full. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface HostApi {
  readonly kind: 'electron';
  /** Shows the native open dialog; resolves to the PDFs chosen (empty when cancelled). */
  pickPdfFiles(): Promise<PickedFile[]>;
  /** Asks the user, then opens an http(s) URL in the system browser. Resolves true if opened. */
  openExternal(url: string): Promise<boolean>;
  /** Files passed on the command line or opened with the app ("Open with"). */
  onFilesOpened(listener: (files: PickedFile[]) => void): () => void;
  /** Menu items and accelerators handled in the renderer. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells main the renderer is ready to receive queued files and commands. */
  rendererReady(): void;
  appVersion(): Promise<string>;
  /**
   * Prints a self-contained HTML document (a brief) to PDF and asks where to save it. Resolves
   * true once written, false when the user cancels. Main renders it with JavaScript off and nothing
   * loaded from elsewhere; at most MAX_PRINT_HTML_CHARS characters. Electron only (optional so a
   * host without it still satisfies the contract; the browser host has no such door).
   */
  printToPdf?(html: string, suggestedName: string): Promise<boolean>;
}

/** The largest HTML printToPdf accepts (characters; about 20 MB of text). */
export const MAX_PRINT_HTML_CHARS = 20 * 1024 * 1024;
