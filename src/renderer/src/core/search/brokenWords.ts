/**
 * Words broken at a line end ("con-\ntrol", or a soft hyphen: "con\u00ADtrol"), in one place: the
 * index joins them (tokens.ts), and phrase checks and snippet marks read the text the same way, so
 * a page the index found for "control" or "export control measures" is confirmed and marked.
 *
 * The rule is the tokenizer's, not anchoring's (normalizeText.ts, which also wants a lowercase
 * letter after the break) nor cleanQuote.ts's (which keeps the hyphen of "self-" and the like):
 * search must confirm exactly what its index proposes. A dash between words ("non-US" on one line,
 * "2025 - 2026", "Sec. 3-4") is never a join: a join needs a letter on each side and, for a hard
 * hyphen, a line break right after it.
 */

/** What joins the two halves: a hyphen and a line break (spaces around it allowed), or a soft hyphen and any whitespace. */
export const JOINER_SOURCE = String.raw`(?:-[ \t]*\r?\n[ \t]*|\u00AD\s*)`;
const JOIN = new RegExp(String.raw`(?<=\p{L})${JOINER_SOURCE}(?=\p{L})`, 'gu');
/** Cheap test before the full one: most pages have no hyphen at a line end. */
const MAY_JOIN = /-[ \t]*\r?\n|\u00AD/;

export interface LineEndJoin {
  /** The joiner's characters in the text: [start, end). */
  start: number;
  end: number;
  /** A hard hyphen (it may be a real one: "risk-\nbased"), not a soft one. */
  hyphen: boolean;
}

/** Every joiner of `text`, in order. */
export function lineEndJoins(text: string): LineEndJoin[] {
  if (!MAY_JOIN.test(text)) return [];
  return [...text.matchAll(JOIN)].map((m) => ({ start: m.index, end: m.index + m[0].length, hyphen: m[0][0] === '-' }));
}

export interface JoinedText {
  text: string;
  /** The offset in the original text of an offset of `text` that is not inside a kept hyphen. */
  toOriginal(offset: number): number;
}

/**
 * `text` with each joiner removed ("control") or, with `keepHyphen`, a hard hyphen's joiner as a
 * plain "-" ("risk-based", so "risk" alone is still a whole word). Offsets map back to the text:
 * an offset at or after a joiner's replacement maps after the joiner.
 */
export function joinBrokenWords(text: string, joins: readonly LineEndJoin[], keepHyphen = false): JoinedText {
  let out = '';
  let from = 0;
  // For each join, where its replacement ends in `out` and how far the text is ahead of `out` after it.
  const after: number[] = [];
  const shift: number[] = [];
  for (const j of joins) {
    const replacement = keepHyphen && j.hyphen ? '-' : '';
    out += text.slice(from, j.start) + replacement;
    after.push(out.length);
    shift.push(j.end - out.length);
    from = j.end;
  }
  out += text.slice(from);
  return {
    text: out,
    toOriginal(offset) {
      // The last join whose replacement ends at or before `offset` (joins are few per page: a scan is enough).
      let k = -1;
      while (k + 1 < after.length && after[k + 1]! <= offset) k++;
      return k < 0 ? offset : offset + shift[k]!;
    },
  };
}
