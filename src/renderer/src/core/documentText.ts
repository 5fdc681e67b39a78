/**
 * How a document's text is laid out, so that offsets stored by clauses (TextPositionSelector)
 * mean the same thing everywhere: in import, anchoring, search and exports.
 *
 * Invariants:
 * - A page's text is its pdf.js text items' `str` in content order, with "\n" after every item
 *   that ends a line (`hasEOL`). Nothing is trimmed or normalised: selectors match this raw text.
 * - The document text is the page texts joined in page order with PAGE_SEPARATOR between them.
 * - pageStarts[i] is the offset of page i's first character in the document text;
 *   pageStarts[0] === 0 and pageStarts[i+1] === pageStarts[i] + pages[i].length + PAGE_SEPARATOR.length.
 */

/** Form feed, the traditional page break of plain-text PDF extraction; never produced by items. */
export const PAGE_SEPARATOR = '\f';

/** The subset of a pdf.js TextItem this module needs (marked-content items have no `str`). */
export type TextItemLike = { str?: string; hasEOL?: boolean } | { type: string };

/** Builds one page's raw text from pdf.js text items (see the invariants above). */
export function buildPageText(items: readonly TextItemLike[]): string {
  let out = '';
  for (const item of items) {
    if (!('str' in item) || typeof item.str !== 'string') continue;
    // pdf.js never emits a form feed, but a hostile file could: keep the separator unambiguous.
    out += item.str.replaceAll(PAGE_SEPARATOR, ' ');
    if ('hasEOL' in item && item.hasEOL) out += '\n';
  }
  return out;
}

/** Offsets of each page's first character in the joined document text. */
export function pageStartOffsets(pageTexts: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const text of pageTexts) {
    starts.push(offset);
    offset += text.length + PAGE_SEPARATOR.length;
  }
  return starts;
}

/** The document text: page texts joined with PAGE_SEPARATOR. */
export function joinDocumentText(pageTexts: readonly string[]): string {
  return pageTexts.join(PAGE_SEPARATOR);
}

/**
 * The page index holding a document-text offset, given pageStarts (sorted ascending).
 * An offset that falls on a separator belongs to the page before it.
 */
export function pageIndexAtOffset(pageStarts: readonly number[], offset: number): number {
  if (pageStarts.length === 0) return -1;
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pageStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
