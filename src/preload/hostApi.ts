import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { HostApi, MenuCommand, PickedFile } from '../shared/hostApi';
import { IpcChannel } from '../shared/ipcChannels';
import { isMenuCommand, isPickedFileArray } from './payloads';

type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'send' | 'on' | 'removeListener'>;

/**
 * window.host for the Electron renderer. Each member is a named function over one channel:
 * the page can reach these channels and nothing else; ipcRenderer itself never crosses the
 * bridge (it would let the page send on any channel).
 */
export function createHostApi(ipc: IpcRendererLike) {
  /** Subscribes to a main-to-renderer channel, passing on only payloads that pass `accept`. */
  function subscribe<T>(channel: string, accept: (payload: unknown) => payload is T, listener: (payload: T) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError(`host: a listener function is required for ${channel}`);
    // The event is not passed on: it carries `sender`, which is ipcRenderer.
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => {
      if (accept(payload)) listener(payload);
      else console.warn(`host: malformed ${channel} message dropped`);
    };
    ipc.on(channel, wrapped);
    let subscribed = true;
    return function unsubscribe(): void {
      if (!subscribed) return;
      subscribed = false;
      ipc.removeListener(channel, wrapped);
    };
  }

  return {
    kind: 'electron',
    pickPdfFiles(): Promise<PickedFile[]> {
      return ipc.invoke(IpcChannel.pickPdfFiles) as Promise<PickedFile[]>;
    },
    openExternal(url: string): Promise<boolean> {
      // Checked again, fully, in main; this only spares a round trip for a plain mistake.
      if (typeof url !== 'string') return Promise.reject(new TypeError('host.openExternal: the URL must be a string'));
      return ipc.invoke(IpcChannel.openExternal, url) as Promise<boolean>;
    },
    onFilesOpened(listener: (files: PickedFile[]) => void): () => void {
      return subscribe(IpcChannel.filesOpened, isPickedFileArray, listener);
    },
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      return subscribe(IpcChannel.menuCommand, isMenuCommand, listener);
    },
    rendererReady(): void {
      ipc.send(IpcChannel.rendererReady);
    },
    appVersion(): Promise<string> {
      return ipc.invoke(IpcChannel.appVersion) as Promise<string>;
    },
    printToPdf(html: string, suggestedName: string): Promise<boolean> {
      // Checked again, fully, in main (size, name); this only spares a round trip for a plain mistake.
      if (typeof html !== 'string' || typeof suggestedName !== 'string') {
        return Promise.reject(new TypeError('host.printToPdf: the HTML and the file name must be strings'));
      }
      return ipc.invoke(IpcChannel.printToPdf, html, suggestedName) as Promise<boolean>;
    },
  } as const satisfies HostApi;
}
