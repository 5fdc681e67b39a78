import { Markdown } from '../../ui/Markdown';
import type { ClauseRow } from './clauseFilter';

const STATUS = {
  anchored: '',
  fuzzy: 'Placed by fuzzy match: check the words.',
  orphaned: 'Orphaned: its words were not found in this version.',
} as const;

/** The card shown while the pointer rests on a highlight: what the clause is and says. */
export function ClauseCard({ row, box, illustrative }: { row: ClauseRow; box: DOMRect; illustrative: boolean }) {
  const { clause } = row;
  // Below the highlight when there is room, else above it; never off the window's right edge.
  const below = box.bottom + 240 < window.innerHeight;
  const left = Math.min(Math.max(8, box.left), window.innerWidth - 400);
  return (
    <div role="tooltip" className="clause-card" style={below ? { left, top: box.bottom + 6 } : { left, bottom: window.innerHeight - box.top + 6 }}>
      <div className="clause-card-head">
        <span className="clause-swatch" style={{ backgroundColor: clause.colour }} aria-hidden="true" />
        <strong>{row.typeLabel}</strong>
        {clause.label && <span>{clause.label}</span>}
      </div>
      <div className="clause-citation">{row.citation}</div>
      <blockquote className="clause-quote">
        {row.quote}
        {illustrative && <span className="hint"> (illustrative reconstruction)</span>}
      </blockquote>
      {STATUS[clause.anchorStatus] && <p className={`clause-status ${clause.anchorStatus}`}>{STATUS[clause.anchorStatus]}</p>}
      {clause.comment && <Markdown text={clause.comment} className="markdown clause-comment" />}
      {clause.tags.length > 0 && <div className="clause-tags">{clause.tags.map((t) => `#${t}`).join(' ')}</div>}
      <div className="hint">
        {clause.createdBy}, {new Date(clause.updatedAt).toLocaleString()}
      </div>
    </div>
  );
}
