/**
 * Suggested clauses: the numbered units a document prints (core/structureLabels.ts) as ranges of
 * its text, each with a label and a guessed type, for the analyst to accept, adjust or ignore.
 *
 * A unit runs from its number to the next unit at the same or a higher level (so sections contain
 * their subsections and counts their paragraphs), or to the end of the body. Its end is then
 * pulled back over what belongs to no clause: page furniture (running heads, footers, slugs,
 * margin numbers) and the headings that introduce the next unit ("PARTIES", "A. The Order").
 * Furniture between two lines of one unit (a unit spanning a page break) stays inside the range,
 * because a range is contiguous; cleanQuote removes it from what users see.
 */
import { boilerplateLines, cleanQuote, isBoilerplateLine } from './cleanQuote';
import { guessClauseType, guessFromHeading, guessFromText } from './clauseTypeGuess';
import { PAGE_SEPARATOR, joinDocumentText } from './documentText';
import { parseStructure, type StructureMark } from './structureLabels';
import type { ClauseType, DocumentKind } from './types';

export interface SuggestedClause {
  /** Offset in the document text (pages joined with "\f") of the unit's number. */
  start: number;
  /** Offset just past the unit's last character of its own text. */
  end: number;
  /** "Sec. 3(b)", "§ 734.13(a)(2)", "¶ 42", "Count I", "Prayer for relief"; "" when unnumbered. */
  label: string;
  /** A built-in clause type id (core/clauseTypes.ts), guessed by core/clauseTypeGuess.ts. */
  type: ClauseType;
  /** 0 for sections, counts, prayers and letter paragraphs; 1 for numbered paragraphs; +1 per level. */
  depth: number;
}

const SALUTATION = /^(?:Dear\b.*|To\b.{0,80})[:,]$/;
const VALEDICTION = /^(?:Sincerely|Respectfully|Very truly yours|Yours\b|Regards|Best regards|Kind regards|cc:|Enclosures?\b)/;

function isLineBreak(c: string | undefined): boolean {
  return c === '\n' || c === PAGE_SEPARATOR;
}

/**
 * A heading that introduces what follows rather than ending what precedes: a line in capitals
 * ("PARTIES", "CLAIMS FOR RELIEF") or a lettered or roman subheading ("A. The Order"). A line that
 * ends with a full stop, comma or semicolon ends a sentence of the clause instead.
 */
function isHeadingLine(text: string): boolean {
  if (/[.,;]$/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 5 && !/\p{Ll}/u.test(letters)) return true;
  return /^(?:[A-Z]|[IVXL]+)\.\s+[A-Z][^.;:]{0,80}$/.test(text);
}

/**
 * Pulls `end` back over trailing whitespace, furniture, margin numbers and headings; never into
 * the unit's first line, nor over a line where a nested unit starts (so children stay inside).
 */
function trimEnd(doc: string, start: number, end: number, boilerplate: ReadonlySet<string>, markStarts: ReadonlySet<number>): number {
  let e = end;
  for (;;) {
    while (e > start && /\s/.test(doc[e - 1] as string)) e--;
    let lineStart = e;
    while (lineStart > start && !isLineBreak(doc[lineStart - 1])) lineStart--;
    if (lineStart <= start) return e;
    const raw = doc.slice(lineStart, e);
    const text = raw.trim();
    if (markStarts.has(lineStart + raw.length - raw.trimStart().length)) return e;
    if (isBoilerplateLine(text, boilerplate) || /^\d{1,2}$/.test(text) || isHeadingLine(text)) e = lineStart;
    else return e;
  }
}

/**
 * The clauses a document's printed structure suggests, for a document of the given kind: EO and
 * statute sections and subsections, CFR sections and paragraphs, numbered paragraphs of
 * complaints, letters and orders (with their lettered items), complaint counts and the prayer for
 * relief; for a letter without numbered paragraphs, its body paragraphs (label "").
 *
 * Invariants: pure; offsets refer to joinDocumentText(pageTexts); 0 <= start < end <= text length;
 * each range starts at its unit's number and ends on a non-space character of the unit; sorted by
 * start, then by depth; nested units lie inside their parents; labels are the ones suggestLabel
 * gives at `start`; every type is a built-in clause type id.
 */
