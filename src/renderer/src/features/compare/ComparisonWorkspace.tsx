/**
 * One comparison at work: the toolbar, the "Regime comparison" matrix, the panel with the focused
 * cell, and the dialogs that add, edit and delete its parts. The model is a live query, so every
 * write (here, an undo, a clause deleted elsewhere) shows at once.
 */
import { useMemo, useState } from 'react';
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import { groupsOf, matrixRows, type RowFilter } from '../../core/compare/matrixRows';
import { moveDimension, moveRegime } from '../../core/compare/reorder';
import type { Clause, Dimension, Regime } from '../../core/types';
import { useUndo } from '../../ui/undo';
import { CellEditor, type CellEditorTarget } from './CellEditor';
import { CellInspector } from './CellInspector';
import { StatusKey } from './cellBits';
import { editComparison } from './comparisonActions';
import { useHiddenRegimes } from './compareSettings';
import type { DimensionActions, RegimeActions } from './MatrixHeaders';
import { MatrixToolbar } from './MatrixToolbar';
import {
  ConfirmDeleteDialog,
  DimensionDialog,
  RegimeDialog,
  type DimensionDialogState,
  type PartTarget,
  type RegimeDialogState,
} from './PartDialogs';
import { editDimension, removePart, reorderParts } from './partActions';
import { RegimeMatrix, type Refocus } from './RegimeMatrix';
import type { ActiveCell } from './useGridNav';
import { CompareAside } from './CompareAside';
import { ComparisonChart } from './ComparisonChart';

