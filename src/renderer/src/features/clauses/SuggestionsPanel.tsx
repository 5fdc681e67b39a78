import { useState } from 'react';
import { BUILT_IN_CLAUSE_TYPES } from '../../core/clauseTypes';

/** A proposed clause waiting for the analyst's word. */
export interface Suggestion {
  key: string;
  label: string;
  type: string;
  quote: string;
  /** Where it came from: the document's numbering, or an annotation in the PDF itself. */
  source: 'structure' | 'pdf-annotation';
  comment?: string;
}

interface SuggestionsPanelProps {
  suggestions: readonly Suggestion[];
  onAccept(accepted: Suggestion[]): void;
  onReject(rejected: Suggestion[]): void;
  onClose(): void;
}

/** Review of suggested clauses: accept or reject one by one (type adjustable) or all at once. */
export function SuggestionsPanel({ suggestions, onAccept, onReject, onClose }: SuggestionsPanelProps) {
  const [types, setTypes] = useState<Record<string, string>>({});
  const withType = (s: Suggestion) => ({ ...s, type: types[s.key] ?? s.type });
  return (
    <section className="suggestions" aria-label="Suggested clauses">
      <div className="suggestions-head">
        <strong>{suggestions.length} suggested</strong>
        <button type="button" onClick={() => onAccept(suggestions.map(withType))} disabled={suggestions.length === 0}>
          Accept all
        </button>
        <button type="button" onClick={() => onReject([...suggestions])} disabled={suggestions.length === 0}>
          Reject all
        </button>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
      {suggestions.length === 0 ? (
        <p className="empty">No suggestions left.</p>
      ) : (
        <ul className="suggestions-list" aria-label="Suggestions">
          {suggestions.map((s) => (
            <li key={s.key}>
              <div className="clause-head">
                <strong>{s.label || 'Unlabelled'}</strong>
                {s.source === 'pdf-annotation' && <span className="hint">from the PDF’s own annotation</span>}
              </div>
              <span className="clause-snippet">{s.quote}</span>
              {s.comment && <span className="hint">Note: {s.comment}</span>}
              <div className="clause-actions">
                <select
                  aria-label={`Type of ${s.label || 'suggestion'}`}
                  value={types[s.key] ?? s.type}
                  onChange={(e) => setTypes({ ...types, [s.key]: e.target.value })}
                >
                  {BUILT_IN_CLAUSE_TYPES.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => onAccept([withType(s)])} aria-label={`Accept ${s.label || 'suggestion'}`}>
                  Accept
                </button>
                <button type="button" onClick={() => onReject([s])} aria-label={`Reject ${s.label || 'suggestion'}`}>
                  Reject
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
