/**
 * Dates written in free text: a document's date field ("before 2026-06-23", "2026 (year assumed
 * from the reporting)") and the dates a clause's quote mentions ("took effect on 13 January 2025",
 * "Mid-2026"). Each is read with how precise it is (day, month, year) and how certain (exact,
 * before, by, after, from, about, early, mid, late, assumed), so a chronology can order it and
 * show its doubt in the text's own terms ("by June 2026" is not "before June 2026").
 *
 * Day dates use the grammar metadata extraction already reads (metadataText's DATE_PATTERN and
 * parseDate), so the app has one reader of "June 23, 2026" and "23 July 2025", not two.
 */
import { DATE_PATTERN, parseDate } from '../metadataText';

export type DatePrecision = 'day' | 'month' | 'year';
/**
 * How certain a date is. 'before' and 'after' exclude the period ("before June 2026": at the
 * latest in May); 'by' (by, until, no later than) and 'from' (since, not before, no earlier than)
 * include it. 'early', 'mid' and 'late' place it within the period; 'about' somewhere near it.
 */
export type DateQualifier = 'exact' | 'before' | 'by' | 'after' | 'from' | 'about' | 'early' | 'mid' | 'late' | 'assumed';

export interface ParsedDate {
  /** yyyy-mm-dd, yyyy-mm or yyyy, by precision. */
  iso: string;
  precision: DatePrecision;
  qualifier: DateQualifier;
  /**
   * What the UI shows: "2026-06-23", "July 2025", "2006", "before 2026-06-23", "by June 2026",
   * "mid-2026", "2026 (assumed)".
   */
  display: string;
  /**
   * Orders dates as strings, at the point of its period the qualifier names: a plain, "about",
   * "early" or assumed date at the period's start ("2025" before "2025-01-13"); "before X" just
   * before X's start; "after X" just after X's end; "by X" just before X's end; "from X" just
   * after its start; "mid-X" at its middle; "late X" just before its end. So "after June 2026"
   * sorts after 2026-06-30 and "mid-2026" after 2026-06-23.
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
// "mid-June 2026" is the one hyphen allowed before a month.
const MONTH_YEAR_RE = new RegExp(`(?<![\\p{L}\\p{N}./§])(?<!(?<![Mm]id)-)${MONTH_WORD} (\\d{4})${AFTER_EDGE}`, 'gu');
const ISO_MONTH_RE = new RegExp(`${BEFORE_EDGE}(\\d{4})-(\\d{2})${AFTER_EDGE}`, 'gu');
// "mid-2026" is the one hyphen allowed before a bare year.
const YEAR_RE = new RegExp(`(?<![\\p{L}\\p{N}./§])(?<!(?<!mid)-)(1[89]\\d\\d|20\\d\\d)${AFTER_EDGE}`, 'giu');

const YEAR_CUE =
  /(?:\b(?:in|of|since|by|before|after|following|than|from|until|till|through|during|around|about|circa|c\.|ca\.|approximately|roughly|early|late|starting|beginning|year|summer|spring|autumn|fall|winter)\s+|\bmid-?\s*)$/i;
const TEXT_START = /^[\s*_"'“([]*$/;

// Inclusive bounds first: "on or before" is "by", not "before".
const BY_CUE = /\b(?:by|until|till|not later than|no later than|on or before|up to)\s+(?:the\s+)?$/i;
const FROM_CUE = /\b(?:since|not before|no earlier than|on or after|starting|beginning)\s+(?:the\s+)?$/i;
const BEFORE_CUE = /\b(?:(?:shortly|just|well|sometime|some time)\s+)?(?:before|prior to)\s+(?:the\s+)?$/i;
const AFTER_CUE = /\b(?:(?:shortly|just|well|sometime|some time)\s+)?(?:after|following)\s+(?:the\s+)?$/i;
const EARLY_CUE = /\b(?:early|(?:the\s+)?(?:beginning|start) of)\s+$/i;
const MID_CUE = /\b(?:mid-?\s*|(?:the\s+)?middle of\s+)$/i;
const LATE_CUE = /\b(?:late|(?:the\s+)?end of)\s+$/i;
const ABOUT_CUE = /\b(?:about|around|circa|c\.|ca\.|approximately|approx\.|roughly)\s+$/i;
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
  if (BY_CUE.test(before)) return 'by';
  if (FROM_CUE.test(before)) return 'from';
  if (BEFORE_CUE.test(before)) return 'before';
  if (AFTER_CUE.test(before)) return 'after';
  if (MID_CUE.test(before)) return 'mid';
  if (EARLY_CUE.test(before)) return 'early';
  if (LATE_CUE.test(before)) return 'late';
  if (ABOUT_CUE.test(before)) return 'about';
  if (ASSUMED_AFTER.test(text.slice(end, end + 80))) return 'assumed';
  return 'exact';
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period's start, middle and end as "yyyy-mm-dd" sort points (00 for "before any day of"). */
function periodPoints(y: string, m: string | undefined, d: string | undefined): { start: string; mid: string; end: string } {
  if (d) return { start: `${y}-${m}-${d}`, mid: `${y}-${m}-${d}`, end: `${y}-${m}-${d}` };
  if (m) return { start: `${y}-${m}-00`, mid: `${y}-${m}-15`, end: `${y}-${m}-${pad2(daysInMonth(Number(y), Number(m)))}` };
  return { start: `${y}-00-00`, mid: `${y}-07-01`, end: `${y}-12-31` };
}

/** Where in its period a qualified date sorts, and on which side of a plain date there (0 before, 2 after). */
const SORT_AT: Record<DateQualifier, { at: 'start' | 'mid' | 'end'; rank: 0 | 1 | 2 }> = {
  exact: { at: 'start', rank: 1 },
  assumed: { at: 'start', rank: 1 },
  about: { at: 'start', rank: 1 },
  early: { at: 'start', rank: 1 },
  before: { at: 'start', rank: 0 },
  from: { at: 'start', rank: 2 },
  mid: { at: 'mid', rank: 1 },
  by: { at: 'end', rank: 0 },
  late: { at: 'end', rank: 0 },
  after: { at: 'end', rank: 2 },
};

function displayOf(plain: string, qualifier: DateQualifier): string {
  if (qualifier === 'exact') return plain;
  if (qualifier === 'assumed') return `${plain} (assumed)`;
  if (qualifier === 'mid') return `mid-${plain}`;
  return `${qualifier} ${plain}`;
}

/**
 * A parsed date from its parts. Invariants: `iso` has exactly the parts `precision` names;
 * `sortKey` is "yyyy-mm-dd r", the point of the period SORT_AT names (00 for a month or day
 * before the first), then r = 0, 1 or 2 for before, at or after that point.
 */
export function makeDate(iso: string, qualifier: DateQualifier): ParsedDate {
  const [y, m, d] = iso.split('-') as [string, string?, string?];
  const precision: DatePrecision = d ? 'day' : m ? 'month' : 'year';
  const plain = precision === 'month' ? `${MONTH_NAMES[Number(m) - 1]} ${y}` : iso;
  const { at, rank } = SORT_AT[qualifier];
  return { iso, precision, qualifier, display: displayOf(plain, qualifier), sortKey: `${periodPoints(y, m, d)[at]} ${rank}` };
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
    const q = only.date.qualifier;
    if (q === 'before' || q === 'by') return { latest: only.date.iso };
    if (q === 'after' || q === 'from' || /\bfrom\s+$/i.test(text.slice(0, only.start))) return { earliest: only.date.iso };
  }
  return { earliest: isos[0]!, latest: isos.at(-1)! };
}
