/**
 * Where a suggested or known name occurs: one button per occurrence (document, page, the words
 * around it) that opens the reader on that page and finds the name there.
 */
import type { SuggestionOccurrence } from '../../core/entities/suggestEntities';
import type { DocumentRecord } from '../../core/types';

interface SuggestionOccurrencesProps {
  id: string;
  name: string;
  occurrences: readonly SuggestionOccurrence[];
  /** All occurrences, when more were found than are listed. */
  count: number;
  documents: ReadonlyMap<string, DocumentRecord>;
  onOpen(occurrence: SuggestionOccurrence): void;
}

export function SuggestionOccurrences({ id, name, occurrences, count, documents, onOpen }: SuggestionOccurrencesProps) {
  return (
    <div id={id} className="suggestion-occurrences">
      <ul aria-label={`Occurrences of ${name}`}>
        {occurrences.map((o) => {
          const title = documents.get(o.documentId)?.title ?? 'Document';
          return (
            <li key={`${o.documentId}:${o.start}`}>
              <button type="button" className="suggestion-occurrence" onClick={() => onOpen(o)}>
                <span className="suggestion-where">
                  {title}, page {o.pageIndex + 1}
                  {o.clauseIds.length > 0 && <span className="suggestion-covered"> · in a clause</span>}
                </span>
                <span className="suggestion-snippet">
                  …{o.before}
                  <mark>{o.text}</mark>
                  {o.after}…
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {count > occurrences.length && (
        <p className="hint">
          The first {occurrences.length} of {count} are listed.
        </p>
      )}
    </div>
  );
}
