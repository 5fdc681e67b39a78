/**
 * Text extraction for import: every page's raw text (core/documentText.ts defines the layout)
 * and, for pages short of their own text, how much of them images cover (core/pageFlags.ts
 * decides the flag). Cancellable between pages; reports progress per page.
 */
import { buildPageText } from '../core/documentText';
import { MIN_OWN_CHARS, flagPage, ownTextLengthsOfLines, pageLines, type LineInfo } from '../core/pageFlags';
import type { PageTextStatus } from '../core/types';
import { measureImageCoverage } from './imageCoverage';
import type { PDFDocumentProxy } from './pdfjs';

export interface ExtractedPage {
  text: string;
  status: PageTextStatus;
  reason?: string;
}

export type ExtractPhase = 'text' | 'images';

export interface ExtractOptions {
  signal?: AbortSignal;
  /** Text phase: called after each page. Image phase: pages checked of those short of text. */
  onPage?: (done: number, total: number, phase: ExtractPhase) => void;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
}

type PageResult = { ok: true; text: string } | { ok: false; detail: string };

/** Never rejects, so a page fetched ahead of time cannot become an unhandled rejection. */
async function fetchPageText(pdf: PDFDocumentProxy, pageNumber: number): Promise<PageResult> {
  try {
    const page = await pdf.getPage(pageNumber);
    const content = await page.getTextContent();
    return { ok: true, text: buildPageText(content.items) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

export async function extractPages(pdf: PDFDocumentProxy, options: ExtractOptions = {}): Promise<ExtractedPage[]> {
  const pages: ExtractedPage[] = [];
  const lines: LineInfo[][] = [];
  // Ask the worker for the next page before analysing this one, so our main-thread work
  // overlaps pdf.js's extraction instead of adding to it.
  let next = pdf.numPages > 0 ? fetchPageText(pdf, 1) : undefined;
  for (let i = 0; i < pdf.numPages; i++) {
    throwIfAborted(options.signal);
    const result = await (next as Promise<PageResult>);
    next = i + 2 <= pdf.numPages ? fetchPageText(pdf, i + 2) : undefined;
    if (result.ok) {
      pages.push({ text: result.text, status: 'text' });
      lines.push(pageLines(result.text));
    } else {
      // One unreadable page must not sink the document: flag it and go on.
      pages.push({ text: '', status: 'error', reason: `Text could not be extracted from this page (${result.detail}).` });
      lines.push([]);
    }
    options.onPage?.(i + 1, pdf.numPages, 'text');
  }
  const own = ownTextLengthsOfLines(lines);
  const candidates = pages.flatMap((entry, index) => ((own[index] ?? 0) < MIN_OWN_CHARS && entry.status !== 'error' ? [index] : []));
  for (const [checked, index] of candidates.entries()) {
    const entry = pages[index] as ExtractedPage;
    const ownChars = own[index] ?? 0;
    throwIfAborted(options.signal);
    options.onPage?.(checked, candidates.length, 'images');
    try {
      const coverage = await measureImageCoverage(await pdf.getPage(index + 1));
      const flag = flagPage(ownChars, coverage);
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
