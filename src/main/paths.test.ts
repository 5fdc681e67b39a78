import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { isPackaged: false } }));

import { devServerUrl, rendererDir } from './paths';

describe('devServerUrl', () => {
  it('uses a loopback http(s) dev server when unpackaged', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://[::1]:5173/' }, false)).toBe('https://[::1]:5173/');
  });

  it('is ignored in a packaged app', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined();
  });

  it('refuses remote hosts, other schemes and garbage', () => {
    for (const value of ['https://evil.example', 'http://localhost.evil.example', 'file:///etc/passwd', 'javascript:alert(1)', 'nonsense', '']) {
      expect(devServerUrl({ ELECTRON_RENDERER_URL: value }, false), value).toBeUndefined();
    }
    expect(devServerUrl({}, false)).toBeUndefined();
  });
});

describe('renderer entry', () => {
  it('is the renderer folder beside main', () => {
    expect(rendererDir.replaceAll('\\', '/')).toMatch(/\/out\/renderer$|\/renderer$/);
  });
});
