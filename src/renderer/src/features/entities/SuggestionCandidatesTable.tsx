/**
 * The "Suggested entities" table: names found in the case's documents that no entity has yet,
 * most frequent first, each with its guessed type, why it was suggested and how often it occurs;
 * its occurrences unfold under it. "Accept" asks before creating anything; "Dismiss" hides it for
 * this case. A filter narrows by words and by type; long lists show PAGE rows at a time.
 */
import { useMemo, useState } from 'react';
import { ENTITY_TYPES, entityTypeLabel } from '../../core/entities/entityKinds';
import type { EntityCandidate, SuggestionOccurrence } from '../../core/entities/suggestEntities';
import type { DocumentRecord, EntityType } from '../../core/types';
import { SuggestionOccurrences } from './SuggestionOccurrences';

interface SuggestionCandidatesTableProps {
  candidates: readonly EntityCandidate[];
  documents: ReadonlyMap<string, DocumentRecord>;
  onAccept(candidate: EntityCandidate): void;
  onDismiss(candidate: EntityCandidate): void;
  onOpen(candidate: EntityCandidate, occurrence: SuggestionOccurrence): void;
}

const PAGE = 100;

export function SuggestionCandidatesTable({ candidates, documents, onAccept, onDismiss, onOpen }: SuggestionCandidatesTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [type, setType] = useState<EntityType | ''>('');
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => {
    const words = filter.toLowerCase().trim();
    return candidates.filter(
      (c) => (!type || c.type === type) && (!words || c.name.toLowerCase().includes(words) || c.aliases.some((a) => a.toLowerCase().includes(words))),
    );
  }, [candidates, filter, type]);
  const toggle = (key: string) =>
    setExpanded((now) => {
      const next = new Set(now);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <section className="suggestion-section" aria-labelledby="suggested-entities-heading">
      <div className="suggestion-section-head">
        <h3 id="suggested-entities-heading">Suggested entities</h3>
        <span className="count">
          {rows.length === candidates.length ? `${candidates.length} found` : `${rows.length} of ${candidates.length} shown`}
        </span>
        <input
          type="search"
          aria-label="Filter suggestions"
          placeholder="Filter suggestions"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <select aria-label="Type of suggestions" value={type} onChange={(e) => setType(e.target.value as EntityType | '')}>
          <option value="">All types</option>
          {ENTITY_TYPES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{candidates.length === 0 ? 'No new names found in this case’s documents.' : 'No suggestion matches the filter.'}</p>
      ) : (
        <table className="suggestion-table" aria-label="Suggested entities">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Why</th>
              <th scope="col" className="suggestion-num">
                Count
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((c) => {
              const open = expanded.has(c.key);
              const listId = `suggestion-occ-${c.key.replace(/\W+/g, '-')}`;
              return [
                <tr key={c.key}>
                  <th scope="row">
                    <button
                      type="button"
                      className="suggestion-toggle"
                      aria-expanded={open}
                      aria-controls={open ? listId : undefined}
                      onClick={() => toggle(c.key)}
                    >
                      <span aria-hidden="true" className="suggestion-caret">
                        {open ? '▾' : '▸'}
                      </span>
                      {c.name}
                    </button>
                    {c.aliases.length > 0 && <span className="hint suggestion-aliases">also {c.aliases.join(', ')}</span>}
                  </th>
                  <td>{entityTypeLabel(c.type)}</td>
                  <td className="hint">{c.reason}</td>
                  <td className="suggestion-num">{c.count}</td>
                  <td className="suggestion-actions">
                    <button type="button" aria-label={`Accept ${c.name}`} onClick={() => onAccept(c)}>
                      Accept
                    </button>
                    <button type="button" aria-label={`Dismiss ${c.name}`} onClick={() => onDismiss(c)}>
                      Dismiss
                    </button>
                  </td>
                </tr>,
                open && (
                  <tr key={`${c.key}-occ`} className="suggestion-occurrence-row">
                    <td colSpan={5}>
                      <SuggestionOccurrences
                        id={listId}
                        name={c.name}
                        occurrences={c.occurrences}
                        count={c.count}
                        documents={documents}
                        onOpen={(o) => onOpen(c, o)}
                      />
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      )}
      {rows.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more
        </button>
      )}
    </section>
  );
}
