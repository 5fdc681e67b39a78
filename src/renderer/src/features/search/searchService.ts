/**
 * Owns the search index: loads the saved one (or starts empty), follows every change to documents,
 * clauses and entities (a live query over their light fields), applies only the difference, saves a moment
 * after the last change, and answers queries. Runs inside the search worker (searchWorker.ts), so
 * none of this work is on the UI thread; tests drive it directly in Node.
 */
import { isEmptyPlan, planIndexSync, plannedPages, type IndexedState } from '../../core/search/indexPlan';
import { runSearch, type SearchRequest, type SearchResults } from '../../core/search/runSearch';
import { SEARCH_ENGINE_VERSION, SearchIndex } from '../../core/search/searchIndex';
import type { ClausebenchDb } from '../../db/database';
import { getPageTextStrings } from '../../db/documentsRepo';
import {
  getClausesForIndex,
  getEntitiesForIndex,
  loadSearchIndex,
  saveSearchIndex,
  watchSearchSources,
  type SearchSources,
} from '../../db/searchIndexRepo';

export interface IndexStatus {
  phase: 'starting' | 'indexing' | 'ready' | 'error';
  /** Entries in the index (pages, clauses and entities). */
  items: number;
  /** How the index started: loaded from storage, or built anew (none saved, or of another version). */
  origin: 'loaded' | 'built' | null;
  /** Pages indexed of those the current catch-up must index. */
  progress?: { done: number; total: number };
  /** Pages indexed since this service started (0 after a restart with nothing new). */
  pagesIndexedSinceStart: number;
  /** Bumped whenever the index changes, so shown results are asked again. */
  revision: number;
  message?: string;
}

export const INITIAL_STATUS: IndexStatus = { phase: 'starting', items: 0, origin: null, pagesIndexedSinceStart: 0, revision: 0 };

/** Quiet time after the last change before the index is saved. */
const SAVE_DELAY_MS = 1500;
/** Documents whose page texts stay in memory for snippets and phrase checks. */
const TEXT_CACHE_DOCUMENTS = 40;
const CLAUSE_BATCH = 500;

export class SearchService {
  readonly #database: ClausebenchDb;
  readonly #onStatus: (status: IndexStatus) => void;
  #index = SearchIndex.empty();
  #indexed: IndexedState = { documents: {}, clauses: {}, entities: {} };
  #facts = new Map<string, SearchSources['documents'][number]>();
  #status: IndexStatus = INITIAL_STATUS;
  #pending: SearchSources | null = null;
  #syncing: Promise<void> | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  #texts = new Map<string, Promise<string[]>>();
  #unwatch: (() => void) | undefined;
  #stopped = false;

  constructor(database: ClausebenchDb, onStatus: (status: IndexStatus) => void) {
    this.#database = database;
    this.#onStatus = onStatus;
  }

  get status(): IndexStatus {
    return this.#status;
  }

