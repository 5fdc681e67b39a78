import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  ipcMain: { handle: vi.fn(), on: vi.fn() },
  app: { isPackaged: true, getVersion: () => '0.1.0' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {},
  shell: {},
}));

import { ipcMain } from 'electron';
import { IpcChannel, RENDERER_TO_MAIN } from '../../shared/ipcChannels';
import { RendererOutbox } from '../rendererOutbox';
import { ipcRoutes, registerIpcHandlers, type IpcRoute } from './register';

function fakeIpc() {
  return { handle: vi.fn(), on: vi.fn() };
}

function registered(ipc: ReturnType<typeof fakeIpc>): string[] {
  return [...ipc.handle.mock.calls, ...ipc.on.mock.calls].map(([channel]) => channel as string);
}

describe('registerIpcHandlers', () => {
  it('registers exactly the allow-listed channels, each once', () => {
    const ipc = fakeIpc();
    registerIpcHandlers(new RendererOutbox(), ipc as never);
    expect(registered(ipc).sort()).toEqual([...RENDERER_TO_MAIN].sort());
  });

  it('uses invoke for request/response channels and send for rendererReady', () => {
    const ipc = fakeIpc();
    registerIpcHandlers(new RendererOutbox(), ipc as never);
    expect(ipc.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      [IpcChannel.appVersion, IpcChannel.openExternal, IpcChannel.pickPdfFiles, IpcChannel.printToPdf].sort(),
    );
    expect(ipc.on.mock.calls.map(([channel]) => channel)).toEqual([IpcChannel.rendererReady]);
  });

  it('never registers the main-to-renderer channels', () => {
    const ipc = fakeIpc();
    registerIpcHandlers(new RendererOutbox(), ipc as never);
    expect(registered(ipc)).not.toContain(IpcChannel.filesOpened);
    expect(registered(ipc)).not.toContain(IpcChannel.menuCommand);
  });

  it('refuses to register a channel that is not allow-listed, registering nothing', () => {
    const ipc = fakeIpc();
    const outbox = new RendererOutbox();
    const rogue: IpcRoute = { channel: IpcChannel.filesOpened, kind: 'invoke', handler: async () => 'x' };
    expect(() => registerIpcHandlers(outbox, ipc as never, [...ipcRoutes(outbox), rogue])).toThrow(/not in RENDERER_TO_MAIN/);
    expect(registered(ipc)).toEqual([]);
  });

  it('defaults to Electron ipcMain', () => {
    registerIpcHandlers(new RendererOutbox());
    expect((ipcMain.handle as ReturnType<typeof vi.fn>).mock.calls.length + (ipcMain.on as ReturnType<typeof vi.fn>).mock.calls.length).toBe(
      RENDERER_TO_MAIN.length,
    );
  });

  it('a refused one-way message is logged, not thrown into Electron', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ipc = fakeIpc();
    registerIpcHandlers(new RendererOutbox(), ipc as never);
    const listener = ipc.on.mock.calls[0]![1] as (event: unknown, ...args: unknown[]) => void;
    expect(() => listener({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } })).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(IpcChannel.rendererReady), expect.stringMatching(/refused/));
    warn.mockRestore();
  });
});
