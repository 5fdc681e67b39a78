/**
 * The "New clause" dialog's starting point: from a text selection (clean quote, suggested label
 * and guessed type, citation) or from a rectangle drawn on a page without a text layer.
 */
import { describeRange } from '../../core/anchoring';
import { clauseTypeColour } from '../../core/clauseTypes';
import { guessFromText } from '../../core/clauseTypeGuess';
import type { PageLabels } from '../../core/pageQuery';
import type { SelectionTarget } from '../../pdf/viewer';
import { citationFor, cleanQuoteAt, suggestedLabel, type ClauseDocument } from './clauseDocument';
import type { ClauseDraft } from './clauseDraft';

export function selectionDraft(cdoc: ClauseDocument, labels: PageLabels, selection: SelectionTarget, caseId: string | undefined): ClauseDraft {
  const { quote, position } = describeRange(cdoc.text, selection.start, selection.end);
  const clean = cleanQuoteAt(cdoc, selection.start, selection.end);
  const label = suggestedLabel(cdoc, selection.start);
  const type = cdoc.doc.kind === 'complaint' && label.startsWith('¶') ? 'factual-allegation' : guessFromText(clean);
  return {
    caseId,
    target: { quote, position, pageIndex: selection.pageIndex, rects: selection.rects },
    area: false,
    quote: clean,
    citation: citationFor(cdoc.doc, labels, label, selection.pageIndex),
    type,
    label,
    comment: '',
    tags: [],
    colour: clauseTypeColour(type),
  };
}

export function areaDraft(
  cdoc: ClauseDocument,
  labels: PageLabels,
  area: { pageIndex: number; rects: [number, number, number, number][] },
  caseId: string | undefined,
): ClauseDraft {
  const start = cdoc.pageStarts[area.pageIndex] ?? 0;
  return {
    caseId,
    target: {
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start },
      pageIndex: area.pageIndex,
      rects: [area],
      area: true,
    },
    area: true,
    quote: '',
    citation: citationFor(cdoc.doc, labels, '', area.pageIndex),
    type: 'other',
    label: '',
    comment: '',
    tags: [],
    colour: clauseTypeColour('other'),
  };
}
