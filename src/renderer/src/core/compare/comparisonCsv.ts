/**
 * "Comparison (CSV)": one row per cell of the matrix (dimension × regime), rows in the order the
 * Compare view shows them, for spreadsheets and for journalists' fact tables.
 *
 * The file follows "Clauses (CSV)" (core/clauseCsv.ts, whose helpers it uses): UTF-8 with a byte
 * order mark, CRLF line ends, RFC 4180 quoting, and a leading apostrophe on any field that would
 * otherwise start a formula. A cell with several evidence clauses lists them one per line within
 * each evidence field, in the same order in every one of them, so line n of "evidence quotes"
 * goes with line n of "evidence citations" and "source kinds".
 */
import { csvField, CSV_BOM } from '../clauseCsv';
import { fullCitation, groupOf, MISSING_EVIDENCE_TEXT, outputCells, SOURCE_KIND_TEXT, statusLabel, type OutputCell } from './comparisonOutput';
import type { ComparisonModel } from './comparisonModel';
import { markdownToPlain } from './markdownPlain';

export const COMPARISON_CSV_COLUMNS = [
  'group',
  'question',
  'regime',
  'jurisdiction',
  'short answer',
  'status',
  'differs from baseline',
  'detail',
  'evidence citations',
  'evidence quotes',
  'source kinds',
] as const;

const CRLF = '\r\n';
/** Between the evidence items of one cell, within a field. */
const ITEM_SEPARATOR = '\n';

/** The fields of one cell, in COMPARISON_CSV_COLUMNS order, before quoting. */
export function comparisonCsvRow(c: OutputCell, hasBaseline: boolean): string[] {
  const evidence = c.evidence;
  return [
    groupOf(c.dimension),
    c.dimension.question,
    c.regime.name,
    c.regime.jurisdiction,
    c.cell?.answer ?? '',
    statusLabel(c.status),
    hasBaseline ? (c.differs ? 'yes' : 'no') : '',
    markdownToPlain(c.cell?.detail ?? ''),
    evidence.map((e) => (e ? fullCitation(e) : MISSING_EVIDENCE_TEXT)).join(ITEM_SEPARATOR),
    evidence.map((e) => (e ? e.quote : '')).join(ITEM_SEPARATOR),
    evidence.map((e) => (e ? SOURCE_KIND_TEXT[e.sourceKind] : '')).join(ITEM_SEPARATOR),
  ];
}

/**
 * The CSV text: BOM, header row, then one row per (dimension, regime), each line ending CRLF.
 *
 * Invariants: pure; dimensions × regimes data rows, every one with COMPARISON_CSV_COLUMNS.length
 * fields; quotes are the evidence items' exported quotes, unchanged (apart from csvField's
 * apostrophe before a formula trigger and RFC 4180 quoting); a position with no cell has an
 * empty answer and the status "Unsourced"; "differs from baseline" is empty without a baseline.
 */
export function comparisonToCsv(model: ComparisonModel): string {
  const hasBaseline = model.baseline !== undefined;
  const rows: string[][] = [[...COMPARISON_CSV_COLUMNS], ...outputCells(model).map((c) => comparisonCsvRow(c, hasBaseline))];
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',') + CRLF).join('');
}
