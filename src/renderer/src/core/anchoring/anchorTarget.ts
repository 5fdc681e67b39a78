/**
 * Re-anchoring a clause's target in a document text, in Hypothesis's order (DESIGN.md): the
 * stored position if its text still equals the quote, then the exact quote, then a fuzzy match
 * nearest the expected page, then anywhere; a clause that cannot be placed with confidence is
 * orphaned, never guessed.
 */
import type { AnchorStatus, TextPositionSelector, TextQuoteSelector } from '../types';
import type { AnchorIndex } from './anchorIndex';
import { predictedShifts, SHIFT_TOLERANCE } from './drift';
import { exactPlacements } from './exactSearch';
import { fuzzyByWords, fuzzyNear, matchesAround } from './fuzzySearch';
import { normalisedOffset } from './normalizeText';
import { acceptable, choose, contextSimilarity, measure, MIN_FUZZY_QUOTE_LENGTH, MIN_STRONG_CONTEXT, type Choice, type Placement } from './placement';
import { prepareQuote, type PreparedQuote } from './preparedQuote';
import { surroundingsNear } from './surroundings';
import { keepsBoundaries } from './wordBoundaries';

/** What anchoring needs of a ClauseTarget (area clauses are placed by their rects, not here). */
export interface AnchorableTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  pageIndex: number;
}

/**
 * Where a target landed. Invariant: start and end (raw offsets into the document text,
 * start < end) are present exactly when status is not 'orphaned'.
 */
export interface AnchorResult {
  status: AnchorStatus;
  start?: number;
  end?: number;
}

const ORPHANED: AnchorResult = { status: 'orphaned' };

/**
 * Anchors one target in the document indexed by `index`.
 *
 * Invariants:
 * - 'anchored': the text at [start, end) is the quote, exactly or up to whitespace, line-end
 *   hyphenation, soft hyphens, ligatures and quote marks. First choice is the stored position
 *   (when its text is the exact quote and its context agrees); else the occurrence whose context
 *   agrees best, ties going to the one nearest the stored position.
 * - 'fuzzy': the normalised text at [start, end) differs from the quote by at most a quarter of
 *   its characters; searched near the expected place first, then in the whole document, and
 *   chosen by Hypothesis's weighting of quote, prefix, suffix and position.
 * - Every placement passes placement.ts's thresholds (context agreement above all) and is not a
 *   near tie with another place; otherwise 'orphaned'. Quotes under MIN_FUZZY_QUOTE_LENGTH
 *   normalised characters are never matched approximately. An empty or all-whitespace quote is
 *   orphaned.
 * - Pure and deterministic: the same index and target always give the same result.
 */
export function anchorTarget(index: AnchorIndex, target: AnchorableTarget): AnchorResult {
  const quote = prepareQuote(index, target);
  if (!quote) return ORPHANED;
  const length = quote.core.length;

  const stored = storedPosition(index, quote, target.position);
  if (stored && acceptable(stored, length)) return result(stored);

  // Exact occurrences near the expected place with strong context settle it without fuzzy
  // search (the common case: text moved by an inserted or removed page).
  const places = exactPlacements(index, quote);
  let choice = choose(places, length);
  if (choice.kind === 'placed' && choice.place.near && (contextSimilarity(choice.place) ?? 1) >= MIN_STRONG_CONTEXT) {
    return result(choice.place);
  }
  if (length < MIN_FUZZY_QUOTE_LENGTH) {
    if (choice.kind === 'placed' && !choice.place.near && surroundingsNear(index, quote)) return ORPHANED;
    return fromChoice(choice);
  }

  // Fuzzy near the expected place competes with the exact occurrences: an edited clause in its
  // own surroundings beats an identical sentence elsewhere in other surroundings. Cheapest
  // first: where the quote's words line up near it, then a scan of the whole window, then where
  // its words line up anywhere.
  for (const more of [() => fuzzyByWords(index, quote, true), () => fuzzyNear(index, quote), () => fuzzyByWords(index, quote, false)]) {
    places.push(...more());
    choice = choose(places, length);
    if (choice.kind !== 'none') break;
  }
  if (choice.kind === 'placed' && !choice.place.near && surroundingsNear(index, quote)) {
    // Its surroundings are still near the stored page: the clause was edited or deleted there,
    // and this far place is a look-alike. Only a near place may stand.
    return fromChoice(
      choose(
        places.filter((p) => p.near),
        length,
      ),
    );
  }
  return fromChoice(choice);
}

