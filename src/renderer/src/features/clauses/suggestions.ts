/**
 * Suggested clauses for one document: its printed structure (core/segmentation.ts) and the
 * highlights and underlines the PDF carries from another reader (pdf/markupAnnotations.ts).
 * Nothing is stored until the analyst accepts; a range already marked as a clause is not offered.
 */
import { describeRange } from '../../core/anchoring';
import { guessFromText } from '../../core/clauseTypeGuess';
import { suggestClauses } from '../../core/segmentation';
import type { Clause } from '../../core/types';
import { readMarkupAnnotations } from '../../pdf/markupAnnotations';
import type { PDFDocumentProxy } from '../../pdf/pdfjs';
import type { ClauseRange } from './clauseActions';
import { cleanQuoteAt, pageOfOffset, suggestedLabel, type ClauseDocument } from './clauseDocument';
import type { Suggestion } from './SuggestionsPanel';

export interface RangedSuggestion extends Suggestion {
  start: number;
  end: number;
}

function notYetMarked(existing: readonly Clause[]) {
  const taken = new Set(existing.map((c) => `${c.target.position.start}:${c.target.position.end}`));
  return (s: RangedSuggestion) => !taken.has(`${s.start}:${s.end}`);
}

export function structureSuggestions(cdoc: ClauseDocument, existing: readonly Clause[]): RangedSuggestion[] {
  return suggestClauses(cdoc.pageTexts, cdoc.doc.kind)
    .map((s) => ({
      key: `structure:${s.start}:${s.end}`,
      start: s.start,
      end: s.end,
      label: s.label,
      type: s.type,
      quote: cleanQuoteAt(cdoc, s.start, s.end),
      source: 'structure' as const,
    }))
    .filter(notYetMarked(existing));
}

export async function annotationSuggestions(
  pdf: PDFDocumentProxy,
  cdoc: ClauseDocument,
  existing: readonly Clause[],
  signal?: AbortSignal,
): Promise<RangedSuggestion[]> {
  const markups = await readMarkupAnnotations(pdf, cdoc.pageTexts, signal);
  return markups
    .map((m) => {
      const start = (cdoc.pageStarts[m.pageIndex] ?? 0) + m.start;
      const end = (cdoc.pageStarts[m.pageIndex] ?? 0) + m.end;
      const quote = cleanQuoteAt(cdoc, start, end);
      const note = [m.comment, m.author ? `(${m.kind} by ${m.author})` : `(${m.kind} in the PDF)`].filter(Boolean).join(' ');
      return {
        key: `pdf:${start}:${end}`,
        start,
        end,
        label: suggestedLabel(cdoc, start),
        type: guessFromText(quote),
        quote,
        source: 'pdf-annotation' as const,
        comment: note,
      };
    })
    .filter(notYetMarked(existing));
}

/** An accepted suggestion as the clause it becomes. */
export function suggestionToRange(cdoc: ClauseDocument, s: RangedSuggestion): ClauseRange {
  const { quote, position } = describeRange(cdoc.text, s.start, s.end);
  return { target: { quote, position, pageIndex: pageOfOffset(cdoc, s.start), rects: [] }, type: s.type, label: s.label, comment: s.comment ?? '' };
}
