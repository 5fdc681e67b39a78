/**
 * Judging candidate places for a quote: how well each agrees with the stored quote, context and
 * position, which one wins, and whether the winner is good enough to show. The thresholds here
 * are the "never guess" rule: a clause flagged orphaned costs the analyst a minute; a highlight
 * on the wrong words can end up cited as evidence.
 */
import type { AnchorIndex } from './anchorIndex';
import type { ContextAgreement } from './contextSimilarity';
import type { PreparedQuote } from './preparedQuote';

/** Below this many normalised characters a quote is too common to look for approximately. */
export const MIN_FUZZY_QUOTE_LENGTH = 8;
/** Most edits a fuzzy match may have, as a share of the quote's length (and in absolute terms). */
export const MAX_ERROR_RATE = 0.25;
export const MAX_ERRORS = 256;
/**
 * Least context agreement for an exact quote found away from its stored position. Measured on
 * the legal corpus (a Supreme Court slip opinion, a Federal Register rule), the 64 characters
 * around unrelated places agree 0.18-0.24 on average and under 0.46 in 99 cases of 100, so half
 * means "the same surroundings".
 */
export const MIN_EXACT_CONTEXT = 0.5;
/** Quotes shorter than this carry little evidence of their own: their context must say more. */
export const SHORT_QUOTE = 32;
/** Least context agreement for a short exact quote. */
export const MIN_STRONG_CONTEXT = 0.75;
/** Least context agreement for a fuzzy match near the expected place. */
export const MIN_FUZZY_CONTEXT = 0.6;
/** Least overall (Hypothesis-weighted) score of a fuzzy match. */
export const MIN_FUZZY_SCORE = 0.75;
/**
 * Two acceptable places whose evidence differs by less than this are a coin toss: the clause is
 * orphaned rather than placed on either. Short quotes say little themselves, so their margin is
 * wider. (Running heads and court stamps repeat on every page, their context differing only in
 * a page number: a clause on one of them must not jump to another page's.)
 */
export const AMBIGUITY_MARGIN = 0.05;
export const SHORT_AMBIGUITY_MARGIN = 0.1;
/**
 * Context agreement of a clearly recognised place: the least for any place outside the window
 * around the expected page, where nothing but the text vouches for it.
 */
export const CLEAR_CONTEXT = 0.9;
/** Least quote similarity of a fuzzy match outside the window around the expected page. */
export const MIN_FAR_QUOTE_SIMILARITY = 0.9;
/** Stored context shorter than this (a quote spanning nearly all of a tiny text) says nothing. */
const MIN_CONTEXT_CHARS = 8;
/** Without usable context a fuzzy match must be this close to the quote on its own. */
const MIN_QUOTE_SIMILARITY_WITHOUT_CONTEXT = 0.9;

/** The edits allowed to a fuzzy match of a normalised quote of `length` characters. */
export function maxErrorsFor(length: number): number {
  return Math.min(MAX_ERRORS, Math.max(1, Math.floor(length * MAX_ERROR_RATE)));
}

/** One candidate place, measured. Offsets: norm* in the normalised text, start/end raw. */
export interface Placement {
  normStart: number;
  normEnd: number;
  start: number;
  end: number;
  /** Edits between the quote's core and the normalised text at this place (0: exact). */
  errors: number;
  context: ContextAgreement;
  /** |start - expected|, raw characters. */
  distance: number;
  /** Within the window around the expected place (preparedQuote.ts NEAR_PAGES). */
  near: boolean;
  /**
   * False for an approximate match whose numbers differ from those of a short or mostly numeric
   * quote: in "143 days after" the number is what the quote says, and "97 days after" is
   * another provision; a row of a pay table is its figures.
   */
  numbersKept: boolean;
}

/** Measures the place normStart..normEnd (normalised) whose raw range is start..end. */
export function measure(
  index: AnchorIndex,
  quote: PreparedQuote,
  place: { normStart: number; normEnd: number; start: number; end: number; errors: number },
): Placement {
  return {
    ...place,
    context: quote.context.agreement(index.norm.text, place.normStart, place.normEnd),
    distance: Math.abs(place.start - quote.expected),
    near: place.start < quote.window.to && place.end > quote.window.from,
    numbersKept:
      place.errors === 0 ||
      (quote.core.length >= SHORT_QUOTE && digitShare(quote.core) < NUMERIC_QUOTE) ||
      numbersOf(quote.core) === numbersOf(index.norm.text.slice(place.normStart, place.normEnd)),
  };
}

