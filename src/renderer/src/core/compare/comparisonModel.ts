/**
 * A comparison as the view and every output read it: regimes and dimensions in order, the cell
 * of each (regime, dimension), each cell's evidence and its derived status. Pure: built from the
 * stored parts and the evidence facts read by features/compare/loadComparison.ts.
 */
import type { AnchorStatus, Cell, CellStatus, Clause, Comparison, Dimension, Regime } from '../types';
import { deriveCellStatus } from './cellStatus';
import { differsFromBaseline, rowAgrees } from './differences';
import type { SourceKind } from './sourceKind';

/** One evidence clause, with what outputs quote and cite. */
export interface EvidenceItem {
  clause: Clause;
  documentId: string;
  documentTitle: string;
  /** The exported quote (clean, with " (illustrative reconstruction)" for sample documents). */
  quote: string;
  /** The pinpoint citation, e.g. "Exec. Order No. 14320, § 3(b), 90 FR 35394". */
  citation: string;
  sourceKind: SourceKind;
  anchorStatus: AnchorStatus;
}

export interface ComparisonModel {
  comparison: Comparison;
  regimes: readonly Regime[];
  dimensions: readonly Dimension[];
  cellAt(regimeId: string, dimensionId: string): Cell | undefined;
  /** The cell's evidence in its order; undefined entries are clauses that no longer exist. */
  evidenceOf(cell: Cell): (EvidenceItem | undefined)[];
  statusOf(cell: Cell | undefined): CellStatus;
  /** The baseline regime, when one is chosen and still exists. */
  baseline: Regime | undefined;
  /** True when this cell's short answer differs from the baseline's in the same row. */
  differs(regimeId: string, dimensionId: string): boolean;
  /** Whether the given regimes agree on a row (the analyst's call, or equal short answers). */
  agrees(dimension: Dimension, regimeIds: readonly string[]): boolean;
}

export function buildComparisonModel(
  parts: { comparison: Comparison; regimes: readonly Regime[]; dimensions: readonly Dimension[]; cells: readonly Cell[] },
  evidence: ReadonlyMap<string, EvidenceItem>,
): ComparisonModel {
  const cells = new Map(parts.cells.map((c) => [`${c.regimeId} ${c.dimensionId}`, c]));
  const cellAt = (regimeId: string, dimensionId: string) => cells.get(`${regimeId} ${dimensionId}`);
  const evidenceOf = (cell: Cell) => cell.evidenceClauseIds.map((id) => evidence.get(id));
  const baseline = parts.regimes.find((r) => r.id === parts.comparison.baselineRegimeId);
  return {
    comparison: parts.comparison,
    regimes: parts.regimes,
    dimensions: parts.dimensions,
    cellAt,
    evidenceOf,
    statusOf: (cell) => (cell ? deriveCellStatus(cell, evidenceOf(cell)) : 'unsourced'),
    baseline,
    differs: (regimeId, dimensionId) =>
      baseline !== undefined && regimeId !== baseline.id && differsFromBaseline(cellAt(regimeId, dimensionId), cellAt(baseline.id, dimensionId)),
    agrees: (dimension, regimeIds) =>
      rowAgrees(
        dimension,
        regimeIds.map((r) => cellAt(r, dimension.id)),
      ),
  };
}
