/**
 * What a matrix cell shows: its status badge, a "≠ baseline" mark when it differs from the
 * baseline regime, the short answer and the evidence chips. An empty cell says it has no answer.
 */
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import type { Cell, CellStatus, Clause } from '../../core/types';
import { EvidenceChip, StatusBadge } from './cellBits';

export function MatrixCellContent({
  model,
  cell,
  status,
  differs,
  openClause,
}: {
  model: ComparisonModel;
  cell: Cell | undefined;
  status: CellStatus;
  differs: boolean;
  openClause(clause: Clause): void;
}) {
  const evidence = cell ? model.evidenceOf(cell) : [];
  if (!cell || (!cell.answer && evidence.length === 0 && !cell.detail)) {
    return (
      <div className="cell-body empty-cell">
        <span className="no-answer">Not answered</span>
        {differs && <span className="differs-mark">≠ baseline</span>}
      </div>
    );
  }
  return (
    <div className="cell-body">
      <div className="cell-top">
        <StatusBadge status={status} />
        {differs && <span className="differs-mark">≠ baseline</span>}
        {cell.detail && (
          <span className="has-detail" title="Has a detail (shown in the panel)">
            ¶<span className="visually-hidden"> has detail</span>
          </span>
        )}
      </div>
      <p className="cell-answer" title={cell.answer}>
        {cell.answer || <span className="no-answer">No short answer</span>}
      </p>
      {evidence.length > 0 && (
        <div className="cell-evidence">
          {evidence.map((item, i) => (
            <EvidenceChip key={item?.clause.id ?? `missing-${i}`} item={item} onOpen={openClause} tabIndex={-1} />
          ))}
        </div>
      )}
    </div>
  );
}
