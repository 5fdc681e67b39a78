import type { IpcMainEvent } from 'electron';
import { IpcChannel } from '../../shared/ipcChannels';
import type { RendererOutbox } from '../rendererOutbox';
import { assertNoArguments, assertTrustedSender } from './guard';

/**
 * The page has installed its listeners: release the files and menu commands queued for it.
 * A one-way message (ipcRenderer.send), so a refusal is thrown to the register wrapper, which logs it.
 */
export function createRendererReadyHandler(outbox: RendererOutbox) {
  return function handleRendererReady(event: IpcMainEvent, ...args: unknown[]): void {
    assertTrustedSender(event, IpcChannel.rendererReady);
    assertNoArguments(args, IpcChannel.rendererReady);
    outbox.markReady(event.sender);
  };
}
