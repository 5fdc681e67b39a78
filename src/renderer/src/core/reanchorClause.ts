/**
 * Places a stored clause target in a document text (the same document after an import, or a new
 * version of it) and rewrites the target to describe where it landed.
 *
 * Invariants: pure; an area clause keeps its target and counts as anchored (its rectangles place
 * it); an orphaned clause keeps its old selectors unchanged, so its words can still be shown and
 * it can be placed again later; a placed clause's selectors describe the new range exactly, and
 * its rectangles are kept only when it landed on the very same range (otherwise the reader
 * computes them again from the text layer).
 */
import { anchorTarget, describeRange, type AnchorIndex } from './anchoring';
import { pageIndexAtOffset } from './documentText';
import type { AnchorStatus, ClauseTarget } from './types';

export interface Reanchored {
  target: ClauseTarget;
  status: AnchorStatus;
}

export function reanchorTarget(index: AnchorIndex, docText: string, pageStarts: readonly number[], target: ClauseTarget): Reanchored {
  if (target.area) return { target, status: 'anchored' };
  const result = anchorTarget(index, target);
  if (result.status === 'orphaned' || result.start === undefined || result.end === undefined) return { target, status: 'orphaned' };
  const same = result.start === target.position.start && result.end === target.position.end;
  const { quote, position } = describeRange(docText, result.start, result.end);
  return {
    target: { quote, position, pageIndex: pageIndexAtOffset([...pageStarts], result.start), rects: same ? target.rects : [] },
    status: result.status,
  };
}
