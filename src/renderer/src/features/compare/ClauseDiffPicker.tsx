/**
 * One of the two clause choosers of "Compare two clauses": a search field narrowing a select of
 * the case's clauses ("label — document"). The chosen clause stays in the select while a search
 * hides the others, so the field never shows a choice the user did not make.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { clauseOptionText, matchEvidence, type SearchableEvidence } from './evidenceSearch';

/** A select of thousands of options is slow to open and useless to scroll; search narrows it. */
const MAX_OPTIONS = 300;

export function ClauseDiffPicker({
  label,
  entries,
  value,
  onChange,
}: {
  /** "First clause" or "Second clause": the select's name. */
  label: string;
  entries: readonly SearchableEvidence[];
  value: string;
  onChange(clauseId: string): void;
}) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const selectId = useId();
  const matches = useMemo(() => matchEvidence(entries, deferred), [entries, deferred]);
  const chosen = entries.find((e) => e.item.clause.id === value);
  const shown = matches.slice(0, MAX_OPTIONS);
  const options = chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown;

  return (
    <div className="clause-diff-picker">
      <label className="field">
        Find {label.toLowerCase()}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Words of the quote, label, document…" />
      </label>
      <div className="field">
        <label htmlFor={selectId}>{label}</label>
        <select id={selectId} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{matches.length === 0 ? 'No clause matches' : 'Choose a clause…'}</option>
          {options.map((e) => (
            <option key={e.item.clause.id} value={e.item.clause.id}>
              {clauseOptionText(e)}
            </option>
          ))}
        </select>
      </div>
      {matches.length > MAX_OPTIONS && (
        <p className="hint">
          First {MAX_OPTIONS} of {matches.length}; search to narrow.
        </p>
      )}
    </div>
  );
}
