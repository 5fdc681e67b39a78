/**
 * Text extraction for import: every page's raw text (core/documentText.ts defines the layout)
 * and, for pages short of their own text, how much of them images cover (core/pageFlags.ts
 * decides the flag). Cancellable between pages; reports progress per page.
 */
import { buildPageText } from '../core/documentText';
import { findRepeatedLines, flagPage, ownTextLength, pagesNeedingImageCheck } from '../core/pageFlags';
import type { PageTextStatus } from '../core/types';
import { measureImageCoverage } from './imageCoverage';
import type { PDFDocumentProxy } from './pdfjs';

export interface ExtractedPage {
  text: string;
  status: PageTextStatus;
  reason?: string;
}

export interface ExtractOptions {
  signal?: AbortSignal;
  onPage?: (pagesDone: number, pageCount: number) => void;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
}

export async function extractPages(pdf: PDFDocumentProxy, options: ExtractOptions = {}): Promise<ExtractedPage[]> {
  const pages: ExtractedPage[] = [];
  for (let i = 0; i < pdf.numPages; i++) {
    throwIfAborted(options.signal);
    try {
      const page = await pdf.getPage(i + 1);
      const content = await page.getTextContent();
      pages.push({ text: buildPageText(content.items), status: 'text' });
    } catch (error) {
      // One unreadable page must not sink the document: flag it and go on.
      const detail = error instanceof Error ? error.message : String(error);
      pages.push({ text: '', status: 'error', reason: `Text could not be extracted from this page (${detail}).` });
    }
    options.onPage?.(i + 1, pdf.numPages);
  }
  const texts = pages.map((p) => p.text);
  const repeated = findRepeatedLines(texts);
  for (const index of pagesNeedingImageCheck(texts, repeated)) {
    const entry = pages[index];
    if (!entry || entry.status === 'error') continue;
    throwIfAborted(options.signal);
    try {
      const coverage = await measureImageCoverage(await pdf.getPage(index + 1));
      const flag = flagPage(ownTextLength(entry.text, repeated), coverage);
      entry.status = flag.status;
      if (flag.reason) entry.reason = flag.reason;
    } catch {
      // Coverage is a hint; if the page cannot be parsed for it, keep the text status.
    }
  }
  return pages;
}

/** The PDF's Info dictionary, or an empty object when it has none or it cannot be read. */
export async function readInfo(pdf: PDFDocumentProxy): Promise<Record<string, unknown>> {
  try {
    const meta = await pdf.getMetadata();
    return (meta.info ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}
