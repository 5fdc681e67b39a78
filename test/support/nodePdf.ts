/**
 * Text extraction for Node tests, the same way the app extracts it: pdf.js text items joined by
 * buildPageText, so rules tested here see exactly the text import sees.
 * Needs test/setup/nodePolyfills.ts (loaded by vitest.config.ts) on Node 20.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildPageText, type TextItemLike } from '../../src/renderer/src/core/documentText';

const require = createRequire(import.meta.url);

function pdfjsDir(): string {
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

export interface ExtractedPdf {
  info: Record<string, unknown>;
  pageTexts: string[];
  numPages: number;
}

/** Extracts the Info dictionary and the raw text of the first `maxPages` pages (all by default). */
export async function extractPageTexts(path: string, maxPages = Number.POSITIVE_INFINITY): Promise<ExtractedPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const bytes = await readFile(path);
  const base = pdfjsDir();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    // No isEvalSupported: pdf.js 6 dropped the option with its eval-based font path.
    useSystemFonts: false,
    standardFontDataUrl: join(base, 'standard_fonts') + '/',
    cMapUrl: join(base, 'cmaps') + '/',
    cMapPacked: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info && typeof meta.info === 'object' ? { ...(meta.info as Record<string, unknown>) } : {};
    const count = Math.min(doc.numPages, maxPages);
    const pageTexts: string[] = [];
    for (let i = 1; i <= count; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pageTexts.push(buildPageText(content.items as TextItemLike[]));
      page.cleanup();
    }
    return { info, pageTexts, numPages: doc.numPages };
  } finally {
    // pdf.js 6 closes a document through its loading task (PDFDocumentProxy has no destroy()).
    await task.destroy();
  }
}
