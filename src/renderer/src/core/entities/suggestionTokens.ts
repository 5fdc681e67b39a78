/**
 * The words of a document's text as entity suggestions see them: one linear pass that cuts the
 * text into word tokens (keeping "U.S.", "GPT-4", "734.13", "2021/821" and initials whole, and
 * splitting a possessive "'s" off), marks the tokens that start a sentence, and classes each line
 * as prose, an all-caps line, a title-case line, or page furniture (running heads, footers, print
 * slugs: see core/cleanQuote.ts), whose words are left out.
 *
 * Invariants: offsets are in the document text (core/documentText.ts); every step is linear in
 * the text's length (each backwards look is bounded by MAX_LOOKBACK characters); no regular expression runs over more than one line or one token.
 */
import { boilerplateLines, isBoilerplateLine } from '../cleanQuote';
import { PAGE_SEPARATOR } from '../documentText';

export type LineKind = 'text' | 'caps' | 'title' | 'furniture';

export interface Token {
  /** The word as printed, without a possessive "'s"; an abbreviation keeps its dot ("U.S.", "Inc."). */
  text: string;
  lower: string;
  start: number;
  /** End of `text` (a possessive "'s" after it is not included). */
  end: number;
  /** Starts with a digit. */
  numeric: boolean;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Two or more letters, none lowercase ("EU", "U.S.", "COURT"). */
  upper: boolean;
  /** Has a lowercase letter. */
  hasLower: boolean;
  /** Ends with a dot that belongs to it (abbreviation or initial), not a full stop. */
  abbrev: boolean;
  possessive: boolean;
  /** First word of a sentence (after a full stop, a colon, a bullet, or at the start of a page). */
  sentenceStart: boolean;
  /** Index into TokenizedText.lines. */
  line: number;
}

export interface LineInfo {
  start: number;
  end: number;
  kind: LineKind;
  /** Much shorter than the document's full lines: it ends a heading, a field or a paragraph, not a wrap. */
  short: boolean;
  /** First or last line of its page, where running heads and footers sit. */
  edge: boolean;
}

export interface TokenizedText {
  tokens: Token[];
  lines: LineInfo[];
}

/** Abbreviations whose dot is not a full stop (lowercase, without the dot). */
const ABBREVIATIONS = new Set(
  'inc co corp ltd no nos sec secs art vol doc docs pub mr mrs ms dr st jr sr hon v vs cf fed reg supp stat cir ct gov dept exec amend para paras op ed eds pp etc al univ assn natl intl'.split(
    ' ',
  ),
);
const DOTTED = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const POSSESSIVE = /['’]s$/;
const BRACKET_LOOKBACK = 80;
const MAX_LOOKBACK = 240;
const TITLE_LOWER = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'by', 'a', 'an', 'or', 'with', 'from', 'v.', 'de', 'vs.', '&']);
const BULLETS = new Set(['•', '\uF0B7', '▪', '◦', '·', '‣', '■', '□']);

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return WORD_CHAR.test(ch);
}
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined) => ch !== undefined && isWordChar(ch) && !isDigit(ch);

/** Whether `ch` at text[i] joins the word before it to the word after it. */
function joins(text: string, i: number): boolean {
  const ch = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (!isWordChar(prev) || !isWordChar(next)) return false;
  switch (ch) {
    case '-':
    case '.':
    case "'":
    case '’':
      return true;
    case '&':
      return isLetter(prev) && isLetter(next);
    case '/':
    case '–':
      return isDigit(prev) && isDigit(next);
    case ':':
      return isDigit(next);
    default:
      return false;
  }
}

/** Index of the last character before `from` that decides whether a sentence starts after it. */
function previousSignificant(text: string, from: number, floor: number): number {
  let i = from;
  // A cap on the walk keeps the pass linear whatever the text (long runs of brackets or spaces).
  const limit = Math.max(floor, from - MAX_LOOKBACK);
  while (i >= floor) {
    if (i < limit) return i;
    const ch = text[i]!;
    if (ch === ']') {
      // "[assumed] Legion ...": look through an editorial bracket to what precedes it.
      let open = i - 1;
      while (open >= floor && i - open <= BRACKET_LOOKBACK && text[open] !== '[') open--;
      if (open >= floor && text[open] === '[') {
        i = open - 1;
        continue;
      }
      return i;
    }
    if (ch === ')' && isListMarker(text, i, floor)) return -1;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || '()"“”‘’\'['.includes(ch)) {
      i--;
      continue;
    }
    return i;
  }
  return -1;
}

/**
 * Whether the ")" at `close` ends a list marker such as "(a)", "(iv)" or "(2)" that opens a line or
 * follows a full stop, colon or semicolon: what comes after it starts a sentence.
 */
