import { describe, expect, it } from 'vitest';
import { sniffPdf } from './pdfSniff';

const enc = (s: string) => new TextEncoder().encode(s);

describe('sniffPdf', () => {
  it('accepts a PDF header at the start or after junk', () => {
    expect(sniffPdf(enc('%PDF-1.7\n...')).ok).toBe(true);
    expect(sniffPdf(enc('junk junk\n%PDF-1.4')).ok).toBe(true);
  });
  it('refuses empty and non-PDF content whatever the name', () => {
    const empty = sniffPdf(new Uint8Array());
    expect(empty.ok === false && empty.reason).toMatch(/empty/);
    const png = sniffPdf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    expect(png.ok === false && png.reason).toMatch(/not a PDF/);
    expect(sniffPdf(enc(' '.repeat(2000) + '%PDF-1.4')).ok).toBe(false);
  });
});
