/**
 * Every place where a quote occurs exactly: character for character in the raw text near the
 * expected place, and up to whitespace, hyphenation, ligatures and quote marks anywhere.
 */
import type { AnchorIndex } from './anchorIndex';
import { normalisedOffset, rawRange } from './normalizeText';
import { measure, type Placement } from './placement';
import type { PreparedQuote } from './preparedQuote';
import { keepsBoundaries } from './wordBoundaries';
import { occurrencesOf } from './wordIndex';

/** More occurrences than this and only those near the expected place are considered. */
const MAX_OCCURRENCES = 500;

/**
 * Measured exact places of `quote`, deduplicated by raw start. Invariants: each place's core
 * equals quote.core in the normalised text (errors 0) and keeps the word boundaries the quote
 * had (wordBoundaries.ts); raw-exact occurrences inside the window are always offered, even
 * when the quote's ends cut a hyphenated word (normalising alone would miss those); beyond
 * MAX_OCCURRENCES normalised occurrences only the near ones are offered.
 */
export function exactPlacements(index: AnchorIndex, quote: PreparedQuote): Placement[] {
  const { docText, norm } = index;
  const byStart = new Map<number, Placement>();
  const add = (p: Placement) => {
    if (!byStart.has(p.start) && keepsBoundaries(norm.text, p.normStart, p.normEnd, quote.bounds)) byStart.set(p.start, p);
  };

  // Raw occurrences near the expected place: the character-exact quote, its raw range kept.
  // A slice, so a quote absent from the window does not scan the rest of the document.
  const { from, to } = quote.window;
  const near = docText.slice(from, to);
  for (let i = near.indexOf(quote.exact); i !== -1; i = near.indexOf(quote.exact, i + 1)) {
    const at = from + i;
    const end = at + quote.exact.length;
    add(
      measure(index, quote, {
        normStart: normalisedOffset(norm, at + quote.lead),
        normEnd: normalisedOffset(norm, end - quote.trail),
        start: at,
        end,
        errors: 0,
      }),
    );
  }

  // Normalised occurrences anywhere. Where the raw text around one is the exact quote (outer
  // whitespace included), keep that raw range, so moved text anchors at precisely the same words.
  let occurrences = occurrencesOf(norm.text, index.words, quote.core);
  if (occurrences.length > MAX_OCCURRENCES) {
    // A quote found everywhere can only be placed by its position: keep the near occurrences.
    const from = normalisedOffset(norm, quote.window.from);
    const to = normalisedOffset(norm, quote.window.to);
    occurrences = occurrences.filter((o) => o >= from && o < to);
  }
  for (const normStart of occurrences) {
    const normEnd = normStart + quote.core.length;
    const core = rawRange(norm, normStart, normEnd);
    const start = core.start - quote.lead;
    const end = core.end + quote.trail;
    const precise = start >= 0 && docText.startsWith(quote.exact, start) && end <= docText.length;
    add(measure(index, quote, { normStart, normEnd, ...(precise ? { start, end } : core), errors: 0 }));
  }
  return [...byStart.values()];
}
