import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
    send: vi.fn(),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    }),
    /** Simulates main sending on a channel. */
    emit(channel: string, payload: unknown): void {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, payload);
    },
    reset(): void {
      listeners.clear();
    },
    listenerCount(channel: string): number {
      return listeners.get(channel)?.size ?? 0;
    },
  };
  return { ipcRenderer, contextBridge: { exposeInMainWorld: vi.fn() } };
});
vi.mock('electron', () => electron);

import type { HostApi } from '../shared/hostApi';
import { MENU_COMMANDS } from '../shared/commands';
import { IpcChannel } from '../shared/ipcChannels';

const HOST_API_KEYS: (keyof HostApi)[] = [
  'kind',
  'pickPdfFiles',
  'openExternal',
  'onFilesOpened',
  'onMenuCommand',
  'rendererReady',
  'appVersion',
  'printToPdf',
];

async function exposedHost(): Promise<HostApi> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('./index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(name).toBe('host');
  return api as HostApi;
}

beforeEach(() => {
  vi.clearAllMocks();
  electron.ipcRenderer.reset();
});

describe('preload', () => {
  it('exposes window.host with exactly the HostApi keys', async () => {
    const host = await exposedHost();
    expect(Object.keys(host).sort()).toEqual([...HOST_API_KEYS].sort());
    expect(host.kind).toBe('electron');
  });

  it('never exposes ipcRenderer or any of its methods', async () => {
    const host = await exposedHost();
    const ipcValues = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    for (const value of Object.values(host)) expect(ipcValues.has(value)).toBe(false);
    for (const key of HOST_API_KEYS) if (key !== 'kind') expect(typeof host[key]).toBe('function');
  });

  it('maps each call to its own channel', async () => {
    const host = await exposedHost();
    electron.ipcRenderer.invoke.mockResolvedValueOnce([]).mockResolvedValueOnce(true).mockResolvedValueOnce('1.0.0');
    await expect(host.pickPdfFiles()).resolves.toEqual([]);
    await expect(host.openExternal('https://example.org/')).resolves.toBe(true);
    await expect(host.appVersion()).resolves.toBe('1.0.0');
    host.rendererReady();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IpcChannel.pickPdfFiles],
      [IpcChannel.openExternal, 'https://example.org/'],
      [IpcChannel.appVersion],
    ]);
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(IpcChannel.rendererReady);
  });

  it('passes the brief HTML and its name to main for printing, and rejects non-strings first', async () => {
    const host = await exposedHost();
    electron.ipcRenderer.invoke.mockResolvedValueOnce(true);
    await expect(host.printToPdf!('<!doctype html><p>x</p>', 'brief.pdf')).resolves.toBe(true);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IpcChannel.printToPdf, '<!doctype html><p>x</p>', 'brief.pdf');
    electron.ipcRenderer.invoke.mockClear();
    await expect(host.printToPdf!(42 as unknown as string, 'brief.pdf')).rejects.toThrow(TypeError);
    await expect(host.printToPdf!('<!doctype html>', { name: 'x' } as unknown as string)).rejects.toThrow(TypeError);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('rejects a non-string URL before it reaches main', async () => {
    const host = await exposedHost();
    await expect(host.openExternal(42 as unknown as string)).rejects.toThrow(TypeError);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});

describe('onFilesOpened', () => {
  it('passes well-formed files, without the IPC event', async () => {
    const host = await exposedHost();
    const listener = vi.fn();
    host.onFilesOpened(listener);
    const files = [{ name: 'order.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }];
    electron.ipcRenderer.emit(IpcChannel.filesOpened, files);
    expect(listener).toHaveBeenCalledExactlyOnceWith(files);
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'order.pdf'],
    ['an object', { name: 'order.pdf', bytes: new Uint8Array(1) }],
    ['a file without bytes', [{ name: 'order.pdf' }]],
    ['bytes as a plain array', [{ name: 'order.pdf', bytes: [1, 2, 3] }]],
    ['bytes as an ArrayBuffer', [{ name: 'order.pdf', bytes: new ArrayBuffer(3) }]],
    ['a numeric name', [{ name: 7, bytes: new Uint8Array(1) }]],
    ['an empty name', [{ name: '', bytes: new Uint8Array(1) }]],
    ['a 10k-char name', [{ name: 'x'.repeat(10_000), bytes: new Uint8Array(1) }]],
    ['one bad file among good ones', [{ name: 'a.pdf', bytes: new Uint8Array(1) }, null]],
  ])('drops %s', async (_label, payload) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = await exposedHost();
    const listener = vi.fn();
    host.onFilesOpened(listener);
    electron.ipcRenderer.emit(IpcChannel.filesOpened, payload);
    expect(listener).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('unsubscribes', async () => {
    const host = await exposedHost();
    const listener = vi.fn();
    const unsubscribe = host.onFilesOpened(listener);
    expect(electron.ipcRenderer.listenerCount(IpcChannel.filesOpened)).toBe(1);
    unsubscribe();
    unsubscribe();
    expect(electron.ipcRenderer.listenerCount(IpcChannel.filesOpened)).toBe(0);
    electron.ipcRenderer.emit(IpcChannel.filesOpened, [{ name: 'a.pdf', bytes: new Uint8Array(1) }]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('requires a function', async () => {
    const host = await exposedHost();
    expect(() => host.onFilesOpened('nope' as never)).toThrow(TypeError);
  });
});

describe('onMenuCommand', () => {
  it('passes every known command', async () => {
    const host = await exposedHost();
    const listener = vi.fn();
    host.onMenuCommand(listener);
    for (const command of MENU_COMMANDS) electron.ipcRenderer.emit(IpcChannel.menuCommand, command);
    expect(listener.mock.calls).toEqual(MENU_COMMANDS.map((command) => [command]));
  });

  it('drops unknown or malformed commands', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = await exposedHost();
    const listener = vi.fn();
    host.onMenuCommand(listener);
    for (const payload of ['delete-everything', 'IMPORT-PDFS', '', 1, null, undefined, ['import-pdfs'], { command: 'import-pdfs' }]) {
      electron.ipcRenderer.emit(IpcChannel.menuCommand, payload);
    }
    expect(listener).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('unsubscribes', async () => {
    const host = await exposedHost();
    const listener = vi.fn();
    host.onMenuCommand(listener)();
    electron.ipcRenderer.emit(IpcChannel.menuCommand, 'new-case');
    expect(listener).not.toHaveBeenCalled();
  });
});
