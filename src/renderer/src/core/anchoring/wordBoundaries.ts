/**
 * Word boundaries of a quote and of a candidate place: a quote that ended at a word's end must
 * not match the start of a longer word ("on a" in "on agency" is not the same words; there the
 * "a" was edited into "agency"), nor one that began at a word's start match inside a word.
 */
import type { PreparedQuote } from './preparedQuote';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** Whether the stored quote begins and ends at word boundaries (given its normalised context). */
export function boundariesOf(quote: PreparedQuote): { start: boolean; end: boolean } {
  const { core, prefix, suffix } = quote;
  return {
    start: prefix.length === 0 || !isWordChar(prefix[prefix.length - 1]) || !isWordChar(core[0]),
    end: suffix.length === 0 || !isWordChar(suffix[0]) || !isWordChar(core[core.length - 1]),
  };
}

/**
 * Whether normalised text[start, end) respects the boundaries the stored quote had. Invariant:
 * true whenever the quote had no boundary to keep on either side.
 */
export function keepsBoundaries(text: string, start: number, end: number, bounds: { start: boolean; end: boolean }): boolean {
  const cutsStart = isWordChar(text[start - 1]) && isWordChar(text[start]);
  const cutsEnd = isWordChar(text[end - 1]) && isWordChar(text[end]);
  return !(bounds.start && cutsStart) && !(bounds.end && cutsEnd);
}

/**
 * Widens normalised [start, end) to whole words where the stored quote began or ended at a word
 * boundary, so an approximate match cannot stop inside a word ("on a|gency"); `extra` is the
 * characters added, to be counted as errors. Invariant: start' ≤ start, end' ≥ end.
 */
export function snapToBoundaries(
  text: string,
  start: number,
  end: number,
  bounds: { start: boolean; end: boolean },
): { start: number; end: number; extra: number } {
  let s = start;
  let e = end;
  if (bounds.start) while (s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
  if (bounds.end) while (e < text.length && isWordChar(text[e - 1]) && isWordChar(text[e])) e++;
  return { start: s, end: e, extra: start - s + (e - end) };
}
