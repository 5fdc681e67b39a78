/**
 * What the three comparison outputs (CSV, Markdown, HTML brief) share, so they never disagree: the
 * cells in reading order (dimension by dimension, regimes left to right), the words for statuses
 * and source kinds, and file names. Pure.
 */
import { ILLUSTRATIVE_SUFFIX } from '../clauseExport';
import { fileNameSlug } from '../fileNameSlug';
import type { Cell, CellStatus, Dimension, Regime } from '../types';
import { CELL_STATUS_HELP, CELL_STATUS_LABELS } from './cellStatus';
import type { ComparisonModel, EvidenceItem } from './comparisonModel';
import { displayOrder, groupLabel } from './matrixRows';
import type { SourceKind } from './sourceKind';

/** Every output states when it was made; the text is how the user's locale writes that moment. */
export interface MadeAt {
  /** ISO 8601, for machines (the HTML <time> element). */
  iso: string;
  /** For people, e.g. "12 May 2026 at 10:04". */
  text: string;
}

export interface ComparisonOutputInput {
  model: ComparisonModel;
  caseName: string;
  madeAt: MadeAt;
}

/** One (dimension, regime) position of the matrix, whether or not a cell was ever written there. */
export interface OutputCell {
  dimension: Dimension;
  regime: Regime;
  cell: Cell | undefined;
  status: CellStatus;
  /** In the cell's evidence order; undefined for a clause that no longer exists. */
  evidence: (EvidenceItem | undefined)[];
  /** True when the short answer differs from the baseline regime's in this row. */
  differs: boolean;
}

/**
 * Every position of the matrix, row by row in the order the Compare view shows them (grouped:
 * core/compare/matrixRows.ts displayOrder), regimes in their order within a row.
 */
export function outputCells(model: ComparisonModel): OutputCell[] {
  return displayOrder(model.dimensions).flatMap((dimension) =>
    model.regimes.map((regime) => {
      const cell = model.cellAt(regime.id, dimension.id);
      return {
        dimension,
        regime,
        cell,
        status: model.statusOf(cell),
        evidence: cell ? model.evidenceOf(cell) : [],
        differs: model.differs(regime.id, dimension.id),
      };
    }),
  );
}

/** True when the cell has nothing in it: no answer, no detail, no evidence. */
export function isEmptyCell(c: OutputCell): boolean {
  return !c.cell || (c.cell.answer.trim() === '' && c.cell.detail.trim() === '' && c.cell.evidenceClauseIds.length === 0);
}

/** The group a dimension is shown under ("Other questions" when it has none). */
export function groupOf(dimension: Dimension): string {
  return groupLabel(dimension.group);
}

export const STATUS_ORDER: readonly CellStatus[] = ['sourced', 'paraphrased', 'unsourced', 'disputed', 'needs-review'];

/**
 * A mark per status that reads without colour (printed in black and white, or by a colour-blind
 * reader): each status has its own sign beside its word, the same signs as the Compare view's
 * status badges (features/compare/cellBits.tsx).
 */
export const STATUS_MARKS: Record<CellStatus, string> = {
  sourced: '§',
  paraphrased: '≈',
  unsourced: '○',
  disputed: '⚑',
  'needs-review': '⚠',
};

export function statusLabel(status: CellStatus): string {
  return CELL_STATUS_LABELS[status];
}

export function statusHelp(status: CellStatus): string {
  return CELL_STATUS_HELP[status];
}

/** How each output names the kind of a source: a study note is never passed off as the law's text. */
export const SOURCE_KIND_TEXT: Record<SourceKind, string> = {
  primary: 'Primary text',
  secondary: 'Study note or other secondary source — a paraphrase, not the law’s text',
};

/** Said where evidence points at a clause deleted since the cell cited it. */
export const MISSING_EVIDENCE_TEXT = 'An evidence clause was deleted: review this cell';

/** Said where a clause could not be found in the current text of its document. */
export const ORPHANED_EVIDENCE_TEXT = 'Not found in the current text of the document: check the quote';
/** As the case brief says it: a quote placed by fuzzy anchoring may differ from the page. */
export const FUZZY_EVIDENCE_TEXT = 'Placed by approximate match: check the quote';

/** The warning an evidence item's placement calls for, if any. */
export function evidenceWarning(item: Pick<EvidenceItem, 'anchorStatus'>): string | undefined {
  if (item.anchorStatus === 'orphaned') return ORPHANED_EVIDENCE_TEXT;
  if (item.anchorStatus === 'fuzzy') return FUZZY_EVIDENCE_TEXT;
  return undefined;
}

/**
 * True for evidence from an illustrative (sample-case) document. The exported quote carries
 * ILLUSTRATIVE_SUFFIX exactly when it is (core/clauseExport.ts's invariant), so the quote says so.
 */
export function isIllustrative(item: EvidenceItem): boolean {
  return item.quote.endsWith(ILLUSTRATIVE_SUFFIX);
}

/**
 * The pinpoint citation with the document it is in, so that short forms that do not name their
 * document ("Compl. ¶ 42", "Letter at 2") still say where the words are: "Compl. ¶ 42 (Legion v. …)".
 * The title is left out when the citation already holds it.
 */
export function fullCitation(item: EvidenceItem): string {
  const citation = item.citation.replace(/\s+/g, ' ').trim();
  const title = item.documentTitle.replace(/\s+/g, ' ').trim();
  if (!title || citation.includes(title)) return citation || title;
  return citation ? `${citation} (${title})` : title;
}

/** True when any evidence of the comparison comes from an illustrative document. */
export function citesIllustrative(cells: readonly OutputCell[]): boolean {
  return cells.some((c) => c.evidence.some((e) => e !== undefined && isIllustrative(e)));
}

export const ILLUSTRATIVE_NOTICE =
  'Evidence marked “illustrative” comes from the sample case: illustrative study documents written by the Clausebench project, not official texts. Their quotes end with “(illustrative reconstruction)”.';

/** "clausebench-<case>-<comparison>-comparison.csv", "...-comparison-brief.html". */
export function comparisonFileName(caseName: string, title: string, kind: 'csv' | 'md' | 'html' | 'pdf'): string {
  const stem = `clausebench-${fileNameSlug(caseName, 'case')}-${fileNameSlug(title, 'comparison')}-comparison`;
  return kind === 'html' || kind === 'pdf' ? `${stem}-brief.${kind}` : `${stem}.${kind}`;
}

/** The made-at moment, with a locale-free fallback text (UTC, to the minute). */
export function madeAtOf(date: Date, text?: string): MadeAt {
  const iso = date.toISOString();
  return { iso, text: text ?? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` };
}
