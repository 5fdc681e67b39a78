/**
 * Approximate places of a quote, found with approx-string-match (Myers' bit-parallel algorithm)
 * on the normalised text: where the quote's words line up near the expected place, across the
 * whole window there, then where its words line up anywhere (wordIndex.likelyStarts).
 */
import search from 'approx-string-match';
import type { AnchorIndex } from './anchorIndex';
import { normalisedOffset, rawRange } from './normalizeText';
import { maxErrorsFor, measure, type Placement } from './placement';
import type { PreparedQuote } from './preparedQuote';
import { snapToBoundaries } from './wordBoundaries';
import { likelyStarts } from './wordIndex';

/** How many stretches of the whole document one quote may verify. */
const MAX_REGIONS = 8;
/** Characters of the window searched at a time (see fuzzyNear). */
const NEAR_STRETCH = 2048;

/** Best approximate matches of quote.core within normalised [from, to), measured. */
function matchesIn(index: AnchorIndex, quote: PreparedQuote, from: number, to: number, maxErrors: number): Placement[] {
  const text = index.norm.text.slice(from, to);
  const seen = new Set<string>();
  const out: Placement[] = [];
  for (const m of search(text, quote.core, maxErrors)) {
    // The matcher happily stops inside a word; the quote's own word boundaries say it may not.
    const snapped = snapToBoundaries(index.norm.text, from + m.start, from + m.end, quote.bounds);
    const errors = m.errors + snapped.extra;
    const { start: normStart, end: normEnd } = snapped;
    const key = `${normStart}:${normEnd}`;
    if (seen.has(key) || normEnd <= normStart || errors > maxErrors) continue;
    seen.add(key);
    out.push(measure(index, quote, { normStart, normEnd, ...rawRange(index.norm, normStart, normEnd), errors }));
  }
  return out;
}

/**
 * Approximate matches (and exact ones: zero errors) of the quote within raw [rawFrom, rawTo),
 * for a place already known to within a few hundred characters (drift.ts). Invariant: each
 * candidate has errors ≤ maxErrorsFor(core length) and lies within the range.
 */
export function matchesAround(index: AnchorIndex, quote: PreparedQuote, rawFrom: number, rawTo: number): Placement[] {
  const from = normalisedOffset(index.norm, Math.max(0, rawFrom));
  const to = normalisedOffset(index.norm, Math.min(index.docText.length, rawTo));
  return matchesIn(index, quote, from, to, maxErrorsFor(quote.core.length));
}

/**
 * Fuzzy candidates in the window around the expected place, by scanning all of it.
 * approx-string-match reports only the matches with the fewest errors in the text it is given,
 * so one close look-alike would hide the real (more edited) place; the window is searched in
 * overlapping stretches so each stretch offers its own best. Invariant: each candidate has
 * errors ≤ maxErrorsFor(core length) and lies within the window.
 */
export function fuzzyNear(index: AnchorIndex, quote: PreparedQuote): Placement[] {
  const from = normalisedOffset(index.norm, quote.window.from);
  const to = normalisedOffset(index.norm, quote.window.to);
  const m = quote.core.length;
  const maxErrors = maxErrorsFor(m);
  if (to - from < m - maxErrors) return [];
  // Stretches of a few quote lengths, overlapping by a quote length plus its errors, so every
  // match lies wholly inside at least one of them.
  const overlap = m + maxErrors;
  const size = Math.max(4 * m, NEAR_STRETCH) + overlap;
  const out: Placement[] = [];
  for (let at = from; at < to; at += size - overlap) {
    out.push(...matchesIn(index, quote, at, Math.min(to, at + size), maxErrors));
    if (at + size >= to) break;
  }
  return out;
}

/**
 * Fuzzy candidates where the quote's distinctive words line up (wordIndex.likelyStarts): in the
 * window around the expected place when `nearOnly`, else anywhere in the document. A filter
 * that costs a few look-ups instead of a scan; a place whose words were nearly all changed is
 * not offered (and would rarely pass the quote-similarity threshold anyway).
 */
export function fuzzyByWords(index: AnchorIndex, quote: PreparedQuote, nearOnly: boolean): Placement[] {
  const maxErrors = maxErrorsFor(quote.core.length);
  const margin = maxErrors + Math.max(16, maxErrors) + 8;
  const within = nearOnly ? { from: normalisedOffset(index.norm, quote.window.from), to: normalisedOffset(index.norm, quote.window.to) } : undefined;
  const regions = likelyStarts(index.words, quote.core, maxErrors, MAX_REGIONS, within)
    .map((s) => [Math.max(0, s - margin), Math.min(index.norm.text.length, s + quote.core.length + 2 * margin)] as const)
    .sort((a, b) => a[0] - b[0]);
  // Merge overlapping stretches so no place is verified (and offered) twice.
  const merged: [number, number][] = [];
  for (const [from, to] of regions) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged.flatMap(([from, to]) => matchesIn(index, quote, from, to, maxErrors));
}