export function suggestClauses(pageTexts: readonly string[], kind: DocumentKind): SuggestedClause[] {
  const doc = joinDocumentText(pageTexts);
  const boilerplate = boilerplateLines(pageTexts);
  const { marks, bodyEnd } = parseStructure(doc, kind, boilerplate);
  if (marks.length === 0) return kind === 'agency-letter' ? letterParagraphs(doc, boilerplate) : [];

  const out: SuggestedClause[] = [];
  const markStarts = new Set(marks.map((m) => m.start));
  let prayer = false;
  marks.forEach((mark, i) => {
    if (mark.depth === 0) prayer = mark.unit === 'prayer';
    let next: StructureMark | undefined;
    for (let j = i + 1; j < marks.length && !next; j++) if ((marks[j] as StructureMark).depth <= mark.depth) next = marks[j];
    const end = trimEnd(doc, mark.start, Math.min(next?.start ?? bodyEnd, bodyEnd), boilerplate, markStarts);
    if (end <= mark.start) return;
    const child = marks[i + 1] && marks[i + 1]!.depth > mark.depth && marks[i + 1]!.start < end ? marks[i + 1] : undefined;
    const whole = cleanQuote(doc.slice(mark.start, end), boilerplate);
    const cues = { kind, unit: mark.unit, inPrayer: prayer, ...(mark.heading ? { heading: mark.heading } : {}) };
    let type: ClauseType;
    if (child) {
      // A section with subsections: its heading, else its opening words (before the first
      // subsection), else everything it contains.
      const chapeau = cleanQuote(doc.slice(mark.start, child.start), boilerplate);
      type = guessClauseType({ ...cues, text: chapeau });
      const named = mark.heading ? guessFromHeading(mark.heading) : undefined;
      if (type === 'other' && named === undefined && cues.unit === 'section') type = guessFromText(whole);
    } else type = guessClauseType({ ...cues, text: whole });
    out.push({ start: mark.start, end, label: mark.label, type, depth: mark.depth });
  });
  return out.sort((a, b) => a.start - b.start || a.depth - b.depth);
}

interface TextLine {
  start: number;
  end: number;
  text: string;
}

/**
 * Body paragraphs of a letter that numbers none: from after the salutation ("Dear ...:") to the
 * valediction ("Sincerely,"), a paragraph ending where a line finishes a sentence well short of the
 * usual line length. Without line geometry this is a guess; labels stay empty.
 */
function letterParagraphs(doc: string, boilerplate: ReadonlySet<string>): SuggestedClause[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (let i = 0; i <= doc.length; i++) {
    if (i < doc.length && !isLineBreak(doc[i])) continue;
    const raw = doc.slice(start, i);
    const text = raw.trim();
    if (text && !isBoilerplateLine(text, boilerplate) && !/^\d{1,2}$/.test(text)) {
      const lead = raw.length - raw.trimStart().length;
      lines.push({ start: start + lead, end: start + lead + text.length, text });
    }
    start = i + 1;
  }
  const salutation = lines.findIndex((l) => SALUTATION.test(l.text));
  const from = salutation + 1;
  let to = lines.findIndex((l, k) => k >= from && VALEDICTION.test(l.text));
  if (to < 0) to = lines.length;
  const body = lines.slice(from, to);
  if (body.length === 0) return [];

  const lengths = body.map((l) => l.text.length).sort((a, b) => a - b);
  const full = lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
  const out: SuggestedClause[] = [];
  let first = body[0] as TextLine;
  body.forEach((line, k) => {
    const next = body[k + 1];
    const endsParagraph = !next || (/[.!?:"”)\]]$/.test(line.text) && line.text.length < full * 0.8);
    if (!endsParagraph) return;
    const text = cleanQuote(doc.slice(first.start, line.end), boilerplate);
    out.push({ start: first.start, end: line.end, label: '', type: guessFromText(text), depth: 0 });
    if (next) first = next;
  });
  return out;
}
