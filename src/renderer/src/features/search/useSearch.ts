import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SearchRequest, SearchResults } from '../../core/search/runSearch';
import { searchClient } from './searchClient';
import type { IndexStatus } from './searchService';

/** Typing pauses this long before a query goes to the worker. */
const TYPING_DELAY_MS = 150;

/**
 * The index status, and the results of `request` (null before the first answer or for an empty
 * query). Asked again whenever the index changes, so results follow imports and edits; an answer
 * to an older request is dropped.
 */
export function useSearch(request: SearchRequest | null): { status: IndexStatus; results: SearchResults | null; failed: string | null } {
  const client = searchClient();
  const status = useSyncExternalStore(client.subscribe, () => client.status);
  const [results, setResults] = useState<SearchResults | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const latest = useRef(0);
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    const ask = key ? (JSON.parse(key) as SearchRequest) : null;
    const mine = ++latest.current;
    if (!ask) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      client.query(ask).then(
        (r) => {
          if (mine !== latest.current) return;
          setResults(r);
          setFailed(null);
        },
        (e: Error) => mine === latest.current && setFailed(e.message),
      );
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [client, key, status.revision]);
  return { status, results, failed };
}
