/**
 * A stored target turned into what the searches compare: the quote's normalised core, its
 * normalised context, where it is expected and how far "near the expected page" reaches.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../types';
import type { AnchorIndex } from './anchorIndex';
import { ContextMatcher } from './contextSimilarity';
import { normalise } from './normalizeText';
import { boundariesAround, type Boundaries } from './wordBoundaries';

/** How many pages either side of the stored page count as "near" it. */
export const NEAR_PAGES = 2;

export interface PreparedQuote {
  /** The stored exact quote, raw. */
  exact: string;
  /** Raw whitespace characters at the start and end of `exact`, not part of `core`. */
  lead: number;
  trail: number;
  /** The normalised quote without outer whitespace: what normalised and fuzzy search look for. */
  core: string;
  /** Normalised context; the quote's outer whitespace belongs to it (it separates, not quotes). */
  prefix: string;
  suffix: string;
  /** The context compiled for comparing with many candidates. */
  context: ContextMatcher;
  /** Whether the quote began and ended at word boundaries (wordBoundaries.ts). */
  bounds: Boundaries;
  /** Raw offset where the quote is expected to start. */
  expected: number;
  /**
   * Raw range searched first: the stored page and NEAR_PAGES pages either side (around the
   * stored position when the page is unknown).
   */
  window: { from: number; to: number };
}

/**
 * Prepares a target for anchoring against `index`, or null when its quote has no text to find.
 * Invariants: window is within [0, docText.length]; core has no leading or trailing space.
 */
export function prepareQuote(
  index: AnchorIndex,
  target: { quote: TextQuoteSelector; position: TextPositionSelector; pageIndex: number },
): PreparedQuote | null {
  const { exact, prefix, suffix } = target.quote;
  const lead = exact.length - exact.trimStart().length;
  const trail = exact.length - exact.trimEnd().length;
  if (lead === exact.length) return null;
  const core = normalise(exact.slice(lead, exact.length - trail)).trim();
  if (core.length === 0) return null;

  const length = index.docText.length;
  const pages = index.pageStarts.length;
  const { start, end } = target.position;
  const positionKnown = Number.isFinite(start) && Number.isFinite(end) && start >= 0 && end >= start && end > 0;
  const pageKnown = Number.isInteger(target.pageIndex) && target.pageIndex >= 0 && pages > 0;
  let from: number;
  let to: number;
  if (pageKnown) {
    // Pages, not offsets: small edits over hundreds of pages drift offsets by many pages'
    // worth of characters, while the page a passage is on moves only when pages come or go.
    const page = Math.min(target.pageIndex, pages - 1);
    from = index.pageStarts[Math.max(0, page - NEAR_PAGES)]!;
    to = (index.pageStarts[page + NEAR_PAGES + 1] ?? length) + exact.length;
  } else {
    const reach = NEAR_PAGES * index.averagePageLength;
    from = (positionKnown ? start : 0) - reach;
    to = (positionKnown ? end : length) + reach;
  }
  const expected = positionKnown ? start : pageKnown ? index.pageStarts[Math.min(target.pageIndex, pages - 1)]! : 0;
  const clamp = (x: number) => Math.min(Math.max(0, Math.round(x)), length);
  const normPrefix = normalise(prefix + exact.slice(0, lead));
  const normSuffix = normalise(exact.slice(exact.length - trail) + suffix);
  return {
    exact,
    lead,
    trail,
    core,
    prefix: normPrefix,
    suffix: normSuffix,
    context: new ContextMatcher(normPrefix, normSuffix),
    bounds: boundariesAround(prefix, exact, suffix, lead, trail),
    expected: clamp(expected),
    window: { from: clamp(from), to: clamp(to) },
  };
}
