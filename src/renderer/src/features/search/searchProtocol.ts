/** Messages between the search client (UI thread) and the search worker. */
import type { SearchRequest, SearchResults } from '../../core/search/runSearch';
import type { IndexStatus } from './searchService';

export type ToWorker = { type: 'query'; id: number; request: SearchRequest };

export type FromWorker =
  { type: 'status'; status: IndexStatus } | { type: 'results'; id: number; results: SearchResults } | { type: 'failed'; id: number; message: string };