type Deleting = { kind: 'regime'; row: Regime } | { kind: 'dimension'; row: Dimension };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ComparisonWorkspace({ model, profile, openClause }: { model: ComparisonModel; profile: string; openClause(clause: Clause): void }) {
  const undo = useUndo();
  const { comparison } = model;
  const [hidden, setHidden] = useHiddenRegimes(comparison.id);
  const [filter, setFilter] = useState<RowFilter>({ group: null, text: '', onlyDifferences: false });
  const [active, setActive] = useState<ActiveCell>({ dimensionId: model.dimensions[0]?.id ?? null, regimeId: null });
  const [editing, setEditing] = useState<CellEditorTarget | null>(null);
  const [regimeDialog, setRegimeDialog] = useState<RegimeDialogState | null>(null);
  const [dimensionDialog, setDimensionDialog] = useState<DimensionDialogState | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const [refocus, setRefocus] = useState<Refocus | null>(null);

  const shownIds = useMemo(() => model.regimes.filter((r) => !hidden.includes(r.id)).map((r) => r.id), [model.regimes, hidden]);
  const groups = useMemo(() => groupsOf(model.dimensions), [model.dimensions]);
  // A group filter on a group that no longer exists (renamed, deleted, undone) shows everything.
  const effective = useMemo(() => (filter.group !== null && !groups.includes(filter.group) ? { ...filter, group: null } : filter), [filter, groups]);
  const rows = useMemo(() => matrixRows(model, shownIds, effective), [model, shownIds, effective]);
  const shownCount = rows.filter((r) => r.kind === 'dimension').length;

  const run = (action: () => Promise<unknown>) =>
    void action().catch((e: unknown) => {
      setRefocus(null);
      undo.notify(`Not done: ${e instanceof Error ? e.message : String(e)}`);
    });
  const target = (order: number): PartTarget => ({ caseId: comparison.caseId, comparisonId: comparison.id, nextOrder: order, profile });
  const nextOrder = (parts: readonly { order: number }[]) => Math.max(-1, ...parts.map((p) => p.order)) + 1;

  const openEditor = (regimeId: string, dimensionId: string) => {
    const regime = model.regimes.find((r) => r.id === regimeId);
    const dimension = model.dimensions.find((d) => d.id === dimensionId);
    if (regime && dimension) setEditing({ regime, dimension, cell: model.cellAt(regimeId, dimensionId) });
  };
  const setBaseline = (regimeId: string | undefined) => {
    const name = model.regimes.find((r) => r.id === regimeId)?.name;
    run(() => editComparison(comparison.id, { baselineRegimeId: regimeId }, name ? `Set the baseline to “${name}”.` : 'Cleared the baseline.', undo));
  };

  const regimeActions: RegimeActions = {
    edit: (regime) => setRegimeDialog({ mode: 'edit', regime }),
    move: (regime, direction) => {
      const ids = moveRegime(
        model.regimes.map((r) => r.id),
        shownIds,
        regime.id,
        direction,
      );
      if (!ids) return;
      setRefocus({ kind: 'regime', id: regime.id, ids });
      run(() => reorderParts('regime', ids, `Moved “${regime.name}” ${direction < 0 ? 'left' : 'right'}.`, undo));
    },
    hide: (regime) => setHidden([...hidden, regime.id]),
    setBaseline: (regime) => setBaseline(regime?.id),
    remove: (regime) => setDeleting({ kind: 'regime', row: regime }),
  };
  const dimensionActions: DimensionActions = {
    edit: (dimension) => setDimensionDialog({ mode: 'edit', dimension }),
    move: (dimension, direction) => {
      const ids = moveDimension(model.dimensions, dimension.id, direction);
      if (!ids) return;
      setRefocus({ kind: 'dimension', id: dimension.id, ids });
      run(() => reorderParts('dimension', ids, `Moved “${dimension.question}” ${direction < 0 ? 'up' : 'down'}.`, undo));
    },
    setAgreement: (dimension, agreement) =>
      run(() =>
        editDimension(
          dimension.id,
          { agreement },
          agreement ? `Marked “${dimension.question}”: regimes ${agreement}.` : `“${dimension.question}” decided by answers.`,
          undo,
        ),
      ),
    remove: (dimension) => setDeleting({ kind: 'dimension', row: dimension }),
  };

  const deletingCells = deleting
    ? model.regimes
        .flatMap((r) => model.dimensions.map((d) => ({ r, d })))
        .filter(({ r, d }) => (deleting.kind === 'regime' ? r.id === deleting.row.id : d.id === deleting.row.id) && model.cellAt(r.id, d.id)).length
    : 0;
  const deletingName = deleting ? (deleting.kind === 'regime' ? deleting.row.name : deleting.row.question) : '';

  return (
    <div className="comparison-work">
      <MatrixToolbar
        model={model}
        groups={groups}
        filter={effective}
        onFilter={setFilter}
        hidden={hidden}
        onHidden={setHidden}
        onBaseline={setBaseline}
        onAddRegime={() => setRegimeDialog({ mode: 'new', target: target(nextOrder(model.regimes)) })}
        onAddQuestion={() => setDimensionDialog({ mode: 'new', target: target(nextOrder(model.dimensions)), group: effective.group ?? '' })}
      />
      <div className="compare-body">
        <div className="compare-main">
          {model.regimes.length === 0 || model.dimensions.length === 0 ? (
            <p className="empty">
              {model.regimes.length === 0 && model.dimensions.length === 0
                ? 'This comparison is empty. Use “Add regime” for each regime to compare (a column) and “Add question” for each question to ask of them (a row).'
                : model.regimes.length === 0
                  ? 'No regimes yet: use “Add regime” to add a column.'
                  : 'No questions yet: use “Add question” to add a row.'}
            </p>
          ) : shownIds.length === 0 ? (
            <p className="empty">Every regime is hidden. Use “Columns” to show some.</p>
          ) : (
            <>
              <RegimeMatrix
                model={model}
                rows={rows}
                hidden={hidden}
                active={active}
                onActive={setActive}
                onEdit={openEditor}
                openClause={openClause}
                regimeActions={regimeActions}
                dimensionActions={dimensionActions}
                refocus={refocus}
                onRefocused={() => setRefocus(null)}
              />
              {shownCount === 0 && <p className="empty">No question matches the filters.</p>}
            </>
          )}
          <div className="compare-foot">
            <span className="count" aria-live="polite">
              {shownCount === model.dimensions.length
                ? plural(shownCount, 'question')
                : `${shownCount} of ${plural(model.dimensions.length, 'question')} shown`}
              {shownIds.length < model.regimes.length && ` · ${shownIds.length} of ${plural(model.regimes.length, 'regime')} shown`}
            </span>
            <StatusKey />
          </div>
        </div>
        <CompareAside chart={<ComparisonChart model={model} />}>
          <CellInspector model={model} active={active} onEdit={openEditor} openClause={openClause} />
        </CompareAside>
      </div>
      <CellEditor model={model} target={editing} profile={profile} onClose={() => setEditing(null)} />
      <RegimeDialog state={regimeDialog} onClose={() => setRegimeDialog(null)} />
      <DimensionDialog state={dimensionDialog} groups={groups} onClose={() => setDimensionDialog(null)} />
      <ConfirmDeleteDialog
        title={deleting?.kind === 'regime' ? 'Delete regime' : 'Delete question'}
        open={deleting !== null}
        message={`Delete ${deleting?.kind === 'regime' ? 'the regime' : 'the question'} “${deletingName}” and its ${plural(deletingCells, 'cell')}? The clauses cited stay; Undo brings it all back.`}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const part = deleting;
          setDeleting(null);
          if (part) run(() => removePart(part, undo));
        }}
      />
    </div>
  );
}
