/**
 * The "Regime comparison" grid: regimes as column headers, questions as row headers grouped under
 * group header rows, the question column pinned (sticky) at the left and the header row at the top.
 * Rows are virtualised (only those in view are in the DOM; spacer rows keep the scroll height), so
 * 30 regimes × 200 questions stay smooth. Enter or a double click edits a cell; on a header, Enter
 * moves into its actions menu.
 */
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import { displayOrder, groupLabel, type MatrixRow } from '../../core/compare/matrixRows';
import type { Clause, Dimension } from '../../core/types';
import { DimensionHeaderContent, RegimeHeaderContent, type DimensionActions, type RegimeActions } from './MatrixHeaders';
import { MatrixCellContent } from './MatrixCell';
import { QUESTION_COLUMN, useMatrixTable } from './matrixTable';
import { useGridNav, type ActiveCell, type GridPosition } from './useGridNav';

const ROW_HEIGHT = 96;
const GROUP_HEIGHT = 30;
export const QUESTION_WIDTH = 280;
export const REGIME_WIDTH = 232;

interface RegimeMatrixProps {
  model: ComparisonModel;
  rows: MatrixRow[];
  hidden: readonly string[];
  active: ActiveCell;
  onActive(active: ActiveCell): void;
  onEdit(regimeId: string, dimensionId: string): void;
  openClause(clause: Clause): void;
  regimeActions: RegimeActions;
  dimensionActions: DimensionActions;
  /**
   * A header just moved from its menu: React moves its element, which drops the focus, so the
   * header is focused again once the stored order (`ids`, every regime's or question's) shows.
   */
  refocus: Refocus | null;
  onRefocused(): void;
}

export type Refocus = { kind: 'regime' | 'dimension'; id: string; ids: readonly string[] };

