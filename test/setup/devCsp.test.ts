import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relaxCspForDevServer } from '../../electron.vite.config';

const html = readFileSync(new URL('../../src/renderer/index.html', import.meta.url), 'utf8');
const policyOf = (page: string): string => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? '';

describe('the Content-Security-Policy', () => {
  it('is strict in index.html, which every build and test uses', () => {
    const policy = policyOf(html);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).not.toContain('ws:');
  });

  it('is relaxed for the dev server only as far as Vite needs: inline styles and scripts, its local socket', () => {
    const relaxed = policyOf(relaxCspForDevServer(html));
    expect(relaxed).toContain("style-src 'self' 'unsafe-inline'");
    expect(relaxed).toContain("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'");
    expect(relaxed).toContain("connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
    expect(relaxed).not.toMatch(/'unsafe-eval'/);
    expect(relaxed.replace(/ 'unsafe-inline'| ws:\/\/localhost:\*| ws:\/\/127\.0\.0\.1:\*/g, '')).toBe(policyOf(html));
  });
});
