import type { MenuCommand, PickedFile } from '../../../shared/hostApi';
import type { Host } from './host';

/** Opens the browser's file chooser through a hidden input (must run inside a user gesture). */
function pickWithInput(): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.pdf,application/pdf';
    input.hidden = true;
    const finish = async () => {
      input.remove();
      resolve(await readFiles(Array.from(input.files ?? [])));
    };
    input.addEventListener('change', () => void finish(), { once: true });
    input.addEventListener(
      'cancel',
      () => {
        input.remove();
        resolve([]);
      },
      { once: true },
    );
    document.body.append(input);
    input.click();
  });
}

export async function readFiles(files: File[]): Promise<PickedFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    pickPdfFiles: pickWithInput,
    async openExternal(url: string) {
      if (!/^https?:\/\//i.test(url)) return false;
      if (!window.confirm(`Open this link in a new tab?\n\n${url}`)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    onFilesOpened: () => () => undefined,
    onMenuCommand: (_listener: (command: MenuCommand) => void) => () => undefined,
    rendererReady: () => undefined,
  };
}
