/**
 * Documents of the case that name the entity but hold none of its linked clauses: a click opens
 * the document at the first page naming it, with the reader's find on the name.
 */
import type { UnlinkedMention } from './useMentions';

interface UnlinkedMentionsProps {
  mentions: readonly UnlinkedMention[] | undefined;
  onOpen(documentId: string, pageNumber: number, text: string): void;
}

export function UnlinkedMentions({ mentions, onOpen }: UnlinkedMentionsProps) {
  return (
    <section className="entity-mentions" aria-labelledby="entity-mentions-title">
      <h3 id="entity-mentions-title">Mentioned in documents without a linked clause</h3>
      {mentions === undefined ? (
        <p className="hint">Reading the case’s documents…</p>
      ) : mentions.length === 0 ? (
        <p className="hint">No other document of the case names it.</p>
      ) : (
        <ul aria-label="Mentioned without a linked clause" className="entity-mention-list">
          {mentions.map(({ doc, mention }) => (
            <li key={doc.id}>
              <button type="button" className="link" onClick={() => onOpen(doc.id, mention.pageIndex + 1, mention.text)}>
                {doc.title || doc.fileName}
              </button>{' '}
              <span className="hint">
                “{mention.text}”, first on page {mention.pageIndex + 1}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
