/**
 * The UI thread's side of search: starts the search worker on first use (it then keeps the index
 * in step with the database for the rest of the session), mirrors its status, and sends queries.
 */
import type { SearchRequest, SearchResults } from '../../core/search/runSearch';
import type { FromWorker, ToWorker } from './searchProtocol';
import { INITIAL_STATUS, type IndexStatus } from './searchService';

class SearchClient {
  readonly #worker: Worker;
  #status: IndexStatus = INITIAL_STATUS;
  readonly #listeners = new Set<() => void>();
  readonly #pending = new Map<number, { resolve(r: SearchResults): void; reject(e: Error): void }>();
  #nextId = 1;

  constructor() {
    this.#worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'search' });
    this.#worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
    this.#worker.onerror = (event) => {
      this.#status = { ...this.#status, phase: 'error', message: `Search could not start (${event.message || 'worker error'}). Reload the app.` };
      this.#listeners.forEach((l) => l());
    };
  }

  #receive(message: FromWorker): void {
    if (message.type === 'status') {
      this.#status = message.status;
      this.#listeners.forEach((l) => l());
      return;
    }
    const waiting = this.#pending.get(message.id);
    this.#pending.delete(message.id);
    if (message.type === 'results') waiting?.resolve(message.results);
    else waiting?.reject(new Error(message.message));
  }

  get status(): IndexStatus {
    return this.#status;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  query(request: SearchRequest): Promise<SearchResults> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ type: 'query', id, request } satisfies ToWorker);
    });
  }
}

let client: SearchClient | undefined;

/** The session's search client (and worker), created on first use. */
export function searchClient(): SearchClient {
  client ??= new SearchClient();
  return client;
}
