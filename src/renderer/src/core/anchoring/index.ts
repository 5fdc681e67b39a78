/**
 * Clause anchoring (W3C Web Annotation selectors, Hypothesis-style re-anchoring): describe a
 * selection once, then find it again in the same or a changed extraction of the document.
 */
export { describeRange, CONTEXT_LENGTH } from './describeRange';
export { buildAnchorIndex, type AnchorIndex } from './anchorIndex';
export { anchorTarget, anchorAll, type AnchorableTarget, type AnchorResult } from './anchorTarget';
export { normalise } from './normalizeText';
