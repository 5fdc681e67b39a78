/**
 * The UI thread's side of search: starts the search worker on first use (it then keeps the index
 * in step with the database for the rest of the session), mirrors its status, and sends queries.
 * When the worker fails (it could not load, or threw), it is stopped, the status says so, and
 * every waiting and later query fails with the reason, so the view shows an error, not a wait.
 */
import type { SearchRequest, SearchResults } from '../../core/search/runSearch';
import { readFromWorker, type ToWorker } from './searchProtocol';
import { INITIAL_STATUS, type IndexStatus } from './searchService';

/** What the client needs of a Worker (tests pass a stand-in). */
export type SearchWorkerPort = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'>;

export class SearchClient {
  readonly #worker: SearchWorkerPort;
  #status: IndexStatus = INITIAL_STATUS;
  readonly #listeners = new Set<() => void>();
  readonly #pending = new Map<number, { resolve(r: SearchResults): void; reject(e: Error): void }>();
  #nextId = 1;
  /** Why the worker stopped, once it has (what later queries fail with). */
  #broken: string | undefined;

  constructor(worker: SearchWorkerPort = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'search' })) {
    this.#worker = worker;
    this.#worker.onmessage = (event: MessageEvent<unknown>) => this.#receive(event.data);
    this.#worker.onerror = (event) => this.#fail(event.message || 'the search worker failed');
    // An answer that could not be copied across: the queries waiting are asked again on the next keystroke.
    this.#worker.onmessageerror = () => this.#rejectPending('an answer of the search worker could not be read');
  }

  #receive(data: unknown): void {
    const message = readFromWorker(data);
    if (!message) return;
    if (message.type === 'status') {
      this.#setStatus(message.status);
      return;
    }
    const waiting = this.#pending.get(message.id);
    this.#pending.delete(message.id);
    if (message.type === 'results') waiting?.resolve(message.results);
    else waiting?.reject(new Error(message.message));
  }

  /** `reason` completes "The search failed: …" in the view; the status line says what to do. */
  #fail(reason: string): void {
    if (this.#broken) return;
    this.#broken = `the search worker stopped (${reason})`;
    this.#worker.terminate();
    this.#setStatus({ ...this.#status, phase: 'error', message: `Search stopped (${reason}). Reload the app to search again.`, progress: undefined });
    this.#rejectPending(this.#broken);
  }

  #rejectPending(message: string): void {
    const waiting = [...this.#pending.values()];
    this.#pending.clear();
    for (const w of waiting) w.reject(new Error(message));
  }

  #setStatus(status: IndexStatus): void {
    this.#status = status;
    this.#listeners.forEach((l) => l());
  }

  get status(): IndexStatus {
    return this.#status;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  query(request: SearchRequest): Promise<SearchResults> {
    if (this.#broken) return Promise.reject(new Error(this.#broken));
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
