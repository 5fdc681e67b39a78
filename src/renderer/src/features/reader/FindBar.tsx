import { useEffect, useState, type RefObject } from 'react';
import type { FindOptions, FindResult } from '../../pdf/viewer';

/** What the count reads: "3 of 12", "No matches", or that the search is still running. */
export function findCountText(result: FindResult | null, query: string): string {
  if (!query.trim() || !result) return '';
  if (result.status === 'not-found') return 'No matches';
  if (result.total > 0) return `${result.current} of ${result.total}`;
  return 'Searching…';
}

/**
 * Find in document: typing searches (pdf.js highlights every hit and scrolls to the current one),
 * Enter / Shift+Enter (or F3 / Shift+F3 anywhere in the reader) step through hits, Escape closes.
 */
export function FindBar({
  inputRef,
  result,
  onFind,
  onClose,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  result: FindResult | null;
  onFind(query: string, options: FindOptions, step?: 'next' | 'previous'): void;
  onClose(): void;
}) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<FindOptions>({ caseSensitive: false, entireWord: false });
  useEffect(() => {
    inputRef.current?.focus();
  }, [inputRef]);

  const search = (q: string, o: FindOptions, step?: 'next' | 'previous') => {
    if (q.trim()) onFind(q, o, step);
  };
  const setOption = (patch: Partial<FindOptions>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    search(query, next);
  };
  const wrapped = result?.status === 'wrapped';

  return (
    <div className="find-bar" role="search" aria-label="Find">
      <input
        ref={inputRef}
        type="search"
        aria-label="Find in document"
        placeholder="Find in document…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          search(e.target.value, options);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            search(query, options, e.shiftKey ? 'previous' : 'next');
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <button type="button" onClick={() => search(query, options, 'previous')} disabled={!query.trim()}>
        Previous match
      </button>
      <button type="button" onClick={() => search(query, options, 'next')} disabled={!query.trim()}>
        Next match
      </button>
      <label className="check">
        <input type="checkbox" checked={options.caseSensitive} onChange={(e) => setOption({ caseSensitive: e.target.checked })} />
        Match case
      </label>
      <label className="check">
        <input type="checkbox" checked={options.entireWord} onChange={(e) => setOption({ entireWord: e.target.checked })} />
        Whole words
      </label>
      <span role="status" className="find-count">
        {findCountText(result, query)}
        {wrapped && <span className="find-wrapped"> (continued from the other end)</span>}
      </span>
      <button type="button" onClick={onClose} aria-label="Close find bar">
        ×
      </button>
    </div>
  );
}
