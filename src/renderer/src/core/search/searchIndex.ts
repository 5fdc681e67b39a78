/**
 * The full-text index (MiniSearch) over page texts and clauses, one index entry per page and one
 * per clause. It holds words and a few stored fields, never whole page texts (those stay in
 * IndexedDB and are read for the hits shown), so its serialised form stays small enough to save.
 *
 * Invariants: entry ids are `p:<documentId>:<pageIndex>` and `c:<clauseId>`; adding what is
 * already there replaces it; the same calls in the same order give the same index.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { describePageLabel } from '../pageQuery';
import { detectPrintedPages } from '../printedPages';
import type { Clause } from '../types';
import type { ParsedQuery } from './query';
import { foldTerm, indexTerms } from './tokens';

/** Bumped when entries or tokenisation change: a saved index of another version is rebuilt. */
export const SEARCH_ENGINE_VERSION = 1;

/** How far fuzzy matching reaches: a fifth of the word's length in edits (one for 5 to 9 letters). */
const FUZZY = 0.2;

export interface PageFields {
  kind: 'page';
  documentId: string;
  pageIndex: number;
  /** What the page is called in print ("90 FR 35394", "5"), or null. */
  pageLabel: string | null;
}

export interface ClauseFields {
  kind: 'clause';
  documentId: string;
  pageIndex: number;
  clauseId: string;
  caseId: string;
  clauseType: string;
  tags: string[];
  label: string;
  quote: string;
  comment: string;
}

export type EntryFields = PageFields | ClauseFields;

interface Entry {
  id: string;
  text?: string;
  quote?: string;
  comment?: string;
  label?: string;
  tags?: string;
  type?: string;
  stored: EntryFields;
}

export interface Candidate {
  id: string;
  score: number;
  /** Indexed terms the query matched (folded), for highlighting. */
  terms: string[];
  fields: EntryFields;
}

const OPTIONS = {
  fields: ['text', 'quote', 'comment', 'label', 'tags', 'type'],
  storeFields: ['stored'],
  tokenize: (text: string) => indexTerms(text),
  processTerm: (term: string) => foldTerm(term) || null,
  searchOptions: { boost: { label: 3, quote: 1.5, tags: 2 } },
};

export const pageEntryId = (documentId: string, pageIndex: number) => `p:${documentId}:${pageIndex}`;
export const clauseEntryId = (clauseId: string) => `c:${clauseId}`;

export class SearchIndex {
  readonly #mini: MiniSearch<Entry>;

  private constructor(mini: MiniSearch<Entry>) {
    this.#mini = mini;
  }

  static empty(): SearchIndex {
    return new SearchIndex(new MiniSearch<Entry>(OPTIONS));
  }

  /** An index saved with toJSON (of this engine version). */
  static fromJSON(json: string): SearchIndex {
    return new SearchIndex(MiniSearch.loadJSON<Entry>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.#mini);
  }

  /** Entries in the index (pages and clauses). */
  get size(): number {
    return this.#mini.documentCount;
  }

  has(id: string): boolean {
    return this.#mini.has(id);
  }

  fields(id: string): EntryFields | undefined {
    return (this.#mini.getStoredFields(id) as { stored?: EntryFields } | undefined)?.stored;
  }

  /** Indexes every page of a document; its printed page labels come from the same texts. */
  addDocumentPages(documentId: string, pageTexts: readonly string[]): void {
    const labels = { pdf: null, printed: detectPrintedPages(pageTexts) };
    const entries = pageTexts.map((text, pageIndex): Entry => ({
      id: pageEntryId(documentId, pageIndex),
      text,
      stored: { kind: 'page', documentId, pageIndex, pageLabel: describePageLabel(labels, pageIndex) },
    }));
    this.#put(entries);
  }

  removeDocumentPages(documentId: string, pageCount: number): void {
    for (let i = 0; i < pageCount; i++) this.#discard(pageEntryId(documentId, i));
  }

  addClause(clause: Clause): void {
    const { quote } = clause.target;
    this.#put([
      {
        id: clauseEntryId(clause.id),
        quote: quote.exact,
        comment: clause.comment,
        label: clause.label,
        tags: clause.tags.join(' '),
        type: clause.type,
        stored: {
          kind: 'clause',
          documentId: clause.documentId,
          pageIndex: clause.target.pageIndex,
          clauseId: clause.id,
          caseId: clause.caseId,
          clauseType: clause.type,
          tags: [...clause.tags],
          label: clause.label,
          quote: quote.exact,
          comment: clause.comment,
        },
      },
    ]);
  }

  removeClause(clauseId: string): void {
    this.#discard(clauseEntryId(clauseId));
  }

  #put(entries: Entry[]): void {
    for (const e of entries) this.#discard(e.id);
    this.#mini.addAll(entries);
  }

  #discard(id: string): void {
    if (this.#mini.has(id)) this.#mini.discard(id);
  }

  /**
   * Entries matching every word of the query (each with its prefix and fuzzy setting) that
   * `accept` lets through, best first. A query with no words lists every accepted entry (a
   * filter-only search). Phrases are not checked here: see runSearch.
   */
  candidates(query: ParsedQuery, accept: (fields: EntryFields) => boolean): Candidate[] {
    const filter = (r: SearchResult) => accept((r as unknown as { stored: EntryFields }).stored);
    const q: Query =
      query.terms.length === 0
        ? MiniSearch.wildcard
        : {
            combineWith: 'AND',
            queries: query.terms.map((t) => ({ queries: [t.term], prefix: t.prefix, fuzzy: t.fuzzy ? FUZZY : false })),
          };
    return this.#mini.search(q, { filter }).map((r) => ({
      id: String(r.id),
      score: r.score,
      terms: r.terms,
      fields: (r as unknown as { stored: EntryFields }).stored,
    }));
  }
}
