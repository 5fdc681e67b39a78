import { host } from '../../platform/host';

/** The app's version for a manifest: Electron's, or "browser" where the renderer runs without it. */
export async function appVersion(): Promise<string> {
  if (host().kind === 'electron' && window.host) return window.host.appVersion().catch(() => 'unknown');
  return 'browser';
}
