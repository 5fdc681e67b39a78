/**
 * The structural numbers a legal text prints, found in the raw document text (core/documentText.ts):
 * executive-order and statute sections ("Sec. 3.") with their subsections ("(b)", "(b)(i)"), CFR
 * sections ("§ 734.13") with their paragraphs ("(a)(2)"), numbered paragraphs of complaints,
 * letters and orders ("42.") with their items, and complaint counts ("COUNT I") and prayers.
 * suggestLabel names the unit an offset falls in; segmentation turns the marks into ranges.
 *
 * How marks are recognised (each rule keeps prose from passing for structure):
 * - only at the start of a line, except a first subsection that follows a heading or a sentence
 *   on the same line ("Sec. 3. Establishment of the Program. (a) Within 90 days");
 * - sections count up; numbered paragraphs start at 1 and go up by one (a gap of one is forgiven,
 *   for a number extraction lost); so "90 FR" or a year at a line start is never a paragraph;
 * - a subsection marker must continue a level ((b) after (a), (ii) after (i)) or open a new one
 *   at its first value ((a), (1), (i), (A)), and the line before it must end a clause (".", ":",
 *   ";", "]", ")", a dash, "and", "or"), so a reference wrapped onto a new line ("section 708\n(c)(3)
 *   of CABDA") is not a subsection. Page furniture and margin numbers between are skipped.
 * - "(i)" after "(h)" is the letter i, otherwise the roman numeral (the usual drafting rule).
 *
 * Known limits: levels below (A) (CFR's italic (1) and (i)) are not told apart from (1) and (i);
 * counts titled "FIRST CLAIM FOR RELIEF" are not recognised; a section heading that wraps onto a
 * second line is cut at the line end.
 */
import { boilerplateLines, isBoilerplateLine } from './cleanQuote';
import { PAGE_SEPARATOR } from './documentText';
import { romanValue } from './printedPages';
import type { DocumentKind } from './types';

export type MarkUnit = 'section' | 'subsection' | 'paragraph' | 'count' | 'prayer';

export interface StructureMark {
  /** Offset in the document text of the number's first character ("S" of "Sec.", "(" of "(b)"). */
  start: number;
  /** The label of the unit that begins here: "Sec. 3(b)(i)", "§ 734.13(a)(2)", "¶ 42", "Count I". */
  label: string;
  /** 0 for sections, counts and prayers; 1 for numbered paragraphs; one more per subsection level. */
  depth: number;
  unit: MarkUnit;
  /** A section's printed heading without its number ("Definitions"), when it has one. */
  heading?: string;
}

export interface DocumentStructure {
  /** In document order (ascending start). */
  marks: StructureMark[];
  /**
   * Where the numbered body ends: the start of a signature or closing block after the last mark
   * ("THE WHITE HOUSE,", "Dated:", "Sincerely,"), else the document's length.
   */
  bodyEnd: number;
}

type Family = 'section' | 'cfr' | 'paragraph';

const FAMILIES: Record<DocumentKind, Family[]> = {
  'executive-order': ['section'],
  regulation: ['cfr', 'section'],
  statute: ['section', 'cfr'],
  complaint: ['paragraph'],
  filing: ['paragraph'],
  'agency-letter': ['paragraph'],
  'court-order': ['paragraph'],
  statement: ['section', 'cfr', 'paragraph'],
  article: ['section', 'cfr', 'paragraph'],
  other: ['section', 'cfr', 'paragraph'],
};

