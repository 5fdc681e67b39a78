/**
 * The short excerpt a result shows, with its hits marked: the words the index matched and the
 * phrases asked for, in a window of the text where most of them sit together.
 */
import { joinBrokenWords, lineEndJoins, type LineEndJoin } from './brokenWords';
import { phraseRanges } from './phrase';
import { alternation, foldsAsAscii, wholeWords, wordSpans } from './tokens';

export interface Snippet {
  /** The excerpt, whitespace runs as single spaces, '…' where it was cut. */
  text: string;
  /** Marked ranges of `text`, in order, disjoint. */
  marks: [number, number][];
}

export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface Highlight {
  /** Folded terms to mark wherever a word equals one. */
  terms: ReadonlySet<string>;
  phrases: readonly string[];
}

/** Where the hits are in `text`: [start, end) ranges, sorted and merged. */
export function hitRanges(text: string, highlight: Highlight): [number, number][] {
  const ranges: [number, number][] = [];
  if (highlight.terms.size > 0) {
    ranges.push(...termRanges(text, highlight.terms));
    // A word broken at a line end is also the joined word the index holds ("con-\ntrol" is "control"): marked whole.
    const joins = lineEndJoins(text);
    if (joins.length > 0) {
      const joined = joinBrokenWords(text, joins);
      for (const [a, b] of termRanges(joined.text, highlight.terms)) ranges.push([joined.toOriginal(a), joined.toOriginal(b)]);
    }
  }
  for (const p of highlight.phrases) ranges.push(...phraseRanges(text, p));
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Where words equal to one of `terms` are in `text`. */
function termRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  if (foldsAsAscii(text)) {
    // Fast path: one RegExp over the text instead of cutting every word of it.
    for (const m of text.matchAll(wholeWords(alternation([...terms])))) ranges.push([m.index, m.index + m[0].length]);
  } else for (const w of wordSpans(text)) if (terms.has(w.term)) ranges.push([w.start, w.end]);
  return ranges;
}

/**
 * An excerpt of about `size` characters around the densest cluster of hits (the whole text when
 * shorter), cut at word boundaries. Invariant: each mark covers exactly a hit's characters with
 * whitespace collapsed; with no hits, the excerpt is the start of the text, unmarked.
 */
export function makeSnippet(text: string, highlight: Highlight, size = 220): Snippet {
  const ranges = hitRanges(text, highlight);
  let start = 0;
  if (text.length > size && ranges.length > 0) {
    // The window holding the most hits; it opens a little before its first hit.
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < ranges.length; i++) {
      let count = 0;
      for (let j = i; j < ranges.length && ranges[j]![1] <= ranges[i]![0] + size - 40; j++) count++;
      if (count > bestCount) [best, bestCount] = [i, count];
    }
    start = Math.max(0, Math.min(ranges[best]![0] - 40, text.length - size));
  }
  let end = Math.min(text.length, start + size);
  // Cut at whitespace so no word is split (unless a single word fills the window).
  if (start > 0) {
    const space = text.slice(start, start + 30).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  if (end < text.length) {
    const space = text.slice(end - 30, end).search(/\s\S*$/);
    if (space >= 0) end = end - 30 + space;
  }
  return collapse(text, start, end, ranges, lineEndJoins(text));
}

/**
 * text[start, end) with whitespace runs collapsed, words broken at a line end shown joined (as the
 * index and pdf.js's find read them: "con-\ntrol" shows "control", so the mark is one word and the
 * reader looks for that word), the ranges moved along, '…' at cut ends.
 */
function collapse(text: string, start: number, end: number, ranges: [number, number][], joins: readonly LineEndJoin[]): Snippet {
  let out = start > 0 ? '… ' : '';
  const offsetAt: number[] = [];
  let inSpace = false;
  let next = 0;
  for (let i = start; i < end; i++) {
    offsetAt[i - start] = out.length;
    while (next < joins.length && joins[next]!.end <= i) next++;
    // A join is dropped only with both its letters in the window (a cut end keeps "con-" as it stands).
    const join = joins[next];
    if (join && join.start <= i && join.start > start && join.end < end) continue;
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace && out.length > 0 && !out.endsWith(' ')) out += ' ';
      inSpace = true;
    } else {
      out += ch;
      inSpace = false;
    }
  }
  offsetAt[end - start] = out.length;
  const marks: [number, number][] = [];
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const from = offsetAt[Math.max(a, start) - start]!;
    let to = offsetAt[Math.min(b, end) - start]!;
    while (to > from && out[to - 1] === ' ') to--;
    if (to > from) marks.push([from, to]);
  }
  const trimmed = out.replace(/\s+$/, '');
  return { text: end < text.length ? `${trimmed} …` : trimmed, marks: marks.map(([a, b]) => [a, Math.min(b, trimmed.length)]) };
}

/** The snippet as alternating plain and marked parts, for rendering with <mark>. */
export function snippetParts(snippet: Snippet): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [a, b] of snippet.marks) {
    if (a > at) parts.push({ text: snippet.text.slice(at, a), mark: false });
    parts.push({ text: snippet.text.slice(a, b), mark: true });
    at = b;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false });
  return parts;
}

/** The first marked text of a snippet (what the reader looks for when the hit is opened). */
export function firstMark(snippet: Snippet): string | undefined {
  const m = snippet.marks[0];
  return m ? snippet.text.slice(m[0], m[1]) : undefined;
}
