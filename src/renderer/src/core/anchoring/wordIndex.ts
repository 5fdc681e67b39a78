/**
 * Where each word of the normalised document text occurs, built once per document.
 *
 * Scanning a 500-page text costs ~0.5 ms per exact search and ~50 ms per fuzzy search; anchoring
 * thousands of clauses cannot afford that for each. A quote's rarest whole word says where the
 * quote can be, so exact search checks only those places, and fuzzy search runs the (slow)
 * matcher only on the few stretches where several of the quote's words line up ("filter, then
 * verify", as approx-string-match's own notes suggest).
 */

/** Lower-cased word → ascending offsets (in the normalised text) where it starts. */
export type WordIndex = ReadonlyMap<string, readonly number[]>;

/** A word of a string: lower-cased, with its offsets in that string. */
export interface Word {
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** The rarest words of a quote that vote for where it is: enough to outvote chance. */
const MAX_WORDS = 12;
/** Most word occurrences one fuzzy look-up may examine. */
const POSTINGS_BUDGET = 8_000;

/** The words (maximal runs of letters and digits) of `text`, in order. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ key: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Builds the index. Invariant: every list is ascending and each offset starts a whole word. */
export function buildWordIndex(text: string): WordIndex {
  const index = new Map<string, number[]>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const key = m[0].toLowerCase();
    const list = index.get(key);
    if (list) list.push(m.index);
    else index.set(key, [m.index]);
  }
  return index;
}

/**
 * The quote's words that are whole words wherever the quote occurs: those not touching either end
 * of the quote (an end word may be cut, "ation of the" from "regulation of the").
 */
export function wholeWords(quote: string): Word[] {
  return wordsOf(quote).filter((w) => w.start > 0 && w.end < quote.length);
}

/**
 * Every offset where `quote` occurs in `text` (the normalised document text indexed by `index`),
 * ascending. Invariant: same result as repeated text.indexOf(quote, …) but it looks only at the
 * occurrences of the quote's rarest whole word (falling back to a scan when it has none).
 */
export function occurrencesOf(text: string, index: WordIndex, quote: string): number[] {
  if (quote.length === 0) return [];
  const words = wholeWords(quote);
  let rarest: Word | undefined;
  let rarestCount = Infinity;
  for (const w of words) {
    const count = index.get(w.key)?.length ?? 0;
    if (count < rarestCount) {
      rarest = w;
      rarestCount = count;
    }
  }
  const out: number[] = [];
  if (!rarest) {
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) out.push(at);
    return out;
  }
  for (const p of index.get(rarest.key) ?? []) {
    const start = p - rarest.start;
    if (start >= 0 && text.startsWith(quote, start)) out.push(start);
  }
  return out;
}

/**
 * Likely start offsets of an approximate occurrence of `quote`, best first: places where several
 * of the quote's distinctive words sit at the same distance from each other as in the quote.
 * Invariants: at most `limit` offsets; an offset needs several distinct words agreeing within
 * `tolerance` characters, and at least half as many as the best offset; with `within`, only starts in [from, to) (give or take
 * the tolerance) are considered. A filter, not a verdict: callers verify each offset.
 */
export function likelyStarts(index: WordIndex, quote: string, tolerance: number, limit: number, within?: { from: number; to: number }): number[] {
  // Distinctive words: 3+ characters (short ones occur everywhere), the MAX_WORDS rarest (a
  // vote fits a bit mask), within a budget of occurrences so a quote of common words ("the
  // Secretary shall") costs less than a scan would.
  const seen = new Set<string>();
  const words = wordsOf(quote).filter((w) => w.key.length >= 3 && !seen.has(w.key) && seen.add(w.key));
  const sorted = words
    .map((w) => ({ w, postings: postingsWithin(index.get(w.key) ?? [], within, w.start, tolerance) }))
    .filter((c) => c.postings.length > 0)
    .sort((a, b) => a.postings.length - b.postings.length);
  const usable: typeof sorted = [];
  let total = 0;
  for (const c of sorted) {
    if (usable.length === MAX_WORDS || total + c.postings.length > POSTINGS_BUDGET) break;
    usable.push(c);
    total += c.postings.length;
  }
  if (usable.length === 0) return [];
  const minVotes = Math.max(1, Math.min(3, Math.ceil(words.length / 4), usable.length));

  // Each occurrence votes for the bucket where the quote would start; sorting the votes groups
  // them by bucket (bucket * 32 + word number, packed in one number so a typed sort does it).
  const bucket = Math.max(16, tolerance);
  const votes = new Float64Array(total);
  let k = 0;
  usable.forEach(({ w, postings }, bit) => {
    for (const p of postings) votes[k++] = Math.floor((p - w.start) / bucket) * 32 + bit;
  });
  votes.sort();
  const buckets: number[] = [];
  const masks: number[] = [];
  for (let i = 0; i < votes.length; i++) {
    const b = Math.floor(votes[i]! / 32);
    const bit = votes[i]! - b * 32;
    if (buckets.length === 0 || buckets[buckets.length - 1] !== b) {
      buckets.push(b);
      masks.push(0);
    }
    masks[masks.length - 1]! |= 1 << bit;
  }
  const scored: { start: number; votes: number }[] = [];
  for (let i = 0; i < buckets.length; i++) {
    // Neighbouring buckets count too: an edit shifts the words after it a few characters.
    const before = i > 0 && buckets[i - 1] === buckets[i]! - 1 ? masks[i - 1]! : 0;
    const after = i + 1 < buckets.length && buckets[i + 1] === buckets[i]! + 1 ? masks[i + 1]! : 0;
    const count = popcount(masks[i]! | before | after);
    if (count >= minVotes) scored.push({ start: buckets[i]! * bucket, votes: count });
  }
  scored.sort((a, b) => b.votes - a.votes || a.start - b.start);
  // Where most of the quote's words line up is where it is; stretches with under half as many
  // are chance alignments of common words, not worth verifying.
  const enough = Math.max(minVotes, Math.ceil((scored[0]?.votes ?? 0) / 2));
  return scored
    .filter((s) => s.votes >= enough)
    .slice(0, limit)
    .map((s) => s.start);
}

/** The occurrences of a word that could belong to a quote starting in `within`. */
function postingsWithin(
  postings: readonly number[],
  within: { from: number; to: number } | undefined,
  offsetInQuote: number,
  tolerance: number,
): readonly number[] {
  if (!within) return postings;
  const lo = lowerBound(postings, within.from + offsetInQuote - tolerance);
  const hi = lowerBound(postings, within.to + offsetInQuote + tolerance);
  return postings.slice(lo, hi);
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}
