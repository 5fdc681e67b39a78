import type { KeyboardEvent } from 'react';
import { clauseTypeLabel } from '../../core/clauseTypes';
import type { DocumentHit, EntityHit, SearchGroup, SearchHit } from '../../core/search/runSearch';
import { snippetParts, type Snippet } from '../../core/search/snippet';
import { DOCUMENT_KIND_LABELS } from '../../core/types';

function Marked({ snippet }: { snippet: Snippet }) {
  return <>{snippetParts(snippet).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

function HitButton({ hit, onOpen }: { hit: DocumentHit; onOpen(hit: SearchHit): void }) {
  return (
    <button type="button" className="search-hit" data-hit-kind={hit.kind} onClick={() => onOpen(hit)}>
      <span className="search-hit-where">
        <span className="search-page">{hit.pageName}</span>
        {hit.clause && (
          <span className="search-clause-tag">
            Clause{hit.clause.label ? ` ${hit.clause.label}` : ''} · {clauseTypeLabel(hit.clause.clauseType)}
            {hit.clause.tags.length > 0 && ` · ${hit.clause.tags.join(', ')}`}
          </span>
        )}
      </span>
      <span className="search-snippet">
        <Marked snippet={hit.snippet} />
      </span>
      {hit.clause?.comment && (
        <span className="search-comment">
          Comment: <Marked snippet={hit.clause.comment} />
        </span>
      )}
    </button>
  );
}

/** An entity: its name, type and aliases (matched words marked), then its description's snippet. */
function EntityHitButton({ hit, onOpen }: { hit: EntityHit; onOpen(hit: SearchHit): void }) {
  const { name, typeLabel, aliases } = hit.entity;
  return (
    <button type="button" className="search-hit" data-hit-kind="entity" onClick={() => onOpen(hit)}>
      <span className="search-entity-head">
        <span className="search-entity-name">
          <Marked snippet={name} />
        </span>
        <span className="search-hit-where">{typeLabel}</span>
      </span>
      {aliases.length > 0 && (
        <span className="search-comment">
          Also known as:{' '}
          {aliases.map((a, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <Marked snippet={a} />
            </span>
          ))}
        </span>
      )}
      {hit.snippet.text && (
        <span className="search-snippet">
          <Marked snippet={hit.snippet} />
        </span>
      )}
    </button>
  );
}

/** ↑/↓ move between hits (across documents); from the first hit, ↑ goes back to the search box. */
function moveBetweenHits(e: KeyboardEvent<HTMLElement>, backTo: () => void): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const hits = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.search-hit')];
  const at = hits.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  e.preventDefault();
  const next = at + (e.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) backTo();
  else hits[Math.min(next, hits.length - 1)]?.focus();
}

/** Entities first (they are few, and name what the documents talk about), then results grouped by document: a heading per document, then its hits in page order. */
export function SearchResultsList({
  entities,
  groups,
  onOpen,
  onLeaveUp,
}: {
  entities: readonly EntityHit[];
  groups: readonly SearchGroup[];
  onOpen(hit: SearchHit): void;
  /** ↑ on the first hit: back to the search box. */
  onLeaveUp(): void;
}) {
  return (
    <ul className="search-results" aria-label="Search results" onKeyDown={(e) => moveBetweenHits(e, onLeaveUp)}>
      {entities.length > 0 && (
        <li className="search-group" aria-label="Entities">
          <h2 className="search-doc-title">
            Entities
            <span className="search-doc-meta">
              {entities.length} {entities.length === 1 ? 'hit' : 'hits'}
            </span>
          </h2>
          <ul className="search-hits" aria-label="Hits in Entities">
            {entities.map((h) => (
              <li key={h.id}>
                <EntityHitButton hit={h} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </li>
      )}
      {groups.map((g) => (
        <li key={g.documentId} className="search-group" aria-label={g.title}>
          <h2 className="search-doc-title">
            {g.title}
            <span className="search-doc-meta">
              {DOCUMENT_KIND_LABELS[g.kind]}
              {g.date ? ` · ${g.date}` : ''} · {g.hits.length} {g.hits.length === 1 ? 'hit' : 'hits'}
            </span>
          </h2>
          <ul className="search-hits" aria-label={`Hits in ${g.title}`}>
            {g.hits.map((h) => (
              <li key={h.id}>
                <HitButton hit={h} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
