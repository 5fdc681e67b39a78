/**
 * Word boundaries of a quote and of a candidate place: a quote that ended at a word's end must
 * not match the start of a longer word ("on a" in "on agency" is not the same words; there the
 * "a" was edited into "agency"), nor one that began at a word's start match inside a word.
 */
import { normalisedOffset, normaliseWithMap } from './normalizeText';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** Whether the stored quote begins and ends at word boundaries. */
export interface Boundaries {
  start: boolean;
  end: boolean;
}

/**
 * The word boundaries of a stored quote, judged on the normalised form of prefix + exact + suffix
 * so that a quote starting just after a line-end hyphen ("Com-\n|pact") counts as starting
 * inside a word, as it does in normalised text. `lead`/`trail`: outer whitespace of `exact`.
 */
export function boundariesAround(prefix: string, exact: string, suffix: string, lead: number, trail: number): Boundaries {
  // A few characters either side of each edge decide it (a hyphen, a line break, a letter).
  const coreEnd = exact.length - trail;
  return {
    start: boundaryAt(prefix.slice(-EDGE) + exact.slice(0, lead), exact.slice(lead, lead + EDGE)),
    end: boundaryAt(exact.slice(Math.max(lead, coreEnd - EDGE), coreEnd), exact.slice(coreEnd) + suffix.slice(0, EDGE)),
  };
}

const EDGE = 8;

/** Whether, once normalised, `before` + `after` has no word running across their junction. */
function boundaryAt(before: string, after: string): boolean {
  const norm = normaliseWithMap(before + after);
  const at = normalisedOffset(norm, before.length);
  return !(isWordChar(norm.text[at - 1]) && isWordChar(norm.text[at]));
}

/**
 * Whether normalised text[start, end) respects the boundaries the stored quote had. Invariant:
 * true whenever the quote had no boundary to keep on either side.
 */
export function keepsBoundaries(text: string, start: number, end: number, bounds: Boundaries): boolean {
  const cutsStart = isWordChar(text[start - 1]) && isWordChar(text[start]);
  const cutsEnd = isWordChar(text[end - 1]) && isWordChar(text[end]);
  return !(bounds.start && cutsStart) && !(bounds.end && cutsEnd);
}

/**
 * Widens normalised [start, end) to whole words where the stored quote began or ended at a word
 * boundary, so an approximate match cannot stop inside a word ("on a|gency"); `extra` is the
 * characters added, to be counted as errors. Invariant: start' ≤ start, end' ≥ end.
 */
export function snapToBoundaries(text: string, start: number, end: number, bounds: Boundaries): { start: number; end: number; extra: number } {
  let s = start;
  let e = end;
  if (bounds.start) while (s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
  if (bounds.end) while (e < text.length && isWordChar(text[e - 1]) && isWordChar(text[e])) e++;
  return { start: s, end: e, extra: start - s + (e - end) };
}
