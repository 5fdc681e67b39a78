/**
 * The TanStack Table (v9) side of the "Regime comparison" matrix: one row per matrix row (a group
 * header or a question), the question column pinned at the start, then one column per regime in
 * the comparison's order; hidden regimes are the table's column visibility.
 */
import { columnOrderingFeature, columnPinningFeature, columnVisibilityFeature, tableFeatures, useTable, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import type { MatrixRow } from '../../core/compare/matrixRows';

export const matrixFeatures = tableFeatures({ columnVisibilityFeature, columnOrderingFeature, columnPinningFeature });

export type MatrixColumn = ColumnDef<typeof matrixFeatures, MatrixRow>;

export const QUESTION_COLUMN = 'question';

export function matrixColumns(model: ComparisonModel): MatrixColumn[] {
  return [
    { id: QUESTION_COLUMN, header: 'Question', accessorFn: (r) => (r.kind === 'dimension' ? r.dimension.question : r.group), enableHiding: false },
    ...model.regimes.map((regime): MatrixColumn => ({
      id: regime.id,
      header: regime.name,
      accessorFn: (r) => (r.kind === 'dimension' ? (model.cellAt(regime.id, r.dimension.id)?.answer ?? '') : ''),
    })),
  ];
}

/** The matrix's table: `hidden` regime ids are hidden columns; the question column stays pinned. */
export function useMatrixTable(model: ComparisonModel, rows: MatrixRow[], hidden: readonly string[]) {
  const columns = useMemo(() => matrixColumns(model), [model]);
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden]);
  const columnOrder = useMemo(() => [QUESTION_COLUMN, ...model.regimes.map((r) => r.id)], [model]);
  return useTable({
    features: matrixFeatures,
    columns,
    data: rows,
    getRowId: (r) => r.key,
    state: { columnVisibility, columnOrder, columnPinning: { start: [QUESTION_COLUMN], end: [] } },
  });
}
