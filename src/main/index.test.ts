import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A small fake of the Electron main-process API, enough to drive the app's lifecycle. */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  function emitter() {
    const listeners = new Map<string, Listener[]>();
    return {
      on(name: string, listener: Listener) {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      },
      emit(name: string, ...args: unknown[]) {
        for (const listener of listeners.get(name) ?? []) listener(...args);
      },
      has(name: string) {
        return (listeners.get(name)?.length ?? 0) > 0;
      },
      clear() {
        listeners.clear();
      },
    };
  }

  let nextId = 1;
  class FakeBrowserWindow {
    static all: FakeBrowserWindow[] = [];
    readonly events = emitter();
    readonly webContents;
    destroyed = false;
    focus = vi.fn();
    restore = vi.fn();
    show = vi.fn();
    maximize = vi.fn();
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async () => undefined);
    constructor(readonly options: Record<string, unknown>) {
      const contentsEvents = emitter();
      this.webContents = {
        id: nextId++,
        send: vi.fn(),
        isDestroyed: () => this.destroyed,
        on: (name: string, listener: Listener) => contentsEvents.on(name, listener),
        emit: contentsEvents.emit,
      };
      FakeBrowserWindow.all.push(this);
    }
    on(name: string, listener: Listener) {
      this.events.on(name, listener);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    close() {
      this.events.emit('close');
      this.destroyed = true;
      this.events.emit('closed');
    }
    static fromWebContents() {
      return null;
    }
  }

  const appEvents = emitter();
  const state = { ready: false, resolveReady: () => {}, readyPromise: Promise.resolve(), lock: true, userData: '' };
  const app = {
    isPackaged: true,
    on: vi.fn((name: string, listener: Listener) => {
      appEvents.on(name, listener);
      return app;
    }),
    emit: appEvents.emit,
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: () => state.readyPromise,
    isReady: () => state.ready,
    getPath: () => state.userData,
    getVersion: () => '0.1.0',
  };
  function reset(): void {
    appEvents.clear();
    FakeBrowserWindow.all = [];
    state.ready = false;
    state.lock = true;
    state.readyPromise = new Promise<void>((resolve) => {
      state.resolveReady = () => {
        state.ready = true;
        resolve();
      };
    });
  }

  return {
    reset,
    state,
    FakeBrowserWindow,
    electron: {
      app,
      BrowserWindow: FakeBrowserWindow,
      screen: {
        getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
        getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      },
      session: {
        defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
      },
      ipcMain: { handle: vi.fn(), on: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showOpenDialog: vi.fn() },
      shell: { openExternal: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    },
  };
});
vi.mock('electron', () => fake.electron);

import type { MenuItemConstructorOptions } from 'electron';
import { IpcChannel, RENDERER_TO_MAIN } from '../shared/ipcChannels';
import { APP_ENTRY_URL } from './appProtocol';

type FakeWindow = InstanceType<typeof fake.FakeBrowserWindow>;
const { electron } = fake;
const originalArgv = process.argv;
let dir: string;

async function startApp(argv: string[] = ['/opt/Clausebench/clausebench']): Promise<void> {
  process.argv = argv;
  vi.resetModules();
  await import('./index');
}

async function becomeReady(): Promise<FakeWindow> {
  fake.state.resolveReady();
  await vi.waitFor(() => expect(fake.FakeBrowserWindow.all).toHaveLength(1));
  return fake.FakeBrowserWindow.all[0]!;
}

/** The renderer calling host.rendererReady() from its main frame. */
function rendererReady(window: FakeWindow): void {
  const call = electron.ipcMain.on.mock.calls.find(([channel]) => channel === IpcChannel.rendererReady);
  const listener = call![1] as (event: unknown) => void;
  listener({ senderFrame: { url: APP_ENTRY_URL, parent: null }, sender: { id: window.webContents.id } });
}

function sentFiles(window: FakeWindow): string[][] {
  return window.webContents.send.mock.calls
    .filter(([channel]) => channel === IpcChannel.filesOpened)
    .map(([, files]) => (files as { name: string }[]).map((file) => file.name));
}

