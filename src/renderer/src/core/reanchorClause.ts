/**
 * Places a stored clause target in a document text (the same document after an import, or a new
 * version of it) and rewrites the target to describe where it landed.
 *
 * Invariants: pure; an area clause keeps its target and counts as anchored (its rectangles place
 * it); an orphaned clause keeps its old selectors, so its words can still be shown and it can be
 * placed again later, but loses its rectangles (they belong to a place it no longer has); a placed
 * clause's selectors describe the new range exactly, and its rectangles are kept only when
 * `sameLayout` says the text is laid out as before and it landed on the very same range
 * (otherwise the reader computes them again from the text layer).
 */
import { anchorAll, anchorTarget, describeRange, type AnchorIndex, type AnchorResult } from './anchoring';
import { pageIndexAtOffset } from './documentText';
import type { AnchorStatus, ClauseTarget } from './types';

export interface Reanchored {
  target: ClauseTarget;
  status: AnchorStatus;
}

export function reanchorTarget(
  index: AnchorIndex,
  docText: string,
  pageStarts: readonly number[],
  target: ClauseTarget,
  sameLayout = true,
): Reanchored {
  if (target.area) return { target, status: 'anchored' };
  return placed(docText, pageStarts, target, anchorTarget(index, target), sameLayout);
}

/**
 * The clauses of one document re-anchored together (anchorAll: each clause's neighbours help
 * place it, see anchoring/drift.ts). Result i is for targets[i]; the same invariants as above.
 */
export function reanchorTargets(
  index: AnchorIndex,
  docText: string,
  pageStarts: readonly number[],
  targets: readonly ClauseTarget[],
  sameLayout = true,
): Reanchored[] {
  const text = targets.map((t, i) => ({ t, i })).filter(({ t }) => !t.area);
  const results = anchorAll(
    index,
    text.map(({ t }) => t),
  );
  const out: Reanchored[] = targets.map((t) => ({ target: t, status: 'anchored' }));
  text.forEach(({ t, i }, k) => (out[i] = placed(docText, pageStarts, t, results[k] as AnchorResult, sameLayout)));
  return out;
}

function placed(docText: string, pageStarts: readonly number[], target: ClauseTarget, result: AnchorResult, sameLayout: boolean): Reanchored {
  if (result.status === 'orphaned' || result.start === undefined || result.end === undefined)
    return { target: { ...target, rects: [] }, status: 'orphaned' };
  const same = sameLayout && result.start === target.position.start && result.end === target.position.end;
  const { quote, position } = describeRange(docText, result.start, result.end);
  return {
    target: { quote, position, pageIndex: pageIndexAtOffset([...pageStarts], result.start), rects: same ? target.rects : [] },
    status: result.status,
  };
}
