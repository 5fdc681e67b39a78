/**
 * Keyboard movement in the "Regime comparison" grid (WAI-ARIA grid pattern): one tab stop, the
 * active cell; arrows move between cells (group header rows are skipped), Home/End go to the row's
 * ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown by a screenful. Row -1 is the column
 * header row; column 0 the question column.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { MatrixRow } from '../../core/compare/matrixRows';

/** Where the grid's focus is, by ids so it survives filtering and reordering. */
export interface ActiveCell {
  /** null: the column header row. */
  dimensionId: string | null;
  /** null: the question column. */
  regimeId: string | null;
}

export interface GridPosition {
  row: number;
  col: number;
}

export function positionOf(active: ActiveCell, rows: readonly MatrixRow[], regimeIds: readonly string[]): GridPosition {
  const found = active.dimensionId === null ? -1 : rows.findIndex((r) => r.kind === 'dimension' && r.dimension.id === active.dimensionId);
  const row = found >= 0 || active.dimensionId === null ? found : rows.findIndex((r) => r.kind === 'dimension');
  const col = active.regimeId === null ? 0 : regimeIds.indexOf(active.regimeId) + 1;
  return { row, col: Math.max(0, col) };
}

export function cellAtPosition(pos: GridPosition, rows: readonly MatrixRow[], regimeIds: readonly string[]): ActiveCell {
  const row = rows[pos.row];
  return {
    dimensionId: row?.kind === 'dimension' ? row.dimension.id : null,
    regimeId: pos.col === 0 ? null : (regimeIds[pos.col - 1] ?? null),
  };
}

interface GridNavOptions {
  rows: readonly MatrixRow[];
  regimeIds: readonly string[];
  active: ActiveCell;
  onActive(active: ActiveCell): void;
  scrollToRow(index: number): void;
  /** Rows in a screenful, for PageUp/PageDown. */
  pageRows(): number;
  container(): HTMLElement | null;
}

export function useGridNav({ rows, regimeIds, active, onActive, scrollToRow, pageRows, container }: GridNavOptions) {
  const focusWanted = useRef(false);
  const pos = positionOf(active, rows, regimeIds);
  const dataRows = rows.flatMap((r, i) => (r.kind === 'dimension' ? [i] : []));

  useEffect(() => {
    if (!focusWanted.current) return;
    // The target row may render only after the virtualiser has scrolled: keep trying each render.
    const el = container()?.querySelector<HTMLElement>(`[data-pos="${pos.row}:${pos.col}"]`);
    if (!el) return;
    focusWanted.current = false;
    // Focus alone leaves a half-visible cell where it is; scroll-padding keeps it clear of the sticky parts.
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  const moveTo = (next: GridPosition) => {
    const col = Math.max(0, Math.min(regimeIds.length, next.col));
    focusWanted.current = true;
    if (next.row >= 0) scrollToRow(next.row);
    onActive(cellAtPosition({ row: next.row, col }, rows, regimeIds));
  };

  /** The data row `steps` data rows away from `row` (-1 is the header row), clamped. */
  const rowAfter = (row: number, steps: number) => {
    const at = row < 0 ? -1 : dataRows.indexOf(row);
    const to = Math.max(-1, Math.min(dataRows.length - 1, at + steps));
    return to < 0 ? -1 : dataRows[to]!;
  };

  /** Handles a movement key on the cell at `here`; true when it was one. */
  const onMoveKey = (e: KeyboardEvent, here: GridPosition): boolean => {
    const ctrl = e.ctrlKey || e.metaKey;
    const moves: Record<string, () => void> = {
      ArrowRight: () => moveTo({ ...here, col: here.col + 1 }),
      ArrowLeft: () => moveTo({ ...here, col: here.col - 1 }),
      ArrowDown: () => moveTo({ ...here, row: rowAfter(here.row, 1) }),
      ArrowUp: () => moveTo({ ...here, row: rowAfter(here.row, -1) }),
      PageDown: () => moveTo({ ...here, row: rowAfter(here.row, pageRows()) }),
      PageUp: () => moveTo({ ...here, row: rowAfter(here.row, -pageRows()) }),
      Home: () => moveTo(ctrl ? { row: rowAfter(-1, 1), col: 0 } : { ...here, col: 0 }),
      End: () => moveTo(ctrl ? { row: dataRows[dataRows.length - 1] ?? -1, col: regimeIds.length } : { ...here, col: regimeIds.length }),
    };
    const move = moves[e.key];
    if (!move) return false;
    e.preventDefault();
    move();
    return true;
  };

  /** Makes `cell` the active cell and focuses it once it is rendered. */
  const focusOn = (cell: ActiveCell) => {
    focusWanted.current = true;
    onActive(cell);
  };

  return { pos, onMoveKey, moveTo, focusOn };
}
