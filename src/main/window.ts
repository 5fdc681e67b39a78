import { join } from 'node:path';
import { BrowserWindow, app, screen } from 'electron';
import { APP_ENTRY_URL } from './appProtocol';
import { devServerUrl, preloadPath } from './paths';
import { MIN_HEIGHT, MIN_WIDTH, loadWindowState, placeWindow, saveWindowState, type StoredWindowState } from './windowState';

export const WINDOW_TITLE = 'Clausebench';
const WINDOW_STATE_FILE = 'window-state.json';
/** Moving or resizing fires many events; the file is written once things settle. */
const SAVE_DELAY_MS = 500;

export function windowStateFile(): string {
  return join(app.getPath('userData'), WINDOW_STATE_FILE);
}

/** Creates the main window where the user left it, and loads the renderer. */
export function createMainWindow(): BrowserWindow {
  const stateFile = windowStateFile();
  const placement = placeWindow(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: WINDOW_TITLE,
    // Shown once the first paint is ready, so the user never sees a blank white frame.
    show: false,
    // The renderer gets no Node, no Electron and nothing but the preload's window.host: it shows
    // PDFs from anywhere, so it is treated as untrusted content. Written inline so static checks
    // (Electronegativity) see every value.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Middle-click would open links in new windows, bypassing the link confirmation.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
    },
  });
  window.once('ready-to-show', () => {
    // Maximising a hidden window shows it early on Linux, so it waits until here.
    if (placement.maximized) window.maximize();
    window.show();
  });
  trackWindowState(window, stateFile);

  const devUrl = devServerUrl();
  const loading = window.loadURL(devUrl ?? APP_ENTRY_URL);
  loading.catch((error: unknown) => console.error('Clausebench: the window could not load its page:', error));
  return window;
}

function captureWindowState(window: BrowserWindow): StoredWindowState {
  // Normal bounds, so a maximised window remembers the size it returns to.
  const bounds = window.getNormalBounds();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: window.isMaximized() };
}

/** Saves the window's bounds shortly after it moves or resizes, and once more as it closes. */
export function trackWindowState(window: BrowserWindow, stateFile: string, delayMs: number = SAVE_DELAY_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    timer = undefined;
    if (!window.isDestroyed()) saveWindowState(stateFile, captureWindowState(window));
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', () => {
    if (timer !== undefined) clearTimeout(timer);
    save();
  });
}
