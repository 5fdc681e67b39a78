import { BrowserWindow, app, session } from 'electron';
import { IpcChannel } from '../shared/ipcChannels';
import { pdfPathsFromArgv } from './argvFiles';
import { registerIpcHandlers } from './ipc/register';
import { installApplicationMenu } from './menu';
import { postMenuCommand } from './menuCommands';
import { readPdfFiles } from './pdfFiles';
import { RendererOutbox, type OutboxTarget } from './rendererOutbox';
import { installSessionGuards, installWebContentsGuards } from './security';
import { showSkippedFiles } from './skippedFilesDialog';
import { registerAppScheme, serveAppScheme } from './appProtocol';
import { createMainWindow } from './window';

/**
 * App lifecycle: one instance, one main window, files from the command line or the OS handed
 * to the renderer once it is listening. The domain lives in the renderer; main does OS work.
 */

const outbox = new RendererOutbox();
let mainWindow: BrowserWindow | null = null;

/** Brings the main window forward, creating it if there is none (macOS keeps the app without windows). */
function showMainWindow(): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    // A window still loading stays hidden until ready-to-show; focusing it is enough.
    mainWindow.focus();
    return mainWindow;
  }
  const window = createMainWindow();
  const contents = window.webContents;
  const target: OutboxTarget = {
    id: contents.id,
    send: (channel, payload) => contents.send(channel, payload),
    isDestroyed: () => contents.isDestroyed(),
  };
  outbox.attach(target);
  // A committed main-frame navigation (a reload) replaces the page and its listeners; messages
  // wait until the new page calls rendererReady. In-page (hash) navigation does not fire this.
  contents.on('did-navigate', () => outbox.markNotReady(target));
  window.on('closed', () => {
    outbox.detach(target);
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

/** Reads PDFs named by the OS or the command line and queues them for the renderer. */
async function openPdfPaths(paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  await app.whenReady();
  const window = showMainWindow();
  const { files, skipped } = await readPdfFiles(paths);
  if (files.length > 0) outbox.post({ channel: IpcChannel.filesOpened, payload: files });
  await showSkippedFiles(window, skipped);
}

function reportFailure(what: string) {
  return (error: unknown): void => console.error(`Clausebench: ${what} failed:`, error);
}

function main(): void {
  // A second launch (say, "Open with" on a PDF) hands its files to the running app and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Every renderer sandboxed, whatever a window's own options say.
  app.enableSandbox();
  // The renderer's own scheme must be declared before 'ready'.
  registerAppScheme();
  // Before any window exists, so no webContents escapes the guards.
  installWebContentsGuards(app);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (app.isReady()) showMainWindow();
    openPdfPaths(pdfPathsFromArgv(argv, workingDirectory)).catch(reportFailure('opening files from a second launch'));
  });
  // macOS delivers "Open with" and dock drops here, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPdfPaths([path]).catch(reportFailure(`opening ${path}`));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady()) showMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      installSessionGuards(session.defaultSession);
      serveAppScheme();
      registerIpcHandlers(outbox);
      installApplicationMenu((command) => {
        showMainWindow();
        postMenuCommand(outbox, command);
      });
      showMainWindow();
      return openPdfPaths(pdfPathsFromArgv(process.argv, process.cwd()));
    })
    .catch((error: unknown) => {
      reportFailure('starting')(error);
      app.quit();
    });
}

main();
