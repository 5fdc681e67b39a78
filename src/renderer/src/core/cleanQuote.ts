/**
 * The clean quote: what users read, copy and export, derived from the raw extracted text of a range
 * (DESIGN.md, Domain model). Selectors keep the raw text because anchoring matches it; people
 * should never see pleading-paper line numbers, running heads, page footers, print slugs or
 * line-end hyphens in a quotation.
 *
 * What is removed, and nothing else (every other word stays, in order):
 * - whole lines that are page furniture: Federal Register running heads, GPO print slugs
 *   ("VerDate ...", "khammond on DSK...PROD with PRESDOC3", "...</GPH>"), "Page 3 of 17" footers
 *   (alone, or ending a line after a sentence end as the sample case's footer does), PACER stamps
 *   ("Case: 20-1507 Document: ..."), "- 3 -" folios;
 * - whole lines whose key is in the document's boilerplate set (see boilerplateLines);
 * - pleading-paper line numbers: lone numbers 1..32 counting up by one (at least three in a run,
 *   other lines may sit between them, as when pdf.js interleaves the margin with the text);
 * - soft hyphens, zero-width characters; ligatures are expanded ("ﬁ" → "fi");
 * - a line-end hyphen when the word before it is all lowercase letters and the next line starts
 *   with a lowercase letter ("regu-" + "lation" → "regulation"), unless that word is a common
 *   compounding prefix ("self-", "well-", ...); also when a capitalised word is followed by a bare
 *   suffix ("Invest-" + "ment" → "Investment"). Any other line-end hyphen or dash is kept and the
 *   lines are joined without a space ("United States-" + "origin" → "United States-origin").
 *   Known limits: a real compound broken after a lowercase word not in the prefix list
 *   ("risk-" + "based") loses its hyphen, and a capitalised word broken before a fragment that
 *   is not a listed suffix ("Com-" + "merce") keeps it.
 * - whitespace (line breaks and the page separator "\f" included) is folded to single spaces and
 *   the result trimmed.
 *
 * Limits: a line is judged whole, so a raw range that starts or ends mid-line has its partial
 * first/last line judged as if it were the whole line (a partial line "2" would pass for a margin
 * number only inside a run of three). Line numbers that pdf.js glues onto the text of a line
 * ("12 The MDL was ...") cannot be told from the text and are kept.
 */

import { findRepeatedLines, normaliseLine } from './pageFlags';

/** Top and bottom lines of a page where running heads, footers and slugs sit. */
const EDGE_LINES = 3;
/** Pleading paper numbers at most 28 lines (some courts 26 or 32; 32 is allowed for safety). */
const MAX_PLEADING_LINE = 32;
const MIN_PLEADING_RUN = 3;

const FURNITURE: readonly RegExp[] = [
  // Federal Register running heads: "35394 Federal Register / Vol. 90, No. 142 / ..." (either side).
  /^\d{1,6} ?Federal Register \/ Vol\. \d+/,
  /^Federal Register \/ Vol\. \d+.*\d$/,
  // GPO production slugs and graphics tags printed in the margins of FR prints.
  /^VerDate /,
  /^\S+ on [A-Z0-9]+PROD with [A-Z][A-Z0-9-]*$/,
  /<\/GPH>$/,
  /^Jkt \d/,
  // Footers and PACER stamps.
  /^[-–—]? ?Page:? \d+ of \d+ ?[-–—]?$/,
  // A footer that ends a longer line as its own segment ("... sample case. Page 1 of 3"), not prose
  // that happens to end "on page 3 of 17".
  /(?:^|[.|:;–—-] +)Page:? (\d+) of (\d+)$/,
  /^Case:? \S+ +Document:? \S+/,
  /^[-–—] ?\d{1,4} ?[-–—]$/,
];

/**
 * Keys of lines that structure the text (paragraph numbers, subsection letters, section heads)
 * are never boilerplate, even when a short one happens to repeat at page edges.
 */
