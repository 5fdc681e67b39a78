/**
 * Two clauses side by side with their word-level difference: each column names its clause
 * (citation, document, source kind) and shows its own words, the first with what only it has
 * struck through (<del>), the second with what only it has underlined (<ins>). Marks are text
 * decorations with a legend, never colour alone; screen readers hear where each starts and ends.
 */
import type { EvidenceItem } from '../../core/compare/comparisonModel';
import { describeDiff, diffClauses, sideParts, type DiffPart } from '../../core/compare/clauseDiff';
import { SOURCE_KIND_LABELS } from '../../core/compare/sourceKind';
import { clauseTypeLabel } from '../../core/clauseTypes';

export function ClauseDiffView({ first, second }: { first: EvidenceItem; second: EvidenceItem }) {
  const diff = diffClauses(first.quote, second.quote);
  const secondary = [first, second].filter((e) => e.sourceKind === 'secondary');
  return (
    <div className="clause-diff">
      <p className="clause-diff-legend">
        Legend: <del>struck through</del>: only in the first clause · <ins>underlined</ins>: only in the second clause
      </p>
      <p role="status" className="clause-diff-summary">
        {describeDiff(diff)}
      </p>
      <div className="clause-diff-columns">
        <DiffColumn heading="First clause" item={first} parts={sideParts(diff, 'first')} illustrative={diff.first.illustrative} />
        <DiffColumn heading="Second clause" item={second} parts={sideParts(diff, 'second')} illustrative={diff.second.illustrative} />
      </div>
      {secondary.length > 0 && (
        <p className="clause-diff-note" role="note">
          {secondary.length === 2 ? 'Both clauses come' : `The ${secondary[0] === first ? 'first' : 'second'} clause comes`} from a secondary source
          (study notes, an article or an illustrative reconstruction):{' '}
          {secondary.length === 2 ? 'their words are paraphrases' : 'its words are a paraphrase'}, not the law’s own text. Check the primary text
          before relying on a difference.
        </p>
      )}
    </div>
  );
}

function DiffColumn({ heading, item, parts, illustrative }: { heading: string; item: EvidenceItem; parts: DiffPart[]; illustrative: boolean }) {
  const { clause } = item;
  return (
    <section className="clause-diff-column" aria-label={heading}>
      <h3>{heading}</h3>
      <p className="clause-diff-head">
        <strong>{clause.label || clauseTypeLabel(clause.type)}</strong>
        <span className={`source-kind ${item.sourceKind}`}>{SOURCE_KIND_LABELS[item.sourceKind]}</span>
      </p>
      <p className="clause-diff-citation">{item.citation || item.documentTitle}</p>
      <blockquote className="clause-diff-quote">
        {parts.map((p, i) =>
          p.kind === 'deleted' ? <del key={i}>{p.text}</del> : p.kind === 'inserted' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>,
        )}
        {illustrative && <span className="hint"> (illustrative reconstruction)</span>}
      </blockquote>
      {clause.anchorStatus === 'orphaned' && <p className="error">Orphaned: these words were not found in the document’s current version.</p>}
    </section>
  );
}
