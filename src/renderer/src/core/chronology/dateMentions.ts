/**
 * Dates written in free text: a document's date field ("before 2026-06-23", "2026 (year assumed
 * from the reporting)") and the dates a clause's quote mentions ("took effect on 13 January 2025",
 * "Mid-2026"). Each is read with how precise it is (day, month, year) and how certain (exact,
 * before, after, about, assumed), so a chronology can order it and show its doubt.
 *
 * Day dates use the grammar metadata extraction already reads (metadataText's DATE_PATTERN and
 * parseDate), so the app has one reader of "June 23, 2026" and "23 July 2025", not two.
 */
import { DATE_PATTERN, parseDate } from '../metadataText';

export type DatePrecision = 'day' | 'month' | 'year';
export type DateQualifier = 'exact' | 'before' | 'after' | 'about' | 'assumed';

export interface ParsedDate {
  /** yyyy-mm-dd, yyyy-mm or yyyy, by precision. */
  iso: string;
  precision: DatePrecision;
  qualifier: DateQualifier;
  /** What the UI shows: "2026-06-23", "July 2025", "2006", "before 2026-06-23", "2026 (assumed)". */
  display: string;
  /**
   * Orders dates as strings: by the start of the period ("2025" before "2025-01-13"), and at the
   * same point "before" first and "after" last, so "before 2026-06-23" sorts just before 2026-06-23.
   */
  sortKey: string;
}

export interface DateMention {
  /** Offsets of the date itself in the text read (qualifier words are not included). */
  start: number;
  end: number;
  date: ParsedDate;
}

