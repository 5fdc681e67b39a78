/**
 * Everything anchoring needs to know about one document text, computed once so that anchoring
 * thousands of clauses against it costs little each (see bench/anchorBenchData.ts).
 */
import { normaliseWithMap, type NormalisedText } from './normalizeText';
import { buildWordIndex, type WordIndex } from './wordIndex';

export interface AnchorIndex {
  /** The raw document text (core/documentText.ts): page texts joined with "\f". */
  readonly docText: string;
  /** pageStarts[i] = offset of page i in docText. */
  readonly pageStarts: readonly number[];
  /** docText normalised for comparison, with its map back to raw offsets. */
  readonly norm: NormalisedText;
  /** Words of norm.text and where they start. */
  readonly words: WordIndex;
  /** Mean characters per page: how far "a few pages" reaches in this document. */
  readonly averagePageLength: number;
}

/**
 * Builds the index of a document text. Invariants: the index is immutable and depends only on
 * its arguments; pageStarts must be the offsets documentText.ts computes for docText (ascending,
 * starting at 0), or the expected-page windows of anchoring point at the wrong text.
 */
export function buildAnchorIndex(docText: string, pageStarts: readonly number[]): AnchorIndex {
  const norm = normaliseWithMap(docText);
  return {
    docText,
    pageStarts: [...pageStarts],
    norm,
    words: buildWordIndex(norm.text),
    averagePageLength: docText.length / Math.max(1, pageStarts.length),
  };
}
