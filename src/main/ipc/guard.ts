import { isTrustedSender, type IpcEventLike } from '../security';

/**
 * Checks every handler runs first. A refusal is an Error (the renderer's invoke() rejects);
 * nothing has been done by then.
 */
export function assertTrustedSender(event: IpcEventLike, channel: string): void {
  if (!isTrustedSender(event)) {
    throw new Error(`${channel}: refused, the message did not come from the Clausebench window`);
  }
}

export function assertNoArguments(args: readonly unknown[], channel: string): void {
  if (args.length !== 0) throw new Error(`${channel}: takes no arguments`);
}