  /** Loads the saved index, then follows the database. Resolves once the index is loaded. */
  async start(): Promise<void> {
    const saved = await loadSearchIndex(this.#database).catch(() => undefined);
    let origin: IndexStatus['origin'] = 'built';
    if (saved?.engineVersion === SEARCH_ENGINE_VERSION) {
      try {
        this.#index = SearchIndex.fromJSON(saved.json);
        // A state saved before entities were indexed holds none.
        this.#indexed = { ...saved.indexed, entities: saved.indexed.entities ?? {} };
        origin = 'loaded';
      } catch {
        // A damaged saved index is rebuilt from the texts, which are the truth.
      }
    }
    this.#setStatus({ origin, items: this.#index.size });
    if (this.#stopped) return;
    this.#unwatch = watchSearchSources(
      this.#database,
      (sources) => this.sync(sources),
      (error) => this.#setStatus({ phase: 'error', message: `The search index cannot read the library: ${String(error)}. Reload the app.` }),
    );
  }

  /** Applies `sources` (the latest wins when several arrive while one is applied). */
  sync(sources: SearchSources): Promise<void> {
    this.#facts = new Map(sources.documents.map((d) => [d.id, d]));
    this.#pending = sources;
    this.#syncing ??= this.#drain().finally(() => (this.#syncing = null));
    return this.#syncing;
  }

  /** Resolves when everything received so far is indexed. */
  async idle(): Promise<void> {
    while (this.#syncing) await this.#syncing;
  }

  async #drain(): Promise<void> {
    while (this.#pending && !this.#stopped) {
      const sources = this.#pending;
      this.#pending = null;
      try {
        await this.#apply(sources);
      } catch (error) {
        this.#setStatus({ phase: 'error', message: `The search index could not be updated: ${String(error)}. Search may miss recent changes.` });
        return;
      }
    }
  }

  async #apply(sources: SearchSources): Promise<void> {
    const plan = planIndexSync(this.#indexed, sources);
    if (isEmptyPlan(plan)) {
      // Nothing to index, but a document's details or cases may have changed: results are asked again.
      this.#setStatus({ phase: 'ready', progress: undefined, revision: this.#status.revision + 1 });
      return;
    }
    const total = plannedPages(plan);
    let done = 0;
    if (total > 0) this.#setStatus({ phase: 'indexing', progress: { done, total } });
    for (const { id, pageCount } of plan.removeDocuments) {
      this.#index.removeDocumentPages(id, pageCount);
      delete this.#indexed.documents[id];
      this.#texts.delete(id);
    }
    const byId = new Map(sources.documents.map((d) => [d.id, d]));
    for (const { id, pageCount } of plan.addDocuments) {
      if (this.#stopped) return;
      const texts = await getPageTextStrings(this.#database, id, pageCount);
      this.#index.addDocumentPages(id, texts);
      const doc = byId.get(id)!;
      this.#indexed.documents[id] = { sha256: doc.sha256, pageCount };
      done += pageCount;
      this.#setStatus({
        phase: 'indexing',
        progress: { done, total },
        items: this.#index.size,
        pagesIndexedSinceStart: this.#status.pagesIndexedSinceStart + pageCount,
      });
    }
    for (const id of plan.removeClauses) {
      this.#index.removeClause(id);
      delete this.#indexed.clauses[id];
    }
    for (let i = 0; i < plan.addClauses.length; i += CLAUSE_BATCH) {
      const ids = plan.addClauses.slice(i, i + CLAUSE_BATCH);
      const clauses = await getClausesForIndex(this.#database, ids);
      const found = new Set(clauses.map((c) => c.id));
      for (const clause of clauses) {
        this.#index.addClause(clause);
        this.#indexed.clauses[clause.id] = clause.updatedAt;
      }
      // Deleted between the live query and this read: the next live result drops them for good.
      for (const id of ids.filter((x) => !found.has(x))) {
        this.#index.removeClause(id);
        delete this.#indexed.clauses[id];
      }
    }
    for (const id of plan.removeEntities) {
      this.#index.removeEntity(id);
      delete this.#indexed.entities[id];
    }
    // A case has tens of entities, not thousands: one read.
    const entities = plan.addEntities.length ? await getEntitiesForIndex(this.#database, plan.addEntities) : [];
    const foundEntities = new Set(entities.map((e) => e.id));
    for (const entity of entities) {
      this.#index.addEntity(entity);
      this.#indexed.entities[entity.id] = entity.updatedAt;
    }
    for (const id of plan.addEntities.filter((x) => !foundEntities.has(x))) {
      this.#index.removeEntity(id);
      delete this.#indexed.entities[id];
    }
    this.#dirty = true;
    this.#scheduleSave();
    this.#setStatus({ phase: 'ready', progress: undefined, items: this.#index.size, revision: this.#status.revision + 1 });
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Saves the index now if it changed since the last save. */
  async save(): Promise<void> {
    clearTimeout(this.#saveTimer);
    if (!this.#dirty) return;
    this.#dirty = false;
    try {
      await saveSearchIndex(this.#database, {
        engineVersion: SEARCH_ENGINE_VERSION,
        json: this.#index.toJSON(),
        indexed: structuredClone(this.#indexed),
      });
    } catch {
      // Not saved: the next start catches up from the texts instead; nothing is lost.
      this.#dirty = true;
    }
  }

  query(request: SearchRequest): Promise<SearchResults> {
    return runSearch(this.#index, request, { documents: this.#facts, pageTexts: (id) => this.#pageTexts(id) });
  }

  #pageTexts(documentId: string): Promise<string[]> {
    let texts = this.#texts.get(documentId);
    if (texts) {
      // Most recently used last, so the oldest goes first when the cache is full.
      this.#texts.delete(documentId);
      this.#texts.set(documentId, texts);
      return texts;
    }
    const reading = getPageTextStrings(this.#database, documentId, this.#facts.get(documentId)?.pageCount ?? 0);
    this.#texts.set(documentId, reading);
    // A failed read fails this query only: the next one reads again.
    reading.catch(() => this.#texts.get(documentId) === reading && this.#texts.delete(documentId));
    texts = reading;
    if (this.#texts.size > TEXT_CACHE_DOCUMENTS) this.#texts.delete(this.#texts.keys().next().value!);
    return texts;
  }

  #setStatus(patch: Partial<IndexStatus>): void {
    this.#status = { ...this.#status, ...patch };
    if (!this.#status.progress) delete this.#status.progress;
    this.#onStatus(this.#status);
  }

  /** Stops following the database and saves what is unsaved. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unwatch?.();
    await this.#syncing?.catch(() => undefined);
    await this.save();
  }
}