const STRUCTURAL_KEY = /^(?:\(?[#a-zA-Z]{1,5}[.)]|\([#a-zA-Z]{1,5}\)|§.*|(?:Sec\.|Section|SECTION|SEC\.) ?#.*|(?:COUNT|Count) .*|¶.*)$/;

/** A line's identity for boilerplate: normaliseLine after dropping spaces around digit runs. */
export function boilerplateKey(line: string): string {
  // FR prints set the folio sometimes flush against the head ("35393Federal Register"), sometimes
  // spaced ("35394 Federal Register"); the two must share a key.
  return normaliseLine(line.replace(/\s*(\d+)\s*/g, '$1'));
}

/** Number of leading lines that are a pleading-paper margin "1, 2, 3, ..." (0 when under 5). */
function leadingPleadingRun(lines: readonly string[]): number {
  let run = 0;
  while (run < lines.length && lines[run] === String(run + 1)) run++;
  return run >= 5 ? run : 0;
}

function edgeLines(pageText: string): string[] {
  const lines = pageText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const body = lines.slice(leadingPleadingRun(lines));
  if (body.length <= EDGE_LINES * 2) return body;
  return [...body.slice(0, EDGE_LINES), ...body.slice(-EDGE_LINES)];
}

/**
 * Keys (see boilerplateKey) of the lines that repeat at the top or bottom of most pages: running
 * heads, footers, print slugs, the margin numbers of pleading paper. Computed once per document
 * and passed to cleanQuote.
 *
 * Invariants: pure; uses pageFlags' notion of "repeated" (a line on at least half the pages of a
 * document of three or more pages, digits generalised), restricted to the EDGE_LINES first and
 * last lines of each page so body text that recurs ("(Report.)") is not taken; a two-page
 * document counts a line found at the edges of both pages; one-page documents have none. Keys of
 * structural lines ("42.", "(a)", "Sec. 3.", "COUNT I") are never included.
 */
export function boilerplateLines(pageTexts: readonly string[]): Set<string> {
  const edges = pageTexts.map(edgeLines);
  let keys: Set<string>;
  if (pageTexts.length === 2) {
    const [first, second] = edges.map((lines) => new Set(lines.map(boilerplateKey)));
    keys = new Set([...(first ?? [])].filter((k) => second?.has(k)));
  } else {
    keys = findRepeatedLines(edges.map((lines) => lines.map((l) => l.replace(/\s*(\d+)\s*/g, '$1')).join('\n')));
  }
  for (const key of keys) if (!key || STRUCTURAL_KEY.test(key)) keys.delete(key);
  return keys;
}

/** Whether a whole line is page furniture (see the module comment) or in the boilerplate set. */
export function isBoilerplateLine(line: string, boilerplate: ReadonlySet<string> = EMPTY): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text) return false;
  for (const re of FURNITURE) {
    const m = re.exec(text);
    if (!m) continue;
    // "Page 5 of 3" is not a footer; "... Page 3 of 17" is.
    if (m[1] !== undefined && m[2] !== undefined && Number(m[1]) > Number(m[2])) continue;
    return true;
  }
  return boilerplate.size > 0 && boilerplate.has(boilerplateKey(text));
}

const EMPTY: ReadonlySet<string> = new Set();

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const LIGATURE_RE = /[\uFB00-\uFB06]/g;
// Alternation, not a character class: a class holding the zero-width joiner reads as one glyph.
const INVISIBLE_RE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

/**
 * Lowercase words after which a line-end hyphen is a real hyphen ("self-executing"). Short on
 * purpose: each entry is a prefix that, in legal English, is almost always hyphenated.
 */
const HYPHENATED_PREFIXES = new Set(['self', 'well', 'ex', 'quasi', 'cross', 'half', 'all']);
/**
 * Word endings that are never words of their own: a capitalised word hyphenated before one of
 * them was broken by the typesetter ("Invest-ment", "Busi-ness"), whereas "States-origin" keeps
 * its hyphen.
 */
const SUFFIXES = new Set(
  'ment ments tion tions sion sions ing ings ity ities ance ances ence ences ness able ible ated ation ations ical ally ure ures ive ives ants ents ary ory ism ist ists ized ised ship ships'.split(
    ' ',
  ),
);

/** Marks lone margin numbers 1..MAX counting up by one, three or more, as dropped. */
function dropPleadingNumbers(lines: readonly string[], keep: boolean[]): void {
  let chain: number[] = [];
  let last = 0;
  const flush = () => {
    if (chain.length >= MIN_PLEADING_RUN) for (const i of chain) keep[i] = false;
    chain = [];
  };
  lines.forEach((line, i) => {
    if (!keep[i]) return;
    const m = /^\s*(\d{1,2})\s*$/.exec(line);
    if (!m) return;
    const value = Number(m[1]);
    if (value < 1 || value > MAX_PLEADING_LINE) return;
    if (chain.length > 0 && value === last + 1) chain.push(i);
    else {
      flush();
      chain = [i];
    }
    last = value;
  });
  flush();
}

/**
 * The clean quote of a raw range of document text (see the module comment for what is removed).
 *
 * Invariants: pure; the result has no "\n", "\f", soft hyphen or run of spaces, and no leading or
 * trailing space; the document's words that remain appear in their original order, and only the
 * boilerplate categories above are dropped; an empty or all-boilerplate range gives ""; linear in
 * the length of the range.
 */
export function cleanQuote(raw: string, boilerplate: ReadonlySet<string> = EMPTY): string {
  const lines = raw.split(/\n|\f/);
  const keep = lines.map((line) => !isBoilerplateLine(line, boilerplate));
  dropPleadingNumbers(lines, keep);

  // Lines are joined pairwise: only the end of the previous line decides how (and testing the end
  // of one growing string would make long ranges quadratic).
  const parts: string[] = [];
  let last = '';
  let softBreak = false;
  lines.forEach((line, i) => {
    if (!keep[i]) return;
    const endsSoft = /\u00AD\s*$/.test(line);
    const text = line
      .replace(INVISIBLE_RE, '')
      .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
      .replace(/\s+/g, ' ')
      .trim();
    if (!text) return;
    const joined = last ? joinLines(last, text, softBreak) : text;
    if (joined === undefined) {
      parts.push(last);
      last = text;
    } else last = joined;
    softBreak = endsSoft;
  });
  if (last) parts.push(last);
  return parts.join(' ');
}

/**
 * The previous line and the next one as one word-joined string when a line-end hyphen or dash
 * binds them; undefined when they are separate words (joined by a space).
 */
function joinLines(out: string, next: string, softBreak: boolean): string | undefined {
  if (softBreak) return out + next;
  const tail = out.slice(-80);
  const hyphen = /(^|[^\p{L}])(\p{L}+)[-\u2010]$/u.exec(tail);
  if (hyphen && /^\p{Ll}/u.test(next)) {
    const word = hyphen[2] as string;
    if (/^\p{Ll}+$/u.test(word) && !HYPHENATED_PREFIXES.has(word)) return out.slice(0, -1) + next;
    // A capitalised word broken before a bare suffix ("Invest-" + "ment and Innovation").
    const rest = /^\p{Ll}+/u.exec(next)?.[0] ?? '';
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && SUFFIXES.has(rest)) return out.slice(0, -1) + next;
  }
  // Any other dash ending a word ("States-", "2025–", "means—") joins without a space.
  if (/\S[-\u2010\u2011\u2013\u2014]$/.test(tail)) return out + next;
  return undefined;
}
