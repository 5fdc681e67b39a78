/**
 * Proposes a document's descriptive metadata on import from its file name, its PDF Info
 * dictionary and the raw text of its first pages. The proposal is only a starting point the
 * user edits; rules are general patterns of each kind of legal document (Federal Register
 * presidential documents and rules, court captions, letterheads), never keyed to known files.
 *
 * Invariants:
 * - Never throws, whatever the input (missing, garbage or hostile values included).
 * - Every field is a string; unknown fields are ''; kind is one of DOCUMENT_KINDS ('other' when
 *   unknown); date is yyyy-mm-dd or ''.
 * - Text beats the Info dictionary: a date or title read from the text wins over CreationDate
 *   or Title; the title falls back to a meaningful Info Title, then to the file name.
 */
import type { DocumentMetadata } from './types';
import { DOCUMENT_KINDS } from './types';
import { classifyCourtPaper, courtDate, findCaption, findCaseNumber, findCourt } from './metadataCourt';
import {
  agencyLetter,
  executiveOrderWeb,
  federalRegisterCite,
  foreignInstrument,
  presidentialDocument,
  regulation,
  statute,
  type Found,
  type Sources,
} from './metadataGov';
import { contentLines, meaningfulInfoTitle, normalizeText, pdfDate, titleFromFileName } from './metadataText';

export interface MetadataInput {
  fileName: string;
  /** PDF Info dictionary values as pdf.js getMetadata().info gives them (may be missing/garbage). */
  info: { Title?: unknown; Author?: unknown; Subject?: unknown; Creator?: unknown; Producer?: unknown; CreationDate?: unknown };
  /** Raw text of the first pages (first 2 at most), built with buildPageText from ./documentText. */
  pageTexts: string[];
}

/** How many pages the rules read; captions, headers and running heads are all on these. */
const PAGES_READ = 2;

function sources(pageTexts: unknown): Sources {
  const pages = (Array.isArray(pageTexts) ? pageTexts : []).slice(0, PAGES_READ).map((p) => (typeof p === 'string' ? p : ''));
  const lines = pages.flatMap((p) => contentLines(p));
  const normalized = pages.map((p) => normalizeText(p.slice(0, 20_000)));
  return { text: normalized.join('\n'), page1: normalized[0] ?? '', lines };
}

/** Court papers: the court heading or a caption decides; then the kind from the headings. */
function courtPaper(src: Sources): Found | null {
  const court = findCourt(src.text);
  const caption = findCaption(src.lines);
  if (!court && !caption) return null;
  const paper = classifyCourtPaper(src.lines, court !== null);
  if (!paper) return null;
  // Opinions are known by their caption alone; orders and filings also by their own heading.
  const heading = /^(?:Slip )?Opinion$/i.test(paper.heading) ? '' : paper.heading;
  const title = caption && heading ? `${caption} — ${heading}` : caption || heading;
  const plaintiff = caption.includes(' v. ') ? (caption.split(' v. ')[0] ?? '') : '';
  return {
    kind: paper.kind,
    title,
    issuer: paper.kind === 'court-order' ? (court?.name ?? '') : paper.kind === 'complaint' ? plaintiff : '',
    citation: findCaseNumber(src.text),
    date: courtDate(src.text, src.lines),
    jurisdiction: court?.jurisdiction ?? '',
  };
}

/** The rules in order of how specific their evidence is; the first that recognises the text wins. */
const RULES: ReadonlyArray<(src: Sources) => Found | null> = [
  presidentialDocument,
  // A Federal Register running head makes a rule document certain, even when it cites cases.
  (src) => (federalRegisterCite(src.page1) ? regulation(src) : null),
  courtPaper,
  executiveOrderWeb,
  agencyLetter,
  statute,
  foreignInstrument,
  regulation,
];

const clean = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** Proposes metadata for an imported PDF (see the module invariants). */
export function proposeMetadata(input: MetadataInput): DocumentMetadata {
  const safe = (input ?? {}) as Partial<MetadataInput>;
  const info = safe.info && typeof safe.info === 'object' ? safe.info : {};
  const fileName = typeof safe.fileName === 'string' ? safe.fileName : '';
  let found: Found | null = null;
  try {
    const src = sources(safe.pageTexts);
    for (const rule of RULES) {
      found = rule(src);
      if (found) break;
    }
  } catch {
    // A rule tripping over odd text must not block an import: fall back to the Info dictionary.
    found = null;
  }
  const kind = found && DOCUMENT_KINDS.includes(found.kind) ? found.kind : 'other';
  return {
    title: clean(found?.title) || meaningfulInfoTitle(info.Title) || titleFromFileName(fileName),
    kind,
    issuer: clean(found?.issuer),
    date: clean(found?.date) || pdfDate(info.CreationDate),
    citation: clean(found?.citation),
    jurisdiction: clean(found?.jurisdiction),
  };
}
