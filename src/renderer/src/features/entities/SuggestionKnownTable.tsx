/**
 * "Known entities found in the text": the case's entities whose name or an alias the documents
 * print, how often, and how many clauses cover an occurrence without being linked to the entity
 * yet ("Propose links" offers them).
 */
import { useState } from 'react';
import { entityTypeLabel } from '../../core/entities/entityKinds';
import type { KnownEntityFound, SuggestionOccurrence } from '../../core/entities/suggestEntities';
import type { DocumentRecord } from '../../core/types';
import { SuggestionOccurrences } from './SuggestionOccurrences';

interface SuggestionKnownTableProps {
  known: readonly KnownEntityFound[];
  documents: ReadonlyMap<string, DocumentRecord>;
  onOpenEntity(entityId: string): void;
  onProposeLinks(found: KnownEntityFound): void;
  onOpen(found: KnownEntityFound, occurrence: SuggestionOccurrence): void;
}

export function SuggestionKnownTable({ known, documents, onOpenEntity, onProposeLinks, onOpen }: SuggestionKnownTableProps) {
  const [expanded, setExpanded] = useState<string | null>(null);
  return (
    <section className="suggestion-section" aria-labelledby="known-entities-heading">
      <div className="suggestion-section-head">
        <h3 id="known-entities-heading">Known entities found in the text</h3>
        <span className="count">{known.length}</span>
      </div>
      {known.length === 0 ? (
        <p className="empty">None of this case’s entities is named in its documents yet.</p>
      ) : (
        <table className="suggestion-table" aria-label="Known entities found in the text">
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Type</th>
              <th scope="col" className="suggestion-num">
                Count
              </th>
              <th scope="col">Clauses not linked</th>
            </tr>
          </thead>
          <tbody>
            {known.map((k) => {
              const open = expanded === k.entityId;
              const listId = `known-occ-${k.entityId}`;
              return [
                <tr key={k.entityId}>
                  <th scope="row">
                    <button
                      type="button"
                      className="suggestion-toggle"
                      aria-expanded={open}
                      aria-controls={open ? listId : undefined}
                      aria-label={`Occurrences of ${k.name}`}
                      onClick={() => setExpanded(open ? null : k.entityId)}
                    >
                      <span aria-hidden="true" className="suggestion-caret">
                        {open ? '▾' : '▸'}
                      </span>
                    </button>
                    <button type="button" className="link" onClick={() => onOpenEntity(k.entityId)}>
                      {k.name}
                    </button>
                  </th>
                  <td>{entityTypeLabel(k.type)}</td>
                  <td className="suggestion-num">{k.count}</td>
                  <td>
                    {k.unlinkedClauseIds.length === 0 ? (
                      <span className="hint">{k.clauseIds.length === 0 ? 'none covers it' : 'all linked'}</span>
                    ) : (
                      <button type="button" aria-label={`Propose links for ${k.name}`} onClick={() => onProposeLinks(k)}>
                        Propose {k.unlinkedClauseIds.length} link{k.unlinkedClauseIds.length === 1 ? '' : 's'}
                      </button>
                    )}
                  </td>
                </tr>,
                open && (
                  <tr key={`${k.entityId}-occ`} className="suggestion-occurrence-row">
                    <td colSpan={4}>
                      <SuggestionOccurrences
                        id={listId}
                        name={k.name}
                        occurrences={k.occurrences}
                        count={k.count}
                        documents={documents}
                        onOpen={(o) => onOpen(k, o)}
                      />
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
