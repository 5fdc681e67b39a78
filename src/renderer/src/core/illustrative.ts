/**
 * Which documents are illustrative study documents (the sample case's reconstructions and notes):
 * those whose text carries the mark every sample page prints in its footer (scripts/sample-case/
 * layout.mjs ILLUSTRATIVE_MARK). Judged by the text, not by case membership, so a real order the
 * analyst files in the sample case is never labelled a reconstruction, and a sample document
 * filed in another case still is.
 */
export const ILLUSTRATIVE_MARK_TEXT = 'ILLUSTRATIVE STUDY DOCUMENT';

/** True when the page text carries the illustrative-document mark. */
export function carriesIllustrativeMark(pageText: string): boolean {
  return pageText.includes(ILLUSTRATIVE_MARK_TEXT);
}

/** True when the document's first page with text carries the mark. */
export function isIllustrativeText(pageTexts: readonly string[]): boolean {
  const first = pageTexts.find((t) => t.trim() !== '');
  return first !== undefined && carriesIllustrativeMark(first);
}