function pdf(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '%PDF-1.7\n');
  return path;
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  fake.reset();
  dir = mkdtempSync(join(tmpdir(), 'clausebench-app-'));
  fake.state.userData = dir;
});
afterEach(() => {
  process.argv = originalArgv;
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('app lifecycle', () => {
  it('a second instance quits at once and sets nothing up', async () => {
    fake.state.lock = false;
    await startApp();
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.on).not.toHaveBeenCalled();
    fake.state.resolveReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.FakeBrowserWindow.all).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('guards webContents before ready, then sets up session, IPC, menu and the window', async () => {
    await startApp();
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    // The renderer's scheme is declared before ready and served once ready.
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'clausebench',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.all).toHaveLength(0);
    await becomeReady();
    expect(electron.protocol.handle).toHaveBeenCalledWith('clausebench', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    const channels = [...electron.ipcMain.handle.mock.calls, ...electron.ipcMain.on.mock.calls].map(([channel]) => channel);
    expect(channels.sort()).toEqual([...RENDERER_TO_MAIN].sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('sends PDFs from the command line once the renderer is ready, and reports the ones it could not read', async () => {
    const order = pdf('order.pdf');
    const missing = join(dir, 'missing.pdf');
    await startApp(['/opt/Clausebench/clausebench', '--no-sandbox', order, 'notes.txt', missing]);
    const window = await becomeReady();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce());
    // Parented to the main window; the message names the file and why.
    expect(electron.dialog.showMessageBox.mock.calls[0]).toEqual([window, expect.objectContaining({ detail: expect.stringContaining(missing) })]);
    expect(window.webContents.send).not.toHaveBeenCalled();
    rendererReady(window);
    expect(sentFiles(window)).toEqual([['order.pdf']]);
    const [, files] = window.webContents.send.mock.calls[0]!;
    expect((files as { bytes: Uint8Array }[])[0]!.bytes).toBeInstanceOf(Uint8Array);
  });

  it('a second launch focuses the window and forwards its PDFs', async () => {
    await startApp();
    const window = await becomeReady();
    rendererReady(window);
    const brief = pdf('brief.pdf');
    electron.app.emit('second-instance', {}, ['/opt/Clausebench/clausebench', 'brief.pdf', 'ignored.docx'], dir, {});
    expect(window.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(sentFiles(window)).toEqual([['brief.pdf']]));
    expect(fake.FakeBrowserWindow.all).toHaveLength(1);
    expect(brief).toContain(dir);
  });

  it('macOS open-file before ready is kept and delivered', async () => {
    await startApp();
    const preventDefault = vi.fn();
    electron.app.emit('open-file', { preventDefault }, pdf('letter.pdf'));
    expect(preventDefault).toHaveBeenCalledOnce();
    const window = await becomeReady();
    rendererReady(window);
    await vi.waitFor(() => expect(sentFiles(window)).toEqual([['letter.pdf']]));
  });

  it('queues again while the page reloads', async () => {
    await startApp();
    const window = await becomeReady();
    rendererReady(window);
    window.webContents.emit('did-navigate', {}, APP_ENTRY_URL);
    electron.app.emit('open-file', { preventDefault: vi.fn() }, pdf('after-reload.pdf'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sentFiles(window)).toEqual([]);
    rendererReady(window);
    expect(sentFiles(window)).toEqual([['after-reload.pdf']]);
  });

  it('ignores rendererReady from a page that is not ours', async () => {
    await startApp();
    const window = await becomeReady();
    const call = electron.ipcMain.on.mock.calls.find(([channel]) => channel === IpcChannel.rendererReady);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    (call![1] as (event: unknown) => void)({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: window.webContents.id } });
    warn.mockRestore();
    const click = (
      (electron.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[]).find((item) => item.label?.includes('File'))!
        .submenu as MenuItemConstructorOptions[]
    )[0]!.click as () => void;
    click();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('menu commands reach the renderer on the menu-command channel', async () => {
    await startApp();
    const window = await becomeReady();
    rendererReady(window);
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    const importItem = (template.find((item) => item.label?.includes('File'))!.submenu as MenuItemConstructorOptions[])[0]!;
    (importItem.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(IpcChannel.menuCommand, 'import-pdfs');
  });

  it('closing the last window quits, except on macOS', async () => {
    await startApp();
    const window = await becomeReady();
    window.close();
    electron.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(electron.app.quit).not.toHaveBeenCalled();
    else expect(electron.app.quit).toHaveBeenCalledOnce();
  });

  it('a new window after the last one closed gets the files queued meanwhile', async () => {
    await startApp();
    const first = await becomeReady();
    first.close();
    electron.app.emit('open-file', { preventDefault: vi.fn() }, pdf('later.pdf'));
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.all).toHaveLength(2));
    const second = fake.FakeBrowserWindow.all[1]!;
    rendererReady(second);
    await vi.waitFor(() => expect(sentFiles(second)).toEqual([['later.pdf']]));
    expect(first.webContents.send).not.toHaveBeenCalled();
  });
});
