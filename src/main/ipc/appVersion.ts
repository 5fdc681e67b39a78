import { app, type IpcMainInvokeEvent } from 'electron';
import { IpcChannel } from '../../shared/ipcChannels';
import { assertNoArguments, assertTrustedSender } from './guard';

/** The version shown in About and written into exported bundles. */
export async function handleAppVersion(event: IpcMainInvokeEvent, ...args: unknown[]): Promise<string> {
  assertTrustedSender(event, IpcChannel.appVersion);
  assertNoArguments(args, IpcChannel.appVersion);
  return app.getVersion();
}