/**
 * Anchors many targets (the clauses of one document) against one index, in order.
 *
 * First each alone (anchorTarget). Then a target placed where its neighbours did not move
 * (drift.ts: a page inserted before it, say) is looked for again where they went: passages that recur word for word in the same surroundings
 * can only be told apart by position, and the stored position is stale by exactly that shift.
 *
 * Invariants: result i is anchorTarget(index, targets[i]) unless its neighbours agree on a
 * displacement it does not follow; then it is the best acceptable match within SHIFT_TOLERANCE of
 * where they say, else that same result if its words are unique in the document, else orphaned.
 * A target orphaned alone stays orphaned. Deterministic.
 */
export function anchorAll(index: AnchorIndex, targets: readonly AnchorableTarget[]): AnchorResult[] {
  const alone = targets.map((t) => anchorTarget(index, t));
  const shifts = predictedShifts(
    targets.map((t) => t.position),
    alone,
  );
  return alone.map((first, i) => {
    const shift = shifts[i];
    // An orphan stays one: a second try with a moved expectation would be looking for a guess.
    if (shift === undefined || first.status === 'orphaned') return first;
    const target = targets[i] as AnchorableTarget;
    const expected = target.position.start + shift;
    if (Math.abs((first.start ?? 0) - expected) <= SHIFT_TOLERANCE) return first;
    return againWhereNeighboursWent(index, target, expected) ?? first;
  });
}

/**
 * A placement that disagrees with its neighbours' displacement. Where they say it should be, its
 * words (exactly or edited) win; failing that, a match elsewhere stands only if its words occur
 * exactly once in the whole document (text moved on its own); otherwise it was one of several
 * identical passages picked by a stale position, or a look-alike of deleted words: orphaned.
 */
function againWhereNeighboursWent(index: AnchorIndex, target: AnchorableTarget, expected: number): AnchorResult | undefined {
  const quote = prepareQuote(index, target);
  if (!quote) return undefined;
  const length = quote.core.length;
  const local = matchesAround(index, quote, expected - SHIFT_TOLERANCE, expected + (target.position.end - target.position.start) + SHIFT_TOLERANCE)
    .filter((p) => acceptable(p, length))
    .sort((a, b) => a.errors - b.errors || Math.abs(a.start - expected) - Math.abs(b.start - expected));
  if (local[0]) return result(local[0]);
  return exactPlacements(index, quote).length === 1 ? undefined : ORPHANED;
}

/**
 * The stored position measured as a candidate, when its raw text is still the exact quote and
 * does not now cut a word the quote ended (or began) with.
 */
function storedPosition(index: AnchorIndex, quote: PreparedQuote, position: TextPositionSelector): Placement | null {
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > index.docText.length) return null;
  if (end - start !== quote.exact.length || !index.docText.startsWith(quote.exact, start)) return null;
  const normStart = normalisedOffset(index.norm, start + quote.lead);
  const normEnd = normalisedOffset(index.norm, end - quote.trail);
  if (!keepsBoundaries(index.norm.text, normStart, normEnd, quote.bounds)) return null;
  return measure(index, quote, {
    normStart,
    normEnd,
    start,
    end,
    errors: 0,
  });
}

function fromChoice(choice: Choice): AnchorResult {
  return choice.kind === 'placed' ? result(choice.place) : ORPHANED;
}

function result(p: Placement): AnchorResult {
  return { status: p.errors === 0 ? 'anchored' : 'fuzzy', start: p.start, end: p.end };
}