/** A quote with at least this share of digits (a table row, a citation) is its numbers. */
const NUMERIC_QUOTE = 0.2;

function numbersOf(text: string): string {
  return (text.match(/\p{N}+/gu) ?? []).join(' ');
}

function digitShare(text: string): number {
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  const visible = text.replace(/\s/g, '').length;
  return visible === 0 ? 0 : digits / visible;
}

/** Context agreement in [0, 1], or null when too little context was stored to judge. */
export function contextSimilarity(p: Placement): number | null {
  if (p.context.length < MIN_CONTEXT_CHARS) return null;
  return 1 - p.context.errors / p.context.length;
}

/**
 * Evidence for a place, in [0, 1]: Hypothesis's match-quote weights (quote 50, prefix 20,
 * suffix 20) with position counting as being near the expected place (10) rather than as a
 * fraction of the document, since "a few pages away" and "fifty pages away" differ in kind.
 */
export function evidence(p: Placement, quoteLength: number): number {
  const quote = 1 - p.errors / quoteLength;
  return (50 * quote + 20 * p.context.prefixSimilarity + 20 * p.context.suffixSimilarity + 10 * Number(p.near)) / 100;
}

/**
 * Whether a place is good enough to show at all (before comparing it with others):
 * - exact: context ≥ MIN_EXACT_CONTEXT, or ≥ MIN_STRONG_CONTEXT for a quote under SHORT_QUOTE;
 * - fuzzy: at most MAX_ERROR_RATE edits, context ≥ MIN_FUZZY_CONTEXT, evidence ≥ MIN_FUZZY_SCORE;
 * - anything outside the window needs context ≥ CLEAR_CONTEXT and, if fuzzy, quote similarity
 *   ≥ MIN_FAR_QUOTE_SIMILARITY: nothing but the text vouches for it;
 * - a fuzzy match of a short quote must keep its numbers.
 */
export function acceptable(p: Placement, quoteLength: number): boolean {
  const quote = 1 - p.errors / quoteLength;
  if (quote < 1 - MAX_ERROR_RATE || !p.numbersKept) return false;
  const similarity = contextSimilarity(p);
  if (similarity === null) return p.errors === 0 || quote >= MIN_QUOTE_SIMILARITY_WITHOUT_CONTEXT;
  let least = p.errors > 0 ? MIN_FUZZY_CONTEXT : quoteLength < SHORT_QUOTE ? MIN_STRONG_CONTEXT : MIN_EXACT_CONTEXT;
  if (!p.near) {
    if (quote < MIN_FAR_QUOTE_SIMILARITY) return false;
    least = CLEAR_CONTEXT;
  }
  if (similarity < least) return false;
  return p.errors === 0 || evidence(p, quoteLength) >= MIN_FUZZY_SCORE;
}

export type Choice = { kind: 'placed'; place: Placement } | { kind: 'none' } | { kind: 'ambiguous' };

/**
 * The winner among `places`: the acceptable place with the most evidence, ties going to the
 * exact one, then the nearest the expected position. Invariants: 'placed' returns one of
 * `places` that passes `acceptable`; 'ambiguous' when another acceptable place that does not
 * overlap the winner comes within the ambiguity margin of its evidence, unless both match the
 * quote equally and their surroundings match the stored context exactly (identical passages:
 * the nearest wins, as in W3C/Hypothesis anchoring); 'none' when no place is acceptable.
 */
export function choose(places: readonly Placement[], quoteLength: number): Choice {
  const ranked = places
    .filter((p) => acceptable(p, quoteLength))
    .map((p) => ({ p, e: evidence(p, quoteLength) }))
    .sort((a, b) => b.e - a.e || a.p.errors - b.p.errors || a.p.distance - b.p.distance);
  const winner = ranked[0];
  if (!winner) return { kind: 'none' };
  const rival = ranked.find(({ p }) => p.end <= winner.p.start || p.start >= winner.p.end);
  if (!rival) return { kind: 'placed', place: winner.p };
  // Identical passages in identical surroundings: only position can tell them apart.
  const twins = rival.p.errors === winner.p.errors && rival.p.context.errors === 0 && winner.p.context.errors === 0;
  const margin = quoteLength < SHORT_QUOTE ? SHORT_AMBIGUITY_MARGIN : AMBIGUITY_MARGIN;
  if (!twins && winner.e - rival.e < margin) return { kind: 'ambiguous' };
  return { kind: 'placed', place: winner.p };
}
