/**
 * Describing a selection of document text as W3C Web Annotation selectors, the form a clause
 * stores and anchoring later matches against a (possibly different) extraction.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../types';

/** Characters of context kept on each side (DESIGN.md: prefix and suffix of 32 characters). */
export const CONTEXT_LENGTH = 32;

/**
 * Selectors for docText[start, end).
 *
 * Invariants: quote.exact === docText.slice(start, end); prefix is the up to CONTEXT_LENGTH
 * characters just before start and suffix the up to CONTEXT_LENGTH just after end (raw text, page
 * separators included, as anchoring compares raw text first); position is {start, end}.
 * Throws a RangeError unless 0 ≤ start ≤ end ≤ docText.length (integers): a selector that does
 * not describe the text it claims to would silently mis-anchor later.
 */
export function describeRange(docText: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > docText.length) {
    throw new RangeError(`describeRange: [${start}, ${end}) is not a range of a ${docText.length}-character text`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  let suffixEnd = Math.min(docText.length, end + CONTEXT_LENGTH);
  // Never cut a surrogate pair in half: a lone surrogate matches nothing in any later text.
  if (prefixStart > 0 && isLowSurrogate(docText.charCodeAt(prefixStart))) prefixStart++;
  if (suffixEnd < docText.length && isLowSurrogate(docText.charCodeAt(suffixEnd))) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: docText.slice(start, end),
      prefix: docText.slice(prefixStart, start),
      suffix: docText.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
