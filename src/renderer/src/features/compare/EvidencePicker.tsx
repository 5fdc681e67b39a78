/**
 * "Attach evidence": the cell editor's clause picker. Finds clauses of the case by their quote,
 * label, comment or document, grouped by document with its source kind shown (a study note is a
 * paraphrase, never the law's text), and hands back the full evidence list in the cell's order:
 * what was attached first stays first. Shows at most SHOWN_STEP rows at a time ("Show more"), so
 * 5,000 clauses cost one filter pass per keystroke, not 5,000 rows of DOM.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { ILLUSTRATIVE_SUFFIX } from '../../core/clauseExport';
import { prepareQuote } from '../../core/compare/clauseDiff';
import { SOURCE_KIND_LABELS } from '../../core/compare/sourceKind';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { useCaseEvidence } from './evidenceClauses';
import { excerpt, groupByDocument, matchEvidence, toggleChoice, type SearchableEvidence } from './evidenceSearch';
import './evidence.css';

export interface EvidencePickerProps {
  caseId: string;
  open: boolean;
  /** The cell's evidence clause ids, in its order. */
  selected: readonly string[];
  onClose(): void;
  /** The new full list: the earlier evidence still checked, in its order, then newly checked clauses. */
  onDone(clauseIds: string[]): void;
}

const SHOWN_STEP = 100;

export function EvidencePicker({ caseId, open, selected, onClose, onDone }: EvidencePickerProps) {
  return (
    <Dialog title="Attach evidence" open={open} onClose={onClose} description="Check the clauses that back this cell’s answer.">
      {/* Mounted only while open (Dialog renders its children then), so each opening starts from `selected`. */}
      <PickerBody caseId={caseId} selected={selected} onClose={onClose} onDone={onDone} />
    </Dialog>
  );
}

function PickerBody({ caseId, selected, onClose, onDone }: Omit<EvidencePickerProps, 'open'>) {
  const entries = useCaseEvidence(caseId, true);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(SHOWN_STEP);
  const [chosen, setChosen] = useState<string[]>(() => [...selected]);
  const deferred = useDeferredValue(query);
  const matches = useMemo(() => (entries ? matchEvidence(entries, deferred) : []), [entries, deferred]);
  const groups = useMemo(() => groupByDocument(matches.slice(0, limit)), [matches, limit]);
  const known = useMemo(() => new Set(entries?.map((e) => e.item.clause.id)), [entries]);
  const missing = entries ? chosen.filter((id) => !known.has(id)) : [];
  const chosenSet = new Set(chosen);

  return (
    <>
      <input
        type="search"
        className="evidence-search"
        aria-label="Find clauses"
        placeholder="Words of the quote, label, comment, document…"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setLimit(SHOWN_STEP);
        }}
      />
      <p className="hint" role="status">
        {!entries
          ? 'Reading the case’s clauses…'
          : entries.length === 0
            ? 'This case has no clauses yet: mark them in a document’s reader first.'
            : matches.length === 0
              ? 'No clause matches.'
              : `${matches.length} of ${entries.length} clauses${matches.length > limit ? `, first ${limit} shown` : ''}; ${chosen.length} chosen.`}
      </p>
      <div className="evidence-results">
        {groups.map((g) => (
          <div key={g.documentId} role="group" className="evidence-group" aria-label={g.documentTitle}>
            <h3>
              <span>{g.documentTitle}</span>
              <span className={`source-kind ${g.sourceKind}`}>{SOURCE_KIND_LABELS[g.sourceKind]}</span>
            </h3>
            <ul>
              {g.entries.map((entry) => (
                <EvidenceOption
                  key={entry.item.clause.id}
                  entry={entry}
                  checked={chosenSet.has(entry.item.clause.id)}
                  onToggle={() => setChosen((list) => toggleChoice(list, entry.item.clause.id))}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
      {matches.length > limit && (
        <button type="button" onClick={() => setLimit((n) => n + SHOWN_STEP)}>
          Show more
        </button>
      )}
      {missing.length > 0 && (
        <p className="hint">
          {missing.length === 1 ? 'One attached clause no longer exists' : `${missing.length} attached clauses no longer exist`} (the cell needs
          review until it goes).{' '}
          <button type="button" className="link" onClick={() => setChosen((list) => list.filter((id) => known.has(id)))}>
            Remove {missing.length === 1 ? 'it' : 'them'}
          </button>
        </p>
      )}
      <DialogActions onCancel={onClose} confirmLabel="Attach" onConfirm={() => onDone(chosen)} />
    </>
  );
}

function EvidenceOption({ entry, checked, onToggle }: { entry: SearchableEvidence; checked: boolean; onToggle(): void }) {
  const id = useId();
  const { clause } = entry.item;
  // The excerpt is cut from the words alone, so the illustrative mark is never cut off with them.
  const quote = prepareQuote(entry.item.quote);
  return (
    <li className="evidence-option">
      <label>
        {/* Named by the clause's name and type only; the quote is its description, so names stay short. */}
        <input type="checkbox" checked={checked} onChange={onToggle} aria-labelledby={`${id}-name`} aria-describedby={`${id}-quote`} />
        <span className="evidence-option-text">
          <span id={`${id}-name`} className="evidence-option-name">
            <strong>{entry.name}</strong>
            {clause.label && <span className="hint"> · {entry.typeLabel}</span>}
            {clause.anchorStatus === 'orphaned' && <span className="evidence-orphaned"> · orphaned</span>}
          </span>
          <span className="evidence-citation">{entry.item.citation}</span>
          <q id={`${id}-quote`} className="evidence-quote">
            {excerpt(quote.text)}
            {quote.illustrative && ILLUSTRATIVE_SUFFIX}
          </q>
        </span>
      </label>
    </li>
  );
}
