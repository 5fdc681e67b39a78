import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly listeners = new Map<string, Listener[]>();
    bounds: { x: number; y: number; width: number; height: number };
    maximized = false;
    destroyed = false;
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    maximize = vi.fn(() => {
      this.maximized = true;
    });
    constructor(readonly options: Record<string, unknown>) {
      const { x, y, width, height } = options as { x: number; y: number; width: number; height: number };
      this.bounds = { x, y, width, height };
      FakeBrowserWindow.instances.push(this);
    }
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener): this {
      return this.on(name, listener);
    }
    emit(name: string): void {
      for (const listener of this.listeners.get(name) ?? []) listener({});
    }
    getNormalBounds() {
      return { ...this.bounds };
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }
  return {
    FakeBrowserWindow,
    app: { isPackaged: false, getPath: vi.fn((_name: string) => '/nonexistent') },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
  };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow, app: electron.app, screen: electron.screen }));

import { APP_ENTRY_URL } from './appProtocol';
import { preloadPath } from './paths';
import { createMainWindow, WINDOW_TITLE } from './window';

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'clausebench-window-'));
  electron.app.getPath.mockImplementation(() => userData);
  electron.app.isPackaged = false;
  electron.FakeBrowserWindow.instances = [];
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
  rmSync(userData, { recursive: true, force: true });
});

describe('web preferences', () => {
  it('isolates and sandboxes the renderer, with exactly these settings', () => {
    const window = createMainWindow() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(window.options['webPreferences']).toStrictEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
    });
  });

  it('points at the CommonJS preload build', () => {
    expect(preloadPath.replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/);
  });
});

describe('createMainWindow', () => {
  it('creates the window with the secure preferences and loads the built renderer from clausebench://app/', () => {
    const window = createMainWindow() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(window.options).toMatchObject({ title: WINDOW_TITLE, show: false, width: 1280, height: 800 });
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(APP_ENTRY_URL);
    expect(window.loadFile).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the dev server only when unpackaged and given a loopback URL', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const dev = createMainWindow() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(dev.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/');

    electron.app.isPackaged = true;
    const packaged = createMainWindow() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(packaged.loadURL).toHaveBeenCalledExactlyOnceWith(APP_ENTRY_URL);

    electron.app.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/');
    const remote = createMainWindow() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(remote.loadURL).toHaveBeenCalledExactlyOnceWith(APP_ENTRY_URL);
  });

  it('restores the stored bounds and maximised state', () => {
    writeFileSync(join(userData, 'window-state.json'), JSON.stringify({ x: 40, y: 50, width: 1000, height: 700, maximized: true }));
    const window = createMainWindow() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(window.options).toMatchObject({ x: 40, y: 50, width: 1000, height: 700 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
  });

  it('ignores a garbage state file', () => {
    writeFileSync(join(userData, 'window-state.json'), '{"x": -99999999, "width": "wide"');
    const window = createMainWindow() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    expect(window.options).toMatchObject({ x: 320, y: 140, width: 1280, height: 800 });
  });

  it('saves the bounds after moves settle, and on close', () => {
    vi.useFakeTimers();
    const file = join(userData, 'window-state.json');
    const window = createMainWindow() as unknown as InstanceType<typeof electron.FakeBrowserWindow>;
    window.bounds = { x: 10, y: 20, width: 900, height: 600 };
    window.emit('move');
    window.emit('move');
    window.emit('resize');
    expect(() => readFileSync(file)).toThrow();
    vi.advanceTimersByTime(600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 900, height: 600, maximized: false });

    window.bounds = { x: 30, y: 40, width: 1000, height: 700 };
    window.maximized = true;
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 30, y: 40, width: 1000, height: 700, maximized: true });
  });
});
