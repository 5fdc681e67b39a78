/**
 * The small marks a comparison cell is made of: its status badge (each status differs in border,
 * icon and words, never only in colour), its evidence chips and the key that explains them.
 */
import { CELL_STATUS_HELP, CELL_STATUS_LABELS } from '../../core/compare/cellStatus';
import type { EvidenceItem } from '../../core/compare/comparisonModel';
import { SOURCE_KIND_LABELS } from '../../core/compare/sourceKind';
import type { CellStatus, Clause } from '../../core/types';

/** Icons beside the words, so the statuses differ in shape as well as colour. */
const STATUS_ICONS: Record<CellStatus, string> = {
  sourced: '§',
  paraphrased: '≈',
  unsourced: '○',
  disputed: '⚑',
  'needs-review': '⚠',
};

export const STATUS_ORDER: readonly CellStatus[] = ['sourced', 'paraphrased', 'unsourced', 'disputed', 'needs-review'];

export function StatusBadge({ status }: { status: CellStatus }) {
  return (
    <span className={`status-badge status-${status}`} title={CELL_STATUS_HELP[status]}>
      <span className="status-icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      {CELL_STATUS_LABELS[status]}
    </span>
  );
}

/** The key under the matrix: each status's badge and what it means. */
export function StatusKey() {
  return (
    <ul className="status-key" aria-label="Cell status key">
      {STATUS_ORDER.map((s) => (
        <li key={s}>
          <StatusBadge status={s} />
          <span className="status-key-help">{CELL_STATUS_HELP[s]}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The pinpoint first ("¶ 4 · 15 CFR 734.7, …"), so a chip cut short by its width still says which
 * paragraph it cites; the full citation stays in the text (and the accessible name).
 */
function chipText(item: EvidenceItem): string {
  const label = item.clause.label.trim();
  if (!label) return item.citation;
  const rest = item.citation.endsWith(label) ? item.citation.slice(0, -label.length).replace(/[\s,;·]+$/, '') : item.citation;
  return rest ? `${label} · ${rest}` : label;
}

/**
 * One evidence clause, named by its pinpoint citation; a click opens the reader on its highlight.
 * A clause that no longer exists is shown as such (and makes the cell "needs review").
 */
export function EvidenceChip({ item, onOpen, tabIndex }: { item: EvidenceItem | undefined; onOpen(clause: Clause): void; tabIndex?: number }) {
  if (!item) return <span className="evidence-chip missing">Missing clause</span>;
  const orphaned = item.anchorStatus === 'orphaned';
  return (
    <button
      type="button"
      className={`evidence-chip ${item.sourceKind}${orphaned ? ' orphaned' : ''}`}
      tabIndex={tabIndex}
      title={`${item.documentTitle} — ${SOURCE_KIND_LABELS[item.sourceKind]}${orphaned ? ' — orphaned: not found in the current text' : ''}\n“${item.quote}”`}
      onClick={(e) => {
        e.stopPropagation();
        onOpen(item.clause);
      }}
    >
      {orphaned && <span aria-hidden="true">⚠ </span>}
      {chipText(item)}
    </button>
  );
}
