import type { App, Session, WebContents } from 'electron';
import { APP_ENTRY_URL } from './appProtocol';
import { devServerUrl } from './paths';

/**
 * Hardening applied to every webContents the app ever creates (the main window, and anything
 * a bug might spawn). Registered on 'web-contents-created' before the first window exists, so
 * no webContents escapes it.
 */
export function installWebContentsGuards(electronApp: Pick<App, 'on'>): void {
  electronApp.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/** The renderer is a single-page app: it never navigates, never opens windows, never embeds webviews. */
export function guardWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  // Links found in PDFs go through host.openExternal (http(s) only, after the user confirms);
  // any navigation that reaches here is a bug or an attack, so it is refused outright.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The app needs no web permission (camera, notifications, geolocation, ...): every request
 * and every check is refused, whoever asks.
 */
export function installSessionGuards(
  ses: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** The parts of an IPC event's sender frame that the trust check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export interface IpcEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** Where our renderer is loaded from: clausebench://app/index.html in production, the dev server in development. */
export interface RendererLocation {
  readonly appUrl: string;
  readonly devUrl: string | undefined;
}

export function currentRendererLocation(): RendererLocation {
  return { appUrl: APP_ENTRY_URL, devUrl: devServerUrl() };
}

/**
 * True only when the IPC message comes from our renderer's main frame. A subframe, another
 * page that somehow got loaded, or a frame already gone (senderFrame null) is not trusted,
 * even though it shares the preload's channels.
 */
export function isTrustedSender(event: IpcEventLike, location: RendererLocation = currentRendererLocation()): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    const url = new URL(frame.url);
    if (location.devUrl !== undefined) {
      return url.origin === new URL(location.devUrl).origin;
    }
    // The renderer may use the hash or query for its own routing; the document must be ours.
    url.hash = '';
    url.search = '';
    return url.href === new URL(location.appUrl).href;
  } catch {
    // A destroyed frame throws on access; an unparsable URL is not ours either.
    return false;
  }
}