export function RegimeMatrix({
  model,
  rows,
  hidden,
  active,
  onActive,
  onEdit,
  openClause,
  regimeActions,
  dimensionActions,
  refocus,
  onRefocused,
}: RegimeMatrixProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const differsId = useId();
  const table = useMatrixTable(model, rows, hidden);
  const shown = table.getVisibleLeafColumns().filter((c) => c.id !== QUESTION_COLUMN);
  const regimeIds = shown.map((c) => c.id);
  const regimes = new Map(model.regimes.map((r) => [r.id, r]));
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  const { pos, onMoveKey, focusOn } = useGridNav({
    rows,
    regimeIds,
    active,
    onActive,
    scrollToRow: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    pageRows: () => Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1),
    container: () => scrollRef.current,
  });
  const edges = useMemo(() => groupEdges(model.dimensions), [model.dimensions]);
  useEffect(() => {
    if (!refocus) return;
    const order = refocus.kind === 'regime' ? model.regimes.map((r) => r.id) : displayOrder(model.dimensions).map((d) => d.id);
    if (order.join(' ') !== refocus.ids.join(' ')) return;
    onRefocused();
    focusOn(refocus.kind === 'regime' ? { dimensionId: null, regimeId: refocus.id } : { dimensionId: refocus.id, regimeId: null });
  });

  const focusProps = (here: GridPosition, onEnter?: (e: KeyboardEvent<HTMLElement>) => void) => ({
    'data-pos': `${here.row}:${here.col}`,
    tabIndex: here.row === pos.row && here.col === pos.col ? 0 : -1,
    onFocus: (e: React.FocusEvent<HTMLElement>) => {
      if (e.target === e.currentTarget) onActive(cellAtHere(here));
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget) {
        // Escape on a header's menu button (its menu closed) goes back to the header cell.
        if (e.key === 'Escape' && (e.target as HTMLElement).getAttribute('aria-expanded') === 'false') {
          e.preventDefault();
          e.currentTarget.focus();
        }
        return;
      }
      if (onMoveKey(e, here)) return;
      if ((e.key === 'Enter' || e.key === 'F2') && onEnter) {
        e.preventDefault();
        onEnter(e);
      }
    },
  });
  const cellAtHere = (here: GridPosition): ActiveCell => {
    const row = rows[here.row];
    return { dimensionId: row?.kind === 'dimension' ? row.dimension.id : null, regimeId: here.col === 0 ? null : (regimeIds[here.col - 1] ?? null) };
  };
  const intoMenu = (e: KeyboardEvent<HTMLElement>) => e.currentTarget.querySelector<HTMLElement>('button[aria-haspopup]')?.focus();
  const colCount = regimeIds.length + 1;
  const baseline = model.baseline;

  return (
    <div className="matrix-scroll" ref={scrollRef}>
      <span id={differsId} hidden>
        {baseline ? `Differs from the baseline, ${baseline.name}.` : ''}
      </span>
      <table
        role="grid"
        aria-label="Regime comparison"
        aria-rowcount={rows.length + 1}
        aria-colcount={colCount}
        className="matrix"
        style={{ width: QUESTION_WIDTH + regimeIds.length * REGIME_WIDTH }}
      >
        <colgroup>
          <col style={{ width: QUESTION_WIDTH }} />
          {regimeIds.map((id) => (
            <col key={id} style={{ width: REGIME_WIDTH }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {table.getHeaderGroups()[0]?.headers.map((header) => {
              if (header.column.id === QUESTION_COLUMN)
                return (
                  <th key={header.id} scope="col" className="matrix-corner" {...focusProps({ row: -1, col: 0 })}>
                    Question
                  </th>
                );
              const regime = regimes.get(header.column.id)!;
              const col = regimeIds.indexOf(regime.id) + 1;
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={`regime-header${baseline?.id === regime.id ? ' is-baseline' : ''}`}
                  {...focusProps({ row: -1, col }, intoMenu)}
                >
                  <RegimeHeaderContent
                    regime={regime}
                    isBaseline={baseline?.id === regime.id}
                    first={col === 1}
                    last={col === regimeIds.length}
                    actions={regimeActions}
                  />
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" className="spacer" style={{ height: padTop }}>
              <td colSpan={colCount} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            const data = rows[item.index];
            if (!row || !data) return null;
            if (data.kind === 'group')
              return (
                <tr key={row.id} className="group-row" aria-rowindex={item.index + 2} style={{ height: GROUP_HEIGHT }}>
                  <td colSpan={colCount} className="group-header">
                    <span className="group-label" role="heading" aria-level={3}>
                      {groupLabel(data.group)} <span className="group-count">({data.count})</span>
                    </span>
                  </td>
                </tr>
              );
            const dimension = data.dimension;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} data-dimension-id={dimension.id} style={{ height: ROW_HEIGHT }}>
                {row.getVisibleCells().map((cell) => {
                  if (cell.column.id === QUESTION_COLUMN)
                    return (
                      <th key={cell.id} scope="row" className="dimension-header" {...focusProps({ row: item.index, col: 0 }, intoMenu)}>
                        <DimensionHeaderContent
                          dimension={dimension}
                          first={edges.first.has(dimension.id)}
                          last={edges.last.has(dimension.id)}
                          actions={dimensionActions}
                        />
                      </th>
                    );
                  const regimeId = cell.column.id;
                  const stored = model.cellAt(regimeId, dimension.id);
                  const status = model.statusOf(stored);
                  const differs = model.differs(regimeId, dimension.id);
                  const filled = stored && (stored.answer || stored.detail || stored.evidenceClauseIds.length);
                  const col = regimeIds.indexOf(regimeId) + 1;
                  return (
                    <td
                      key={cell.id}
                      className={`matrix-cell ${filled ? `status-${status}` : 'unfilled'}${differs ? ' differs' : ''}${baseline?.id === regimeId ? ' is-baseline' : ''}`}
                      aria-describedby={differs ? differsId : undefined}
                      data-regime-id={regimeId}
                      onDoubleClick={() => onEdit(regimeId, dimension.id)}
                      {...focusProps({ row: item.index, col }, () => onEdit(regimeId, dimension.id))}
                    >
                      <MatrixCellContent model={model} cell={stored} status={status} differs={differs} openClause={openClause} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="spacer" style={{ height: padBottom }}>
              <td colSpan={colCount} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** The first and last question of each group (all questions, not only those shown): where "Move up/down" stops. */
function groupEdges(dimensions: readonly Dimension[]) {
  const ordered = displayOrder(dimensions);
  const first = new Set<string>();
  const last = new Set<string>();
  ordered.forEach((d, i) => {
    if (ordered[i - 1]?.group.trim() !== d.group.trim()) first.add(d.id);
    if (ordered[i + 1]?.group.trim() !== d.group.trim()) last.add(d.id);
  });
  return { first, last };
}
