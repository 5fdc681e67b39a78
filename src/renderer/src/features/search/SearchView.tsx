import { useEffect, useMemo, useRef, useState } from 'react';
import { isEmptyQuery, mergeFilters, parseQuery } from '../../core/search/query';
import { DEFAULT_LIMIT, type SearchHit, type SearchRequest, type SearchResults } from '../../core/search/runSearch';
import { ProgressBar } from '../../ui/ProgressBar';
import { controlsToFilters, NO_CONTROLS, SearchFiltersBar, type FilterControls } from './SearchFiltersBar';
import { SearchResultsList } from './SearchResultsList';
import type { IndexStatus } from './searchService';
import { useSearch } from './useSearch';
import './search.css';

export interface SearchViewProps {
  /** The workspace's case; undefined searches all cases. */
  caseId: string | undefined;
  caseName: string;
  /** Changes whenever the search box should take the focus (the Search command). */
  focusRequest: number;
  onOpen(hit: SearchHit): void;
}

function statusText(status: IndexStatus): string {
  if (status.phase === 'error') return status.message ?? 'Search index error.';
  if (status.phase === 'starting') return 'Opening the search index…';
  const items = `${status.items} ${status.items === 1 ? 'item' : 'items'}`;
  if (status.phase === 'indexing') return `Indexing (${items} so far)`;
  return status.origin === 'loaded' ? `Index loaded (${items})` : `Index built (${items})`;
}

/** "3 results in 2 documents"; with entities "4 results: 1 entity, 3 in 2 documents". */
function countText(results: SearchResults): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const more = results.truncated ? '+' : '';
  const inDocs = results.hitCount - results.entities.length;
  const docs = `in ${n(results.groups.length, 'document', 'documents')}`;
  if (results.hitCount === 0) return 'No results';
  const total = `${results.hitCount}${more} ${results.hitCount === 1 ? 'result' : 'results'}`;
  if (results.entities.length === 0) return `${total} ${docs}`;
  const entities = n(results.entities.length, 'entity', 'entities');
  return inDocs > 0 ? `${total}: ${entities}, ${inDocs} ${docs}` : `${total}: ${entities}`;
}

/**
 * Search across document texts, clauses (quotes, comments, tags, labels) and entities (names,
 * aliases, descriptions, types) of the current case or all cases, with filters; entity hits first,
 * then results grouped by document, each opening the page it was found on (an entity, its page).
 */
export function SearchView({ caseId, caseName, focusRequest, onOpen }: SearchViewProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [controls, setControls] = useState<FilterControls>(NO_CONTROLS);
  // How many hits to ask for; back to one page of them whenever the search itself changes.
  const [limit, setLimit] = useState(DEFAULT_LIMIT);
  useEffect(() => setLimit(DEFAULT_LIMIT), [query, controls, caseId]);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);
  const request = useMemo<SearchRequest>(
    () => ({ query, filters: controlsToFilters(controls), exact: controls.exact, limit, ...(caseId ? { caseId } : {}) }),
    [query, controls, caseId, limit],
  );
  // Nothing asked yet (an empty box, no filters): no search, so no "No results" before the first word.
  const blank = useMemo(() => {
    const parsed = parseQuery(query);
    return parsed.problems.length === 0 && isEmptyQuery({ ...parsed, filters: mergeFilters(controlsToFilters(controls), parsed.filters) });
  }, [query, controls]);
  const { status, results, failed } = useSearch(blank ? null : request);
  const hitCount = results?.hitCount ?? 0;

  return (
    <section className="search-view" aria-label="Search">
      <div className="search-toolbar">
        <h1>Search</h1>
        <input
          ref={inputRef}
          type="search"
          className="search-box"
          aria-label="Search"
          aria-describedby="search-syntax"
          placeholder='Words, prefix*, "a phrase", kind:complaint, tag:…'
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // ↓ goes to the first hit; ↑/↓ then move between hits, Enter opens one.
            if (e.key !== 'ArrowDown') return;
            const first = document.querySelector<HTMLButtonElement>('.search-results .search-hit');
            if (first) {
              e.preventDefault();
              first.focus();
            }
          }}
        />
        <span className="hint">in {caseName}</span>
      </div>
      <p id="search-syntax" className="hint search-syntax">
        The last word matches as a prefix while you type; long words forgive a typo. Quote a phrase for its exact words in order. Filters can be typed
        too: kind:, type:, tag:, from:, to:, date:, in:clauses, in:entities. ↓ moves to the results, Enter opens one.
      </p>
      <SearchFiltersBar value={controls} onChange={setControls} />
      <div className="search-status">
        {status.phase === 'indexing' && status.progress ? (
          <ProgressBar
            label="Indexing progress"
            value={status.progress.done}
            max={status.progress.total}
            text={`Indexing ${status.progress.done} of ${status.progress.total} pages`}
          />
        ) : null}
        <span role="status" className="hint" data-index-origin={status.origin ?? ''} data-pages-indexed={status.pagesIndexedSinceStart}>
          {statusText(status)}
        </span>
        {results && (
          <span className="count" aria-live="polite">
            {countText(results)}
          </span>
        )}
      </div>
      {results?.problems.map((p) => (
        <p key={p} className="error">
          {p}. Correct the filter word or remove it.
        </p>
      ))}
      {failed && (
        <p role="alert" className="error">
          The search failed: {failed}. Try again, or reload the app if it keeps failing.
        </p>
      )}
      <SearchResultsList
        entities={results?.entities ?? []}
        groups={results?.groups ?? []}
        onOpen={onOpen}
        onLeaveUp={() => inputRef.current?.focus()}
      />
      {results?.truncated && (
        <p className="hint search-more">
          The best {hitCount} results are shown.{' '}
          <button type="button" onClick={() => setLimit((n) => n + DEFAULT_LIMIT)}>
            Show more results
          </button>{' '}
          or add words or filters to narrow the search.
        </p>
      )}
    </section>
  );
}