const SECTION = /^(?:Section|SECTION|Sec\.|SEC\.)\s*(\d{1,3})([A-Za-z]?)\.(?=\s|$)/;
const CFR_SECTION = /^§\s*(\d{1,3}\.\d{1,4}[a-z]?(?:-\d+)?)(?=\s+[A-Z])/;
const PARAGRAPH = /^(\d{1,3})\.(?=\s|$)/;
const COUNT = /^(?:COUNT|Count)\s+([IVXLC]+|\d{1,2}|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN)\b(?=\s*(?:$|[:.\-–—[(]|[A-Z]))/;
const PRAYER = /^(?:PRAYER FOR RELIEF|Prayer for Relief|REQUEST FOR RELIEF|RELIEF REQUESTED|Relief Requested)\b/;
const WHEREFORE = /^WHEREFORE\b/;
const MARKER = /^\(([^()\s]{1,6})\)/;
/** A first subsection on the same line as its heading or after a sentence: ". (a) Within". */
const INLINE_MARKER = /(?<=[.:\]]\s+)\(([^()\s]{1,6})\)(?=\s)/g;
const LONE_NUMBER = /^\d{1,2}$/;
const ENDS_CLAUSE = /(?:[.:;\])"”’—–]|\b(?:and|or))$/;
/** Lines that open a signature or closing block; they end the body only after a finished sentence. */
const CLOSING =
  /^(?:THE WHITE HOUSE|\[FR Doc\.|Billing code|Dated:|DATED:|Respectfully submitted|Sincerely|Very truly yours|Yours (?:truly|sincerely|faithfully)|\/s\/|IT IS SO ORDERED|SO ORDERED|Executive Office of the President|Office of the [A-Z][\w ]*,|Counsel for |Attorneys? for )/;

interface Line {
  start: number;
  text: string;
}

/** Lines of the document text with their offsets; "\n" and the page separator both end a line. */
function splitLines(doc: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= doc.length; i++) {
    const c = doc[i];
    if (i === doc.length || c === '\n' || c === PAGE_SEPARATOR) {
      out.push({ start, text: doc.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

type Style = 'lower' | 'upper' | 'roman' | 'digit';
interface Reading {
  style: Style;
  value: number;
}
interface Level extends Reading {
  token: string;
}

/** What a marker token can be: "i" is both the letter i (9) and the roman numeral 1. */
function readings(token: string): Reading[] {
  const out: Reading[] = [];
  if (/^\d{1,3}$/.test(token)) out.push({ style: 'digit', value: Number(token) });
  // After (z) drafters double the letter: (aa), (bb).
  if (/^([a-z])\1*$/.test(token)) out.push({ style: 'lower', value: (token.length - 1) * 26 + token.charCodeAt(0) - 96 });
  if (/^[ivxlc]+$/.test(token)) {
    const v = romanValue(token);
    if (v !== undefined) out.push({ style: 'roman', value: v });
  }
  if (/^([A-Z])\1*$/.test(token)) out.push({ style: 'upper', value: (token.length - 1) * 26 + token.charCodeAt(0) - 64 });
  return out;
}

/** The open subsection levels under one section or paragraph. */
class Outline {
  levels: Level[] = [];

  /** Takes a marker if it continues a level or opens a new one; false (unchanged) otherwise. */
  accept(token: string, onlyNewLevel = false): boolean {
    const rs = readings(token);
    if (!onlyNewLevel) {
      // Deepest level first: "(ii)" after "(i)" continues the roman level before anything else.
      for (let k = this.levels.length - 1; k >= 0; k--) {
        const level = this.levels[k] as Level;
        const r = rs.find((x) => x.style === level.style && x.value === level.value + 1);
        if (r) {
          this.levels.length = k;
          this.levels.push({ ...r, token });
          return true;
        }
      }
    }
    const first = rs.find((x) => x.value === 1 && !this.levels.some((l) => l.style === x.style));
    if (!first) return false;
    this.levels.push({ ...first, token });
    return true;
  }

  suffix(): string {
    return this.levels.map((l) => `(${l.token})`).join('');
  }
}

function titleCase(word: string): string {
  return /^[A-Z]{3,}$/.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

function headingAfter(rest: string): string | undefined {
  const m = /^\s*([^.[\]]{1,120}?)\./.exec(rest);
  const heading = (m?.[1] ?? rest).trim();
  return heading || undefined;
}

function parseFamily(lines: readonly Line[], family: Family, boilerplate: ReadonlySet<string>): StructureMark[] {
  const marks: StructureMark[] = [];
  let base: { label: string; depth: number } | undefined;
  let outline = new Outline();
  let lastSection = 0;
  let lastParagraph = 0;
  let prev: string | undefined;

  const subsection = (token: string, start: number, onlyNewLevel: boolean): boolean => {
    if (!base || !outline.accept(token, onlyNewLevel)) return false;
    marks.push({ start, label: base.label + outline.suffix(), depth: base.depth + outline.levels.length, unit: 'subsection' });
    return true;
  };
  const inlineMarkers = (text: string, from: number, at: number) => {
    INLINE_MARKER.lastIndex = from;
    for (let m = INLINE_MARKER.exec(text); m; m = INLINE_MARKER.exec(text)) subsection(m[1] as string, at + m.index, true);
  };
  const open = (label: string, depth: number, unit: MarkUnit, start: number, heading?: string) => {
    const mark: StructureMark = { start, label, depth, unit };
    if (heading) mark.heading = heading;
    marks.push(mark);
    outline = new Outline();
    base = unit === 'section' || unit === 'paragraph' ? { label, depth } : undefined;
  };

  for (const line of lines) {
    const text = line.text.trim();
    if (!text || LONE_NUMBER.test(text) || isBoilerplateLine(text, boilerplate)) continue;
    const at = line.start + (line.text.length - line.text.trimStart().length);
    let consumed = -1;

    if (family === 'section') {
      const m = SECTION.exec(text);
      const n = m ? Number(m[1]) : 0;
      if (m && n > lastSection) {
        lastSection = n;
        open(`Sec. ${m[1]}${m[2]}`, 0, 'section', at, headingAfter(text.slice(m[0].length)));
        consumed = m[0].length;
      }
    } else if (family === 'cfr') {
      const m = CFR_SECTION.exec(text);
      if (m) {
        open(`§ ${m[1]}`, 0, 'section', at, headingAfter(text.slice(m[0].length)));
        consumed = m[0].length;
      }
    } else {
      const count = COUNT.exec(text);
      const para = PARAGRAPH.exec(text);
      const n = para ? Number(para[1]) : 0;
      if (count) {
        open(`Count ${titleCase(count[1] as string)}`, 0, 'count', at);
        consumed = text.length;
      } else if (PRAYER.test(text) && text.length <= 40) {
        open('Prayer for relief', 0, 'prayer', at);
        consumed = text.length;
      } else if (para && ((lastParagraph === 0 && n === 1) || (lastParagraph > 0 && n > lastParagraph && n <= lastParagraph + 2))) {
        lastParagraph = n;
        open(`¶ ${n}`, 1, 'paragraph', at);
        consumed = para[0].length;
      }
    }

    if (consumed < 0 && base && MARKER.test(text) && (prev === undefined || ENDS_CLAUSE.test(prev))) {
      // Chained markers open nested levels at once: "(a)(1) An actual shipment".
      let pos = 0;
      for (let m = MARKER.exec(text); m; m = MARKER.exec(text.slice(pos))) {
        if (!subsection(m[1] as string, at + pos, false)) break;
        pos += m[0].length;
        consumed = pos;
      }
    }
    if (consumed >= 0 && base) inlineMarkers(text, consumed, at);
    prev = text;
  }
  return marks;
}

/** The last "WHEREFORE" paragraph after the last count becomes the prayer when no heading names one. */
function addWherefore(lines: readonly Line[], marks: StructureMark[]): void {
  if (marks.some((m) => m.unit === 'prayer')) return;
  const after = marks.filter((m) => m.unit === 'count').at(-1)?.start ?? 0;
  const line = lines.filter((l) => l.start >= after && WHEREFORE.test(l.text.trim())).at(-1);
  if (!line) return;
  const start = line.start + (line.text.length - line.text.trimStart().length);
  const mark: StructureMark = { start, label: 'Prayer for relief', depth: 0, unit: 'prayer' };
  const i = marks.findIndex((m) => m.start > start);
  marks.splice(i < 0 ? marks.length : i, 0, mark);
}

function bodyEndOf(lines: readonly Line[], marks: readonly StructureMark[], boilerplate: ReadonlySet<string>, length: number): number {
  const last = marks.at(-1);
  if (!last) return length;
  let prev: string | undefined;
  for (const line of lines) {
    if (line.start + line.text.length < last.start) continue;
    const text = line.text.trim();
    if (!text || LONE_NUMBER.test(text) || isBoilerplateLine(text, boilerplate)) continue;
    // The last mark's own line is body: it only tells whether the next line follows a full stop.
    if (line.start <= last.start) {
      prev = text;
      continue;
    }
    if (prev !== undefined && CLOSING.test(text) && /[.;:\])"”]$/.test(prev)) return line.start;
    prev = text;
  }
  return length;
}

/**
 * The structural marks of a document text (joined pages, see documentText.ts) of a given kind.
 *
 * Invariants: pure; marks are in ascending start order, each start is the offset of its number's
 * first character; every label is built from numbers printed in the text (nothing is counted or
 * invented); a document without recognised structure gives no marks and bodyEnd === length.
 * `boilerplate` is boilerplateLines of the pages (computed here when omitted).
 */
export function parseStructure(docText: string, kind: DocumentKind, boilerplate?: ReadonlySet<string>): DocumentStructure {
  const furniture = boilerplate ?? boilerplateLines(docText.split(PAGE_SEPARATOR));
  const lines = splitLines(docText);
  let best: StructureMark[] = [];
  for (const family of FAMILIES[kind]) {
    const marks = parseFamily(lines, family, furniture);
    if (family === 'paragraph' && kind === 'complaint') addWherefore(lines, marks);
    if (marks.length > best.length) best = marks;
  }
  return { marks: best, bodyEnd: bodyEndOf(lines, best, furniture, docText.length) };
}

/** The label of the last mark at or before `offset` in a parsed structure (see suggestLabel). */
export function labelAt(structure: DocumentStructure, offset: number): string | undefined {
  if (offset < 0 || offset >= structure.bodyEnd) return undefined;
  const { marks } = structure;
  let lo = 0;
  let hi = marks.length - 1;
  let found: StructureMark | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mark = marks[mid] as StructureMark;
    if (mark.start <= offset) {
      found = mark;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found?.label;
}

/**
 * The nearest structural label at or before `offset` in the document text: "Sec. 3(b)",
 * "Sec. 3(b)(i)", "§ 734.13(a)(2)", "¶ 42", "Count I"; undefined before the first mark, after the
 * body's end (signature blocks) or when the document prints no structure.
 *
 * Invariants: pure; parses the whole text on every call, so callers labelling many offsets of one
 * document should call parseStructure once and labelAt for each.
 */
export function suggestLabel(docText: string, offset: number, kind: DocumentKind): string | undefined {
  return labelAt(parseStructure(docText, kind), offset);
}
