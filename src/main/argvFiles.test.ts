import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfPathsFromArgv } from './argvFiles';

const cwd = resolve('/home/analyst/cases');

describe('pdfPathsFromArgv', () => {
  it('takes .pdf arguments after the executable, resolved against the working directory', () => {
    const argv = ['/opt/Clausebench/clausebench', 'order.pdf', resolve('/tmp/Letter.PDF')];
    expect(pdfPathsFromArgv(argv, cwd)).toEqual([resolve(cwd, 'order.pdf'), resolve('/tmp/Letter.PDF')]);
  });

  it('ignores the app path, Chromium switches and other files', () => {
    const argv = ['/usr/bin/electron', 'out/main/index.js', '--inspect=0', '--no-sandbox', '-x.pdf', 'notes.txt', 'complaint.pdf'];
    expect(pdfPathsFromArgv(argv, cwd)).toEqual([resolve(cwd, 'complaint.pdf')]);
  });

  it('never treats the executable itself as a document', () => {
    expect(pdfPathsFromArgv(['/weird/install/dir.pdf'], cwd)).toEqual([]);
  });

  it('accepts file:// URLs (Linux desktop launchers) and refuses other URLs', () => {
    const path = resolve('/home/analyst/My Cases/brief.pdf');
    const argv = ['app', pathToFileURL(path).href, 'https://evil.example/x.pdf', 'javascript://x.pdf', 'file://remote-host/share/x.pdf'];
    const result = pdfPathsFromArgv(argv, cwd);
    expect(result[0]).toBe(path);
    expect(result.some((p) => p.includes('evil.example'))).toBe(false);
    expect(result.some((p) => p.includes('javascript'))).toBe(false);
  });

  it('lists each file once', () => {
    expect(pdfPathsFromArgv(['app', 'a.pdf', './a.pdf', resolve(cwd, 'a.pdf')], cwd)).toEqual([resolve(cwd, 'a.pdf')]);
  });
});
