import { isMenuCommand } from '../shared/commands';
import { IpcChannel } from '../shared/ipcChannels';
import type { RendererOutbox } from './rendererOutbox';

export { isMenuCommand };

/** Queues a menu command for the renderer; anything not a registry menu id is dropped, not sent. */
export function postMenuCommand(outbox: RendererOutbox, command: unknown): boolean {
  if (!isMenuCommand(command)) {
    console.warn('Clausebench: unknown menu command dropped:', command);
    return false;
  }
  outbox.post({ channel: IpcChannel.menuCommand, payload: command });
  return true;
}
