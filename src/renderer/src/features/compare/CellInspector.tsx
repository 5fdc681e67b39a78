/**
 * The panel beside the matrix: the focused cell in full (status and what it means, the short
 * answer, the detail rendered from Markdown, each evidence clause with its source kind and quote),
 * or the focused question or regime. Evidence chips here are ordinary tab stops.
 */
import { CELL_STATUS_HELP } from '../../core/compare/cellStatus';
import type { ComparisonModel } from '../../core/compare/comparisonModel';
import { SOURCE_KIND_LABELS } from '../../core/compare/sourceKind';
import type { Clause } from '../../core/types';
import { Markdown } from '../../ui/Markdown';
import { EvidenceChip, StatusBadge } from './cellBits';
import type { ActiveCell } from './useGridNav';

export function CellInspector({
  model,
  active,
  onEdit,
  openClause,
}: {
  model: ComparisonModel;
  active: ActiveCell;
  onEdit(regimeId: string, dimensionId: string): void;
  openClause(clause: Clause): void;
}) {
  const regime = model.regimes.find((r) => r.id === active.regimeId);
  const dimension = model.dimensions.find((d) => d.id === active.dimensionId);
  if (!regime && !dimension) return <p className="hint inspector-empty">Select a cell to see its detail and evidence.</p>;
  if (!dimension && regime)
    return (
      <section className="inspector" aria-label="Selected regime">
        <h2 className="inspector-title">{regime.name}</h2>
        <dl className="inspector-facts">
          <dt>Jurisdiction</dt>
          <dd>{regime.jurisdiction || '—'}</dd>
          <dt>Status</dt>
          <dd>{regime.status || '—'}</dd>
        </dl>
        {regime.instruments.length > 0 && (
          <>
            <h3 className="inspector-subtitle">Instruments</h3>
            <ul className="inspector-instruments">
              {regime.instruments.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  if (!regime && dimension)
    return (
      <section className="inspector" aria-label="Selected question">
        <p className="inspector-kicker">{dimension.group || 'Other questions'}</p>
        <h2 className="inspector-title">{dimension.question}</h2>
        <p className="hint">
          {dimension.agreement === 'agree'
            ? 'Marked by the analyst: the regimes agree on this question.'
            : dimension.agreement === 'differ'
              ? 'Marked by the analyst: the regimes differ on this question.'
              : 'Whether the regimes agree is decided by their short answers.'}
        </p>
      </section>
    );
  const cell = model.cellAt(regime!.id, dimension!.id);
  const status = model.statusOf(cell);
  const evidence = cell ? model.evidenceOf(cell) : [];
  const baselineCell = model.baseline ? model.cellAt(model.baseline.id, dimension!.id) : undefined;
  return (
    <section className="inspector" aria-label="Selected cell">
      <p className="inspector-kicker">
        {regime!.name} · {dimension!.group || 'Other questions'}
      </p>
      <h2 className="inspector-title">{dimension!.question}</h2>
      {cell && (cell.answer || cell.detail || evidence.length > 0) ? (
        <>
          <p className="inspector-status">
            <StatusBadge status={status} /> <span className="hint">{CELL_STATUS_HELP[status]}</span>
          </p>
          <p className="inspector-answer">{cell.answer || 'No short answer.'}</p>
          {model.differs(regime!.id, dimension!.id) && (
            <p className="inspector-differs">
              <span className="differs-mark">≠ baseline</span> {model.baseline!.name}: “{baselineCell?.answer}”
            </p>
          )}
          {cell.detail && <Markdown text={cell.detail} className="markdown inspector-detail" />}
          <h3 className="inspector-subtitle">Evidence</h3>
          {evidence.length === 0 ? (
            <p className="hint">None attached.</p>
          ) : (
            <ul className="inspector-evidence">
              {evidence.map((item, i) => (
                <li key={item?.clause.id ?? `missing-${i}`}>
                  <EvidenceChip item={item} onOpen={openClause} />
                  {item && (
                    <>
                      <span className={`matrix-source-kind ${item.sourceKind}`}>{SOURCE_KIND_LABELS[item.sourceKind]}</span>
                      <blockquote className="matrix-quote">{item.quote}</blockquote>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="hint">Not answered yet.</p>
      )}
      <button type="button" onClick={() => onEdit(regime!.id, dimension!.id)}>
        Edit cell…
      </button>
    </section>
  );
}
