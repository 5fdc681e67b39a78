/**
 * Highlights, underlines and the like that a PDF already carries (made in another reader), as
 * ranges of the page text stored at import, so the analyst can take them in as clauses.
 *
 * A markup annotation marks text by quadrilaterals; the text under them is found from pdf.js's
 * text items (their position and width), with the characters of an item split evenly across its
 * width. The page text is rebuilt from the same items exactly as core/documentText.ts builds it,
 * so the offsets agree with what anchoring and search use.
 */
import { buildPageText, type TextItemLike } from '../core/documentText';
import type { PDFDocumentProxy } from './pdfjs';

export interface MarkupRange {
  pageIndex: number;
  /** Offsets in the page's text. */
  start: number;
  end: number;
  kind: string;
  comment: string;
  author: string;
}

/** pdf.js's AnnotationType numbers of the text markup kinds. */
const MARKUP_TYPES: Record<number, string> = { 9: 'highlight', 10: 'underline', 11: 'squiggly', 12: 'strike-out' };

interface Quad {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

function quadsOf(points: ArrayLike<number>): Quad[] {
  const quads: Quad[] = [];
  for (let i = 0; i + 7 < points.length; i += 8) {
    const xs = [points[i], points[i + 2], points[i + 4], points[i + 6]] as number[];
    const ys = [points[i + 1], points[i + 3], points[i + 5], points[i + 7]] as number[];
    quads.push({ left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) });
  }
  return quads;
}

interface PlacedItem {
  start: number;
  length: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each text item's characters sit in the page text, and on the page. */
function placeItems(items: readonly TextItemLike[]): PlacedItem[] {
  const placed: PlacedItem[] = [];
  let offset = 0;
  for (const item of items) {
    if (!('str' in item) || typeof item.str !== 'string') continue;
    const t = (item as { transform?: number[] }).transform ?? [1, 0, 0, 1, 0, 0];
    const { width = 0, height = 0 } = item as { width?: number; height?: number };
    placed.push({ start: offset, length: item.str.length, x: t[4] ?? 0, y: t[5] ?? 0, width, height: height || Math.abs(t[3] ?? 0) });
    offset += item.str.length + ('hasEOL' in item && item.hasEOL ? 1 : 0);
  }
  return placed;
}

/** The page-text range under one quadrilateral, or undefined when no text lies under it. */
function rangeUnder(quad: Quad, items: readonly PlacedItem[]): [number, number] | undefined {
  let start: number | undefined;
  let end: number | undefined;
  for (const item of items) {
    if (item.length === 0 || item.width <= 0) continue;
    const midY = item.y + item.height / 2;
    if (midY < quad.bottom || midY > quad.top) continue;
    const from = Math.max(quad.left, item.x);
    const to = Math.min(quad.right, item.x + item.width);
    if (to - from < item.width / item.length / 2) continue; // under half a character
    const perChar = item.width / item.length;
    const s = item.start + Math.max(0, Math.round((from - item.x) / perChar));
    const e = item.start + Math.min(item.length, Math.round((to - item.x) / perChar));
    if (e <= s) continue;
    start = start === undefined ? s : Math.min(start, s);
    end = end === undefined ? e : Math.max(end, e);
  }
  return start === undefined || end === undefined ? undefined : [start, end];
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Characters are placed by an even split of each item's width, which can be off by a letter in a
 * proportional font; a highlight made in a reader covers whole words, so a range that cuts a word
 * is widened to that word's edges.
 */
function toWordEdges(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && WORD.test(text[s - 1] ?? '') && WORD.test(text[s] ?? '')) s--;
  while (e < text.length && WORD.test(text[e - 1] ?? '') && WORD.test(text[e] ?? '')) e++;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/**
 * Every text markup annotation of the document with the page text it covers. `pageTexts` are the
 * stored texts: a page whose rebuilt text differs (the file changed?) gives no ranges.
 */
export async function readMarkupAnnotations(pdf: PDFDocumentProxy, pageTexts: readonly string[], signal?: AbortSignal): Promise<MarkupRange[]> {
  const found: MarkupRange[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    if (signal?.aborted) break; // the reader closed, or the scan is no longer wanted
    const page = await pdf.getPage(n);
    const annotations = (await page.getAnnotations()) as {
      annotationType: number;
      quadPoints?: ArrayLike<number>;
      contentsObj?: { str?: string };
      titleObj?: { str?: string };
    }[];
    const markups = annotations.filter((a) => MARKUP_TYPES[a.annotationType] && a.quadPoints);
    if (markups.length === 0) continue;
    const content = await page.getTextContent();
    const items = content.items as TextItemLike[];
    if (buildPageText(items) !== pageTexts[n - 1]) continue;
    const placed = placeItems(items);
    for (const a of markups) {
      const ranges = quadsOf(a.quadPoints as ArrayLike<number>)
        .map((q) => rangeUnder(q, placed))
        .filter((r): r is [number, number] => !!r);
      if (ranges.length === 0) continue;
      const [start, end] = toWordEdges(pageTexts[n - 1] ?? '', Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1])));
      found.push({
        pageIndex: n - 1,
        start,
        end,
        kind: MARKUP_TYPES[a.annotationType] as string,
        comment: a.contentsObj?.str?.trim() ?? '',
        author: a.titleObj?.str?.trim() ?? '',
      });
    }
  }
  return found;
}
