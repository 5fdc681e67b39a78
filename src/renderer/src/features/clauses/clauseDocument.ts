/**
 * What clause work needs to know about one open document, computed once when it opens: its
 * stored text (the anchoring text), page offsets, the lines that are page furniture (for clean
 * quotes), its structure (for labels) and whether it is an illustrative sample document (its
 * quotes are always marked as such). What pages are called (for citations) comes from the reader
 * (usePageLabels) or, for exports, from detectPrintedPages.
 */
import { boilerplateLines, cleanQuote } from '../../core/cleanQuote';
import { citeClause, quoteWithCitation } from '../../core/citation';
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../../core/documentText';
import { describePageLabel, type PageLabels } from '../../core/pageQuery';
import { labelAt, parseStructure, type DocumentStructure } from '../../core/structureLabels';
import type { Clause, DocumentRecord } from '../../core/types';

export interface ClauseDocument {
  doc: DocumentRecord;
  pageTexts: string[];
  pageStarts: number[];
  text: string;
  boilerplate: ReadonlySet<string>;
  /** Parsed on first use (a label to suggest): a long document's parse should not run at open. */
  readonly structure: DocumentStructure;
  illustrative: boolean;
}

export function makeClauseDocument(doc: DocumentRecord, pageTexts: string[], illustrative: boolean): ClauseDocument {
  const text = joinDocumentText(pageTexts);
  const boilerplate = boilerplateLines(pageTexts);
  let structure: DocumentStructure | undefined;
  return {
    doc,
    pageTexts,
    pageStarts: pageStartOffsets(pageTexts),
    text,
    boilerplate,
    get structure() {
      structure ??= parseStructure(text, doc.kind, boilerplate);
      return structure;
    },
    illustrative,
  };
}

/** The clean quote of a range of the document text (what users read, copy and export). */
export function cleanQuoteAt(d: ClauseDocument, start: number, end: number): string {
  return cleanQuote(d.text.slice(start, end), d.boilerplate);
}

/** The clean quote of a stored clause: typed for an area clause, else derived from its selector. */
export function clauseQuote(d: ClauseDocument | undefined, clause: Clause): string {
  return cleanQuote(clause.target.quote.exact, d?.boilerplate);
}

/** The structural label suggested for a selection starting at `offset`. */
export function suggestedLabel(d: ClauseDocument, offset: number): string {
  return labelAt(d.structure, offset) ?? '';
}

export function pageOfOffset(d: ClauseDocument, offset: number): number {
  return pageIndexAtOffset(d.pageStarts, offset);
}

/** The pinpoint citation of a clause on a page: "EO 14320 § 3(a), 90 FR 35393", "Compl. ¶ 42". */
export function citationFor(doc: DocumentRecord, labels: PageLabels, label: string, pageIndex: number): string {
  const printedPage = describePageLabel(labels, pageIndex) ?? undefined;
  return citeClause({ document: { kind: doc.kind, citation: doc.citation, title: doc.title }, label, printedPage, pageIndex });
}

/** The text "Copy quote with citation" puts on the clipboard. */
export function quoteAndCitation(quote: string, citation: string, illustrative: boolean): string {
  return quoteWithCitation(quote, citation, illustrative);
}
