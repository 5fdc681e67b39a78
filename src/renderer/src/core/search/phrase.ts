/**
 * Quoted phrases. The index matches words, not their order, so a page the index returns for
 * "covered model" is only a candidate: the phrase is then looked for in the page's stored text,
 * ignoring case, diacritics, the kind of quote mark and how much whitespace (line ends included)
 * separates its words, and only where it starts and ends on word boundaries. A word broken at a
 * line end ("con-\ntrol") counts as whole, as the index counts it (brokenWords.ts).
 */
import { joinBrokenWords, lineEndJoins } from './brokenWords';
import { foldsAsAscii, isWordChar, wholeWords } from './tokens';

const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"' };

export interface FoldedText {
  folded: string;
  /** folded[i] came from text[map[i]]; map has one more entry, text.length, for end offsets. */
  map: number[];
}

/**
 * `text` in the form phrases are compared in: lower case (final sigma as sigma), no diacritics or
 * soft hyphens, curly quotes straightened, every whitespace run one space. Invariant: map is non-decreasing, so a
 * range of the folded text maps back to a range of `text`.
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let inSpace = false;
  let i = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128 && code > 32) {
      // Plain ASCII (most of the text): lower-cased in place, no Unicode work.
      inSpace = false;
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      map.push(i);
    } else if (/\s/u.test(ch)) {
      if (!inSpace) {
        folded += ' ';
        map.push(i);
      }
      inSpace = true;
    } else if (ch !== '\u00AD') {
      inSpace = false;
      // Final sigma as sigma, as tokens.ts foldTerm has it.
      const out = (QUOTES[ch] ?? ch).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace('ς', 'σ');
      for (let k = 0; k < out.length; k++) map.push(i);
      folded += out;
    }
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** A phrase as it is looked for: folded, trimmed. '' for a phrase with nothing in it. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).folded.trim();
}

/**
 * Where `phrase` occurs in `text`, as [start, end) ranges of `text`, word-bounded at each end
 * that is a word character. Pass `folded` (foldText(text)) when the same text is searched for several phrases;
 * a text with line-end joins is folded afresh in each reading.
 */
export function phraseRanges(text: string, phrase: string, folded?: FoldedText): [number, number][] {
  const needle = foldPhrase(phrase);
  if (!needle) return [];
  const joins = lineEndJoins(text);
  if (joins.length === 0) return rangesOf(text, needle, folded);
  // A word broken at a line end is read as the index reads it, one word ("con-\ntrol" is "control"),
  // and, for a hard hyphen, also as a hyphenated word ("risk-\nbased" is "risk-based", so "risk" stays a word).
  const out: [number, number][] = [];
  for (const keepHyphen of joins.some((j) => j.hyphen) ? [false, true] : [false]) {
    const joined = joinBrokenWords(text, joins, keepHyphen);
    for (const [a, b] of rangesOf(joined.text, needle)) out.push([joined.toOriginal(a), joined.toOriginal(b)]);
  }
  out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return out.filter((r, i) => i === 0 || r[0] !== out[i - 1]![0] || r[1] !== out[i - 1]![1]);
}

/** phraseRanges of a folded needle in a text without line-end joins. */
function rangesOf(text: string, needle: string, folded?: FoldedText): [number, number][] {
  // Fast path: a phrase of plain words in a text that folds by lower-casing alone is a RegExp away.
  if (!folded && /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(needle) && foldsAsAscii(text)) {
    return [...text.matchAll(wholeWords(needle.split(' ').join('\\s+')))].map((m): [number, number] => [m.index, m.index + m[0].length]);
  }
  return foldedRanges(text, needle, folded ?? foldText(text));
}

function foldedRanges(text: string, needle: string, folded: FoldedText): [number, number][] {
  const out: [number, number][] = [];
  const hay = folded.folded;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (isWordChar(needle[0]) && isWordChar(hay[at - 1])) continue;
    if (isWordChar(needle[needle.length - 1]) && isWordChar(hay[end])) continue;
    const startInText = folded.map[at]!;
    // The end maps through the last folded character, so a character folded into several ends after all of them.
    const last = folded.map[end - 1]!;
    const endInText = Math.max(startInText + 1, nextCharStart(text, last));
    out.push([startInText, endInText]);
  }
  return out;
}

function nextCharStart(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff ? at + 2 : at + 1;
}

/** True when every phrase occurs in `text` (see phraseRanges). */
export function containsPhrases(text: string, phrases: readonly string[]): boolean {
  return phrases.every((p) => phraseRanges(text, p).length > 0);
}
