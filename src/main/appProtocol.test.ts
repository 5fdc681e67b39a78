import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

import { APP_ENTRY_URL, resolveAppPath, respondToAppRequest } from './appProtocol';

const base = mkdtempSync(join(tmpdir(), 'cb-app-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Clausebench</title>');
writeFileSync(join(root, 'assets', 'pdf.worker.mjs'), 'export {};');
writeFileSync(join(root, 'assets', 'a b.wasm'), new Uint8Array([0, 97, 115, 109]));
writeFileSync(join(base, 'secret.txt'), 'outside');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => respondToAppRequest(root, { url, method });

describe('clausebench://app/ serves the built renderer and nothing else', () => {
  it('serves files with the MIME types module scripts and wasm need', async () => {
    const html = await get(APP_ENTRY_URL);
    expect(html.status).toBe(200);
    expect(html.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('Clausebench');
    expect((await get('clausebench://app/assets/pdf.worker.mjs')).headers.get('Content-Type')).toMatch(/^text\/javascript/);
    const wasm = await get('clausebench://app/assets/a%20b.wasm');
    expect(wasm.headers.get('Content-Type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('refuses paths outside the renderer, other hosts, folders and other methods', async () => {
    for (const url of [
      'clausebench://app/../secret.txt',
      'clausebench://app/%2e%2e/secret.txt',
      'clausebench://app/..%2fsecret.txt',
      'clausebench://app/assets',
      'clausebench://app/missing.js',
      'clausebench://other/index.html',
      'clausebench://app/%00index.html',
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });

  it('resolves only inside the root', () => {
    expect(resolveAppPath(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, '/../secret.txt')).toBeUndefined();
    expect(resolveAppPath(root, '/%E0%A4%A')).toBeUndefined();
  });
});
