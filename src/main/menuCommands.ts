import { IpcChannel, isMenuCommand } from '../shared/ipcChannels';

export { isMenuCommand };
import type { RendererOutbox } from './rendererOutbox';


/** Queues a menu command for the renderer; anything outside MENU_COMMANDS is dropped, not sent. */
export function postMenuCommand(outbox: RendererOutbox, command: unknown): boolean {
  if (!isMenuCommand(command)) {
    console.warn('Clausebench: unknown menu command dropped:', command);
    return false;
  }
  outbox.post({ channel: IpcChannel.menuCommand, payload: command });
  return true;
}
