import type { MenuCommand } from '../shared/hostApi';
import { IpcChannel, MENU_COMMANDS } from '../shared/ipcChannels';
import type { RendererOutbox } from './rendererOutbox';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Queues a menu command for the renderer; anything outside MENU_COMMANDS is dropped, not sent. */
export function postMenuCommand(outbox: RendererOutbox, command: unknown): boolean {
  if (!isMenuCommand(command)) {
    console.warn('Clausebench: unknown menu command dropped:', command);
    return false;
  }
  outbox.post({ channel: IpcChannel.menuCommand, payload: command });
  return true;
}