function isListMarker(text: string, close: number, floor: number): boolean {
  let open = close - 1;
  while (open >= floor && close - open <= 5 && text[open] !== '(') open--;
  if (open < floor || text[open] !== '(' || !/^[a-zA-Z0-9]{1,4}$/.test(text.slice(open + 1, close))) return false;
  let k = open - 1;
  while (k >= floor && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < floor || '\n\f.:;'.includes(text[k]!);
}

/** Length under which a line is short: 60% of the length most full lines reach (80th percentile). */
function shortLineLimit(text: string): number {
  const lengths: number[] = [];
  let from = 0;
  let page = -1;
  while (from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    // The next page break is looked up again only once passed, so the walk stays linear.
    if (page < from) page = text.indexOf(PAGE_SEPARATOR, from) >>> 0;
    if (page < end) end = page;
    if (end > from) lengths.push(end - from);
    from = end + 1;
  }
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return 0.6 * lengths[Math.floor(lengths.length * 0.8)]!;
}

/** Letters of a word: how many, and whether any is lowercase (ASCII fast path). */
function caseOf(word: string): { letters: number; lower: boolean } {
  let letters = 0;
  let lower = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) {
      letters++;
      lower = true;
    } else if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) {
      const ch = word[k]!;
      if (LOWER.test(ch)) {
        letters++;
        lower = true;
      } else if (LETTER.test(ch)) letters++;
    }
  }
  return { letters, lower };
}

const isUpperInitial = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch);
};

function lineKind(tokens: readonly Token[]): LineKind {
  let words = 0;
  let caps = 0;
  let hasLower = false;
  for (const t of tokens) {
    if (t.numeric) continue;
    words++;
    if (t.hasLower) hasLower = true;
    if (t.cap) caps++;
    else if (!TITLE_LOWER.has(t.lower)) return 'text';
  }
  if (words === 0) return 'text';
  if (!hasLower && tokens.some((t) => t.upper)) return 'caps';
  return caps >= 2 ? 'title' : 'text';
}

/** Tokens and line kinds of one document, given its page texts (see the module comment). */
export function tokenizeDocument(pageTexts: readonly string[]): TokenizedText {
  const text = pageTexts.join(PAGE_SEPARATOR);
  const boilerplate = boilerplateLines(pageTexts);
  const tokens: Token[] = [];
  const lines: TokenizedText['lines'] = [];
  let lineStart = 0;
  let lineTokens: Token[] = [];
  let pageStart = 0;
  const shortLimit = shortLineLimit(text);

  const endLine = (end: number) => {
    const line = text.slice(lineStart, end);
    const kept = isBoilerplateLine(line, boilerplate) ? 'furniture' : lineKind(lineTokens);
    const edge = lineStart === pageStart || end === text.length || text[end] === PAGE_SEPARATOR;
    lines.push({ start: lineStart, end, kind: kept, short: line.trim().length < shortLimit, edge });
    if (kept !== 'furniture') for (const t of lineTokens) tokens.push(t);
    lineTokens = [];
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n' || ch === PAGE_SEPARATOR) {
      endLine(i);
      lineStart = i + 1;
      if (ch === PAGE_SEPARATOR) pageStart = i + 1;
      i++;
      continue;
    }
    if (!isWordChar(ch)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && (isWordChar(text[i]) || joins(text, i))) i++;
    let body = text.slice(start, i);
    // "Louisi-" + "ana": a capitalised word the typesetter broke at the line end is one word.
    if (text[i] === '-' && text[i + 1] === '\n' && isUpperInitial(body[0]!) && LOWER.test(text[i + 2] ?? '')) {
      let k = i + 2;
      while (k < text.length && isWordChar(text[k])) k++;
      body += text.slice(i + 2, k);
      i = k;
    }
    let abbrev = false;
    if (text[i] === '.') {
      const bare = body.toLowerCase();
      if ((body.includes('.') && DOTTED.test(body)) || (body.length === 1 && isUpperInitial(body)) || ABBREVIATIONS.has(bare)) {
        body += '.';
        i++;
        abbrev = true;
      }
    }
    let possessive = false;
    if (body.length > 2 && body[body.length - 1] === 's' && POSSESSIVE.test(body)) {
      body = body.slice(0, -2);
      possessive = true;
    }
    const prevToken = lineTokens[lineTokens.length - 1] ?? tokens[tokens.length - 1];
    const sig = previousSignificant(text, start - 1, pageStart);
    const sigCh = sig >= 0 ? text[sig]! : '';
    const afterAbbrev = prevToken !== undefined && prevToken.abbrev && sig === prevToken.end - 1;
    // The first word after a short line (a heading, a field such as "Date: ...") starts afresh.
    const afterShortLine =
      lineTokens.length === 0 && lines.length > 0 && lines[lines.length - 1]!.short && lines[lines.length - 1]!.kind !== 'furniture';
    const sentenceStart = sig < pageStart || afterShortLine || BULLETS.has(sigCh) || ('.!?:;'.includes(sigCh) && !afterAbbrev);
    const { letters, lower } = caseOf(body);
    lineTokens.push({
      text: body,
      lower: body.toLowerCase(),
      start,
      // A possessive "'s" is not part of the word; a joined line break is.
      end: possessive ? i - 2 : i,
      numeric: isDigit(body[0]),
      cap: isUpperInitial(body[0]!),
      upper: letters >= 2 && !lower,
      hasLower: lower,
      abbrev,
      possessive,
      sentenceStart,
      line: lines.length,
    });
  }
  endLine(text.length);
  return { tokens, lines };
}
