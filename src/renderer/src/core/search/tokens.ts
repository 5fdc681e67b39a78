/**
 * What a word is for search, in one place: the index, the query parser, phrase checks and
 * snippet highlights all cut text into the same words, so what the index matched is what the
 * snippet marks and what a plain scan would find.
 *
 * A word is a run of letters, digits and combining marks; everything else (spaces, punctuation,
 * symbols such as § or $) separates words. Chinese and Japanese script, written without spaces,
 * is cut into single characters (so "契約" is found inside "本契約の条項", as a scan finds it).
 * Terms are compared folded: lower case, without diacritics, compatibility forms expanded (the
 * ligature "ﬁ" is "fi"), Greek final sigma as sigma (upper-case "ΝΟΜΟΣ" and "νομος" are one word).
 */
import { JOINER_SOURCE } from './brokenWords';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Han, Hiragana and Katakana: each character is a word of its own (see above). */
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** Pieces of a word holding CJK: each CJK character (with its marks), and each run of anything else. */
const CJK_PIECES = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]\p{M}*|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;
/** A word broken at a line end by a hyphen (or a soft hyphen anywhere): "con-\ntrol" (brokenWords.ts). */
const BROKEN_WORD = new RegExp(String.raw`(\p{L}+)${JOINER_SOURCE}(\p{L}+)`, 'gu');

/** The folded form of one term; '' when nothing searchable is left. */
export function foldTerm(term: string): string {
  // Most words of legal text are plain ASCII: lower case is all they need (and far cheaper).
  if (ASCII.test(term)) return term.toLowerCase();
  // toLowerCase gives a final 'ς' only at a word's end: as 'σ', the word folds as phrase.ts folds it letter by letter.
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/g, 'σ');
}
/** A word (letters and digits only, tokens.ts WORD) all in ASCII. */
const ASCII = /^[A-Za-z0-9]*$/;

export interface WordSpan {
  /** Offsets in the text the span was cut from (end exclusive). */
  start: number;
  end: number;
  term: string;
}

/** Every word of `text` with its place. Invariant: spans are in order, disjoint and non-empty. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    // Plain ASCII (most words): lower case is the whole fold (foldTerm's first test, made once here).
    if (ASCII.test(word)) spans.push({ start: m.index, end: m.index + word.length, term: word.toLowerCase() });
    else if (CJK_CHAR.test(word)) for (const piece of word.matchAll(CJK_PIECES)) pushSpan(spans, piece[0], m.index + piece.index);
    else pushSpan(spans, word, m.index);
  }
  return spans;
}

function pushSpan(spans: WordSpan[], word: string, start: number): void {
  const term = foldTerm(word);
  if (term) spans.push({ start, end: start + word.length, term });
}

/**
 * The terms the index holds for `text`: every word, plus each word broken at a line end joined
 * again ("con-\ntrol" also gives "control"; "export-\ncontrol" also gives "exportcontrol", which
 * costs nothing), so a hyphenated line end does not hide a word.
 */
export function indexTerms(text: string): string[] {
  const terms = spansOf(text).map((s) => s.term);
  for (const m of text.matchAll(BROKEN_WORD)) terms.push(foldTerm(`${m[1]}${m[2]}`));
  return terms;
}

/**
 * Word pairs, the index's answer to quoted phrases: the index has no word positions, so a page
 * holding "covered" and "model" apart would be a candidate for "covered model" and need its text
 * read. A pair term holds two words that follow each other (whatever separates them), marked with
 * a leading '_' (no word holds one) so it can never be taken for a word. A page holding a phrase
 * holds each pair of its words: pairs are also taken with broken words joined (as indexTerms joins
 * them), and phrases' pairs come from their folded form (phrase.ts). A superset, never a miss.
 */
export const PAIR_MARK = '_';

/** The pair terms of `text` (see PAIR_MARK). */
export function wordPairs(text: string): string[] {
  const pairs = pairsOf(spansOf(text).map((s) => s.term));
  BROKEN_WORD.lastIndex = 0;
  if (BROKEN_WORD.test(text)) pairs.push(...pairsOf(wordSpans(text.replace(BROKEN_WORD, '$1$2')).map((s) => s.term)));
  return pairs;
}

/** The pair terms of a sequence of folded words. */
export function pairsOf(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < terms.length; i++) out.push(`${PAIR_MARK}${terms[i - 1]} ${terms[i]}`);
  return out;
}

/** wordSpans of the text cut last: the index cuts each page text twice (its words, then its pairs). */
let lastCut: { text: string; spans: WordSpan[] } | undefined;
function spansOf(text: string): WordSpan[] {
  if (lastCut?.text !== text) lastCut = { text, spans: wordSpans(text) };
  return lastCut.spans;
}

/** True for a letter or digit that joins its neighbours into a word: what a word-bounded match must not touch (a CJK character stands alone). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch) && !CJK_CHAR.test(ch);
}

/**
 * Where a case-insensitive RegExp and folding may disagree: a soft hyphen, or any character beyond
 * printable ASCII and whitespace other than Latin-1 punctuation and symbols (§, ¶, ©, ×, ÷) and General
 * Punctuation (dashes, curly quotes, bullets), none of which is part of a word. Latin-1's letters and
 * digits are left out of the plain set: ª º µ ² ³ ¹ ¼ ½ ¾ are parts of words that fold to other
 * letters ("nº" is the word "no"). A plain character class, so the check of a page costs about as
 * little as a scan can.
 */
const NON_ASCII_LETTER = /[\u00AD]|[^\t\n\v\f\r -~\u00A0-\u00A9\u00AB\u00AC\u00AE-\u00B1\u00B4\u00B6-\u00B8\u00BB\u00BF\u00D7\u00F7\u2000-\u206F]/;

/**
 * True when every word of `text` folds by lower-casing alone (no accented letters, ligatures or
 * soft hyphens), so a case-insensitive RegExp finds exactly the words folding would: the fast path
 * of highlighting and phrase checks.
 */
export function foldsAsAscii(text: string): boolean {
  return !NON_ASCII_LETTER.test(text);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A RegExp finding `body` (a RegExp source) as whole words, case-insensitively, everywhere ('g'). */
export function wholeWords(body: string): RegExp {
  let re = compiled.get(body);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${body})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
    // A query checks thousands of pages with the same few patterns: compile each once.
    if (compiled.size >= 64) compiled.clear();
    compiled.set(body, re);
  }
  re.lastIndex = 0;
  return re;
}
const compiled = new Map<string, RegExp>();

/** The source of an alternation of literal terms, longest first. */
export function alternation(terms: readonly string[]): string {
  return [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

export { escapeRegExp };
