/**
 * Whether a clause's own surroundings are still near its stored page.
 *
 * When the stored prefix and suffix still stand near the expected place, a short gap between
 * them, the clause was edited there (or deleted, when the gap is empty), not moved: an
 * identical sentence fifty pages away is then a look-alike, however well its own surroundings
 * match. Legal text repeats itself ("unless an exemption under paragraph (b) applies"), so this
 * is what keeps boilerplate from catching clauses that were edited beyond recognition.
 */
import type { AnchorIndex } from './anchorIndex';
import { normalisedOffset } from './normalizeText';
import type { PreparedQuote } from './preparedQuote';

/** Characters of each side's context that must still be there, verbatim (normalised). */
const PROBE = 20;

/**
 * True when the last PROBE characters of the normalised prefix and the first PROBE of the
 * suffix both occur in the window around the expected place, in that order, with at most about
 * twice the quote's length between them. False when either side has under PROBE characters
 * of stored context (nothing to go on).
 */
export function surroundingsNear(index: AnchorIndex, quote: PreparedQuote): boolean {
  const before = quote.prefix.trimEnd();
  const after = quote.suffix.trimStart();
  if (before.length < PROBE || after.length < PROBE) return false;
  const head = before.slice(before.length - PROBE);
  const tail = after.slice(0, PROBE);
  const from = normalisedOffset(index.norm, quote.window.from);
  const to = normalisedOffset(index.norm, quote.window.to);
  const text = index.norm.text.slice(from, to);
  const maxGap = 2 * quote.core.length + 2 * PROBE;
  for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1)) {
    const gapStart = at + head.length;
    const found = text.indexOf(tail, gapStart);
    if (found !== -1 && found - gapStart <= maxGap) return true;
  }
  return false;
}