export interface MentionOptions {
  /**
   * Which bare years ("2006") count: 'all' for a date field, where a year is all a date may say;
   * 'cued' (the default) for running text, where a four-digit number is a date only after a word
   * such as "in", "of", "since", "mid-", at the very start, or alone in parentheses, so "Export
   * Control Order 2008" and "Act 2010" are names, not events.
   */
  bareYears?: 'all' | 'cued';
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Case-sensitive on purpose: "may 2025" in running text is more likely a verb than a month.
const MONTH_WORD =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
// No letter, digit or number punctuation either side: "734.13", "2021/821", "2025-00636", "FY2026".
const BEFORE_EDGE = '(?<![\\p{L}\\p{N}./§-])';
const AFTER_EDGE = '(?![\\p{L}\\p{N}]|[-/.,:]\\p{N})';

const DAY_RE = new RegExp(`${BEFORE_EDGE}(?:${DATE_PATTERN})`, 'giu');
const MONTH_YEAR_RE = new RegExp(`${BEFORE_EDGE}${MONTH_WORD} (\\d{4})${AFTER_EDGE}`, 'gu');
const ISO_MONTH_RE = new RegExp(`${BEFORE_EDGE}(\\d{4})-(\\d{2})${AFTER_EDGE}`, 'gu');
// "mid-2026" is the one hyphen allowed before a bare year.
const YEAR_RE = new RegExp(`(?<![\\p{L}\\p{N}./§])(?<!(?<!mid)-)(1[89]\\d\\d|20\\d\\d)${AFTER_EDGE}`, 'giu');

const YEAR_CUE =
  /(?:\b(?:in|of|since|by|before|after|from|until|till|through|during|around|about|circa|c\.|ca\.|early|late|year|summer|spring|autumn|fall|winter|end of|beginning of)\s+|\bmid-?\s*)$/i;
const TEXT_START = /^[\s*_"'“([]*$/;

const BEFORE_CUE =
  /(?:\b(?:(?:shortly|just|well|sometime|some time|on or)\s+)?(?:before|prior to)|\b(?:by|until|till|not later than|no later than))\s+(?:the\s+)?$/i;
const AFTER_CUE =
  /(?:\b(?:(?:shortly|just|well|sometime|some time|on or)\s+)?(?:after|since|following)|\b(?:not before|no earlier than))\s+(?:the\s+)?$/i;
const ABOUT_CUE = /(?:\b(?:about|around|circa|c\.|ca\.|approximately|approx\.|roughly|early|late|in early|in late)\s+|\bmid-?\s*)$/i;
const ASSUMED_AFTER = /^\s*[([][^)\]]{0,60}?\bassumed\b/i;

const pad2 = (n: number) => String(n).padStart(2, '0');

function validMonth(m: number): boolean {
  return m >= 1 && m <= 12;
}

function monthFromWord(word: string): number {
  const key = word.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

/** What the date's own words say about its certainty, from the text just before and after it. */
function qualifierAt(text: string, start: number, end: number): DateQualifier {
  const before = text.slice(Math.max(0, start - 40), start);
  if (BEFORE_CUE.test(before)) return 'before';
  if (AFTER_CUE.test(before)) return 'after';
  if (ABOUT_CUE.test(before)) return 'about';
  if (ASSUMED_AFTER.test(text.slice(end, end + 80))) return 'assumed';
  return 'exact';
}

/**
 * A parsed date from its parts. Invariant: `iso` has exactly the parts `precision` names, and
 * `sortKey` is "yyyy-mm-dd r" with 00 for a missing month or day and r = 0 before, 1, 2 after.
 */
export function makeDate(iso: string, qualifier: DateQualifier): ParsedDate {
  const [y, m, d] = iso.split('-');
  const precision: DatePrecision = d ? 'day' : m ? 'month' : 'year';
  const plain = precision === 'month' ? `${MONTH_NAMES[Number(m) - 1]} ${y}` : iso;
  const display = qualifier === 'exact' ? plain : qualifier === 'assumed' ? `${plain} (assumed)` : `${qualifier} ${plain}`;
  const rank = qualifier === 'before' ? 0 : qualifier === 'after' ? 2 : 1;
  return { iso, precision, qualifier, display, sortKey: `${y}-${m ?? '00'}-${d ?? '00'} ${rank}` };
}

interface Candidate {
  start: number;
  end: number;
  iso: string;
}

function candidates(text: string, bareYears: 'all' | 'cued'): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(DAY_RE)) {
    const iso = parseDate(m[0]);
    if (iso) found.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  for (const m of text.matchAll(MONTH_YEAR_RE)) {
    const month = monthFromWord(m[1]!);
    if (month) found.push({ start: m.index, end: m.index + m[0].length, iso: `${m[2]}-${pad2(month)}` });
  }
  for (const m of text.matchAll(ISO_MONTH_RE)) {
    if (validMonth(Number(m[2]))) found.push({ start: m.index, end: m.index + m[0].length, iso: `${m[1]}-${m[2]}` });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const end = m.index + m[0].length;
    const alone = text[m.index - 1] === '(' && text[end] === ')';
    const cued = bareYears === 'all' || YEAR_CUE.test(before) || TEXT_START.test(text.slice(0, m.index)) || alone;
    if (cued) found.push({ start: m.index, end, iso: m[0] });
  }
  return found;
}

/**
 * Every date written in `text`, in text order. Invariants: mentions never overlap (where two
 * readings overlap the one starting first, then the longer, wins: "23 July 2025" is one day, not
 * also "July 2025"); impossible dates ("February 30, 2025", "2025-13") are not mentions; section
 * numbers, CFR and regulation cites ("734.13", "2021/821", "FR Doc. 2025-00636") and exponents
 * ("10^26") are not dates.
 */
export function findDateMentions(text: string, options: MentionOptions = {}): DateMention[] {
  const sorted = candidates(text, options.bareYears ?? 'cued').sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  let reach = 0;
  for (const c of sorted) {
    if (c.start < reach) continue;
    reach = c.end;
    out.push({ start: c.start, end: c.end, date: makeDate(c.iso, qualifierAt(text, c.start, c.end)) });
  }
  return out;
}

const NO_DATE = /^(?:|undated|n\.?\s?d\.?|unknown|not dated|date not (?:reported|known|given))$/i;

/**
 * A date field read as one date: the first date it writes, with its qualifier. Undefined for
 * "undated", "" and text without a date. Any bare year counts here ("2026 (year assumed from the
 * reporting)" is the year 2026, assumed).
 */
export function parseDateExpression(text: string): ParsedDate | undefined {
  const trimmed = text.trim();
  if (NO_DATE.test(trimmed)) return undefined;
  return findDateMentions(trimmed, { bareYears: 'all' })[0]?.date;
}

/**
 * The earliest and latest a date field allows, as yyyy[-mm[-dd]] strings (a side left out is
 * open); undefined when it writes no date. One date after "before"/"by"/"until" bounds the latest
 * only, after "after"/"since"/"from" the earliest only; two or more dates ("from 2025-03 to
 * 2025-05") bound both sides. Search's date filters read document dates through this.
 */
export function dateSpan(text: string): { earliest?: string; latest?: string } | undefined {
  const mentions = findDateMentions(text, { bareYears: 'all' });
  if (mentions.length === 0) return undefined;
  const isos = mentions.map((m) => m.date.iso).sort();
  if (mentions.length === 1) {
    const only = mentions[0]!;
    if (only.date.qualifier === 'before') return { latest: only.date.iso };
    if (only.date.qualifier === 'after' || /\bfrom\s+$/i.test(text.slice(0, only.start))) return { earliest: only.date.iso };
  }
  return { earliest: isos[0]!, latest: isos.at(-1)! };
}
