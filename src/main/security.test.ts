import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { isPackaged: false } }));

import { APP_ENTRY_URL } from './appProtocol';
import { guardWebContents, installSessionGuards, installWebContentsGuards, isTrustedSender, type RendererLocation } from './security';

type Listener = (event: { preventDefault: () => void }, ...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
    }),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    }),
    emit(name: string, ...args: unknown[]) {
      const event = { preventDefault: vi.fn() };
      for (const listener of listeners.get(name) ?? []) listener(event, ...args);
      return event;
    },
    openWindow(url: string) {
      return openHandler?.({ url });
    },
  };
}

const HOSTILE_URLS = [
  'https://evil.example/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  APP_ENTRY_URL,
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
];

describe('guardWebContents', () => {
  it('prevents every navigation, whatever the URL', () => {
    const contents = fakeContents();
    guardWebContents(contents as never);
    for (const url of HOSTILE_URLS) {
      expect(contents.emit('will-navigate', url).preventDefault).toHaveBeenCalledOnce();
    }
  });

  it('denies every window.open, whatever the URL', () => {
    const contents = fakeContents();
    guardWebContents(contents as never);
    for (const url of HOSTILE_URLS) expect(contents.openWindow(url)).toEqual({ action: 'deny' });
  });

  it('refuses to attach webviews', () => {
    const contents = fakeContents();
    guardWebContents(contents as never);
    expect(contents.emit('will-attach-webview', {}, { src: 'https://evil.example' }).preventDefault).toHaveBeenCalledOnce();
  });

  it('is applied to every webContents the app creates', () => {
    const on = vi.fn();
    installWebContentsGuards({ on } as never);
    expect(on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const contents = fakeContents();
    (on.mock.calls[0]![1] as (event: unknown, contents: unknown) => void)({}, contents);
    expect(contents.emit('will-navigate', 'https://evil.example').preventDefault).toHaveBeenCalled();
    expect(contents.openWindow('https://evil.example')).toEqual({ action: 'deny' });
  });
});

describe('installSessionGuards', () => {
  it('denies every permission request and check', () => {
    const ses = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    installSessionGuards(ses as never);
    const request = ses.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
    const check = ses.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, permission: string, origin: string) => boolean;
    const device = ses.setDevicePermissionHandler.mock.calls[0]![0] as (details: unknown) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check({}, permission, 'file://')).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'file://' })).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const production: RendererLocation = { appUrl: 'clausebench://app/index.html', devUrl: undefined };
  const development: RendererLocation = { appUrl: production.appUrl, devUrl: 'http://localhost:5173/' };
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

  it('accepts our renderer main frame, with any hash or query', () => {
    expect(isTrustedSender(frame(production.appUrl), production)).toBe(true);
    expect(isTrustedSender(frame(`${production.appUrl}#/library`), production)).toBe(true);
    expect(isTrustedSender(frame(`${production.appUrl}?case=1`), production)).toBe(true);
  });

  it('accepts the dev server origin in development only', () => {
    expect(isTrustedSender(frame('http://localhost:5173/index.html'), development)).toBe(true);
    expect(isTrustedSender(frame('http://localhost:5173/'), production)).toBe(false);
    expect(isTrustedSender(frame(production.appUrl), development)).toBe(false);
    expect(isTrustedSender(frame('http://localhost:5174/'), development)).toBe(false);
  });

  it('rejects other pages', () => {
    for (const url of [
      'https://evil.example/',
      'https://evil.example/out/renderer/index.html',
      'file:///etc/passwd',
      'file:///opt/Clausebench/resources/app.asar/out/renderer/other.html',
      'file:///opt/Clausebench/resources/app.asar/out/renderer/index.html',
      'clausebench://app/other.html',
      'clausebench://evil/index.html',
      'clausebench://app/index.html/../../etc/passwd',
      'about:blank',
      'data:text/html,hi',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender(frame(url), production), url).toBe(false);
    }
  });

  it('rejects a subframe, even one showing our own page', () => {
    const parent = { url: production.appUrl, parent: null };
    expect(isTrustedSender(frame(production.appUrl, parent), production)).toBe(false);
    expect(isTrustedSender(frame('http://localhost:5173/', parent), development)).toBe(false);
  });

  it('rejects a missing or destroyed frame', () => {
    expect(isTrustedSender({ senderFrame: null }, production)).toBe(false);
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(isTrustedSender({ senderFrame: destroyed }, production)).toBe(false);
  });

  it('defaults to the built renderer location', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    expect(isTrustedSender(frame(APP_ENTRY_URL))).toBe(true);
    expect(isTrustedSender(frame('https://evil.example/'))).toBe(false);
    vi.unstubAllEnvs();
  });
});
