import { ipcMain, type IpcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { IpcChannel, RENDERER_TO_MAIN, type IpcChannelName } from '../../shared/ipcChannels';
import type { RendererOutbox } from '../rendererOutbox';
import { handleAppVersion } from './appVersion';
import { handleOpenExternal } from './openExternal';
import { handlePickPdfFiles } from './pickPdfFiles';
import { handlePrintToPdf } from './printToPdf';
import { createRendererReadyHandler } from './rendererReady';

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
type SendHandler = (event: IpcMainEvent, ...args: unknown[]) => void;

export type IpcRoute =
  { channel: IpcChannelName; kind: 'invoke'; handler: InvokeHandler } | { channel: IpcChannelName; kind: 'send'; handler: SendHandler };

/** Every renderer-to-main channel and its handler: request/response ones are invoke, the rest send. */
export function ipcRoutes(outbox: RendererOutbox): IpcRoute[] {
  return [
    { channel: IpcChannel.pickPdfFiles, kind: 'invoke', handler: handlePickPdfFiles },
    { channel: IpcChannel.openExternal, kind: 'invoke', handler: handleOpenExternal },
    { channel: IpcChannel.appVersion, kind: 'invoke', handler: handleAppVersion },
    { channel: IpcChannel.printToPdf, kind: 'invoke', handler: handlePrintToPdf },
    { channel: IpcChannel.rendererReady, kind: 'send', handler: createRendererReadyHandler(outbox) },
  ];
}

/**
 * Registers the handlers, refusing any route whose channel is not in the shared allow-list:
 * a channel the renderer may use has to be added to RENDERER_TO_MAIN on purpose, so the list
 * stays the one place to audit. Main-to-renderer channels (files-opened, menu-command) never
 * get a handler, so a renderer sending on them reaches nothing.
 */
export function registerIpcHandlers(
  outbox: RendererOutbox,
  ipc: Pick<IpcMain, 'handle' | 'on'> = ipcMain,
  routes: readonly IpcRoute[] = ipcRoutes(outbox),
): void {
  for (const route of routes) {
    if (!RENDERER_TO_MAIN.includes(route.channel)) {
      throw new Error(`IPC channel ${route.channel} is not in RENDERER_TO_MAIN; refusing to register it`);
    }
  }
  for (const route of routes) {
    if (route.kind === 'invoke') {
      ipc.handle(route.channel, route.handler);
    } else {
      const { channel, handler } = route;
      ipc.on(channel, (event, ...args: unknown[]) => {
        try {
          handler(event, ...args);
        } catch (error) {
          // No reply channel for a one-way message: the refusal is logged and nothing happens.
          console.warn(`Clausebench: ${channel} refused:`, error instanceof Error ? error.message : error);
        }
      });
    }
  }
}
