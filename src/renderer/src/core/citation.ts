/**
 * Pinpoint citations for clauses, in the short forms analysts write in memos and briefs, and the
 * quotation line that copy and every export use ("“quote” citation").
 *
 * Forms, by document kind (label as segmentation/suggestLabel give it):
 * - executive order: "EO 14320 § 3(a), 90 FR 35393" ("Executive Order 14320" → "EO 14320",
 *   "Sec. 3(a)" → "§ 3(a)", the printed Federal Register page when known);
 * - complaint: "Compl. ¶ 42"; other labels "Compl., Count I";
 * - regulation: "15 CFR § 734.13(a)(2)" (the title number taken from the document's citation);
 * - agency letter: "Letter ¶ 3" when numbered, else "Letter at 2";
 * - anything else, or a clause without a label: "<citation or title> <label>", or
 *   "<citation or title>, p. N" (the printed page, else the PDF page index + 1).
 * A printed page that is already a reporter cite ("90 FR 35393", "slip op. at 5") is used as is;
 * a bare printed number becomes "p. N".
 */
import type { DocumentKind } from './types';

export interface CitableDocument {
  kind: DocumentKind;
  citation: string;
  title: string;
}

export interface CiteClauseInput {
  document: CitableDocument;
  /** The clause's label ("Sec. 3(a)", "¶ 42", "§ 734.13(a)(2)"); "" when it has none. */
  label: string;
  /** The printed page as cited ("90 FR 35393", "slip op. at 5", "7"), when known. */
  printedPage?: string;
  /** 0-based index of the clause's (first) page in the PDF. */
  pageIndex: number;
}

/** Appended to every quotation from the sample case, wherever it is copied or exported. */
export const ILLUSTRATIVE_NOTE = '(illustrative reconstruction)';

const EO_NUMBER = /\b(?:Executive Order|Exec\. Order|E\.\s?O\.|EO)\s*(?:No\.\s*)?(\d{3,6})\b/i;
const CFR_TITLE = /\b(\d{1,2})\s*C\.?\s?F\.?\s?R\.?(?=[\s,.§]|$)/;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "90 FR 35393" or "slip op. at 5" stand alone; a bare "7" or "xiv" needs "p.". */
function pageReference(printedPage: string | undefined, pageIndex: number): string {
  const printed = printedPage ? collapse(printedPage) : '';
  if (!printed) return `p. ${pageIndex + 1}`;
  return /^(?:\d+|[ivxlcdm]+)$/i.test(printed) ? `p. ${printed}` : printed;
}

/** A printed page worth adding after a structural pinpoint: a reporter cite, not a bare number. */
function reporterPage(printedPage: string | undefined): string | undefined {
  const printed = printedPage ? collapse(printedPage) : '';
  return printed && !/^(?:\d+|[ivxlcdm]+)$/i.test(printed) ? printed : undefined;
}

function executiveOrderName(doc: CitableDocument): string {
  for (const text of [doc.citation, doc.title]) {
    const m = EO_NUMBER.exec(text);
    if (m) return `EO ${m[1]}`;
  }
  const base = collapse(doc.citation) || collapse(doc.title);
  // "Executive Order [number not reported]" still reads better abbreviated.
  return base.replace(/^Executive Order\b/, 'EO');
}

/** "Sec. 3(a)", "Section 3(a)", "SEC. 3" → "§ 3(a)"; anything else unchanged. */
function sectionSign(label: string): string {
  return label.replace(/^(?:Section|SECTION|Sec\.|SEC\.)\s*/, '§ ');
}

/**
 * The pinpoint citation of a clause (forms in the module comment).
 *
 * Invariants: pure; never empty (an untitled, uncited document is "Document"); single spaces, no
 * leading or trailing space; the label's numbers appear unchanged; the page falls back to
 * pageIndex + 1 only when no structural label and no printed page are known.
 */
export function citeClause(input: CiteClauseInput): string {
  const { document: doc, printedPage, pageIndex } = input;
  const label = collapse(input.label);
  const base = collapse(doc.citation) || collapse(doc.title) || 'Document';
  const withPage = (cite: string) => {
    const page = reporterPage(printedPage);
    return page ? `${cite}, ${page}` : cite;
  };

  switch (doc.kind) {
    case 'executive-order':
      if (!label) return `${executiveOrderName(doc)}, ${pageReference(printedPage, pageIndex)}`;
      return withPage(`${executiveOrderName(doc)} ${sectionSign(label)}`);
    case 'complaint':
      if (!label) break;
      return label.startsWith('¶') ? `Compl. ${label}` : `Compl., ${label}`;
    case 'regulation': {
      if (!label) break;
      const title = CFR_TITLE.exec(doc.citation)?.[1] ?? CFR_TITLE.exec(doc.title)?.[1];
      const section = /^\d+\.\d+/.test(label) ? `§ ${label}` : label;
      if (!section.startsWith('§')) return withPage(`${base} ${section}`);
      return withPage(title ? `${title} CFR ${section}` : section);
    }
    case 'agency-letter': {
      if (label.startsWith('¶')) return `Letter ${label}`;
      const page = pageReference(printedPage, pageIndex);
      return page.startsWith('p. ') ? `Letter at ${page.slice(3)}` : `Letter, ${page}`;
    }
    default:
      if (label) return withPage(`${base} ${label}`);
  }
  return `${base}, ${pageReference(printedPage, pageIndex)}`;
}

/**
 * The quotation as copied and exported: `“<quote>” <citation>`, then " (illustrative
 * reconstruction)" for the sample case's documents.
 *
 * Invariants: pure; the clean quote appears unchanged between the curly quotes (inner quotation
 * marks are left as printed); an empty citation adds nothing but the note; the note is present
 * exactly when `illustrative` is true.
 */
export function quoteWithCitation(cleanQuote: string, citation: string, illustrative: boolean): string {
  const cite = collapse(citation);
  const parts = [`“${cleanQuote}”`];
  if (cite) parts.push(cite);
  if (illustrative) parts.push(ILLUSTRATIVE_NOTE);
  return parts.join(' ');
}
