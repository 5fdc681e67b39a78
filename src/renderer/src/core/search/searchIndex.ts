/**
 * The full-text index (MiniSearch) over page texts, clauses and entities, one index entry per
 * page, per clause and per entity. It holds words and a few stored fields, never whole page texts
 * (those stay in IndexedDB and are read for the hits shown), so its serialised form stays small
 * enough to save.
 *
 * An entity's words go into the fields a clause uses for the same kind of words, so field boosts
 * stay one table: its name in `label` (as a clause's label, the strongest), its aliases in `tags`,
 * its description in `comment`, its type's label ("Government agency") in `type`.
 *
 * Invariants: entry ids are `p:<documentId>:<pageIndex>`, `c:<clauseId>` and `e:<entityId>`;
 * adding what is already there replaces it; the same calls in the same order give the same index.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { describePageLabel } from '../pageQuery';
import { detectPrintedPages } from '../printedPages';
import { entityTypeLabel } from '../entities/entityKinds';
import type { Clause, Entity, EntityType } from '../types';
import { foldPhrase } from './phrase';
import type { ParsedQuery } from './query';
import { internalsOf, RankScratch, rankEntries, type IndexInternals, type RankRequest } from './rankEntries';
import { foldTerm, indexTerms, pairsOf, wordPairs, wordSpans } from './tokens';

/** Bumped when entries or tokenisation change: a saved index of another version is rebuilt. */
// 3: CJK characters are words of their own, Greek final sigma folds to sigma (tokens.ts).
// 4: entities are indexed (entries `e:<id>`).
export const SEARCH_ENGINE_VERSION = 4;

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

export interface EntityFields {
  kind: 'entity';
  entityId: string;
  caseId: string;
  name: string;
  entityType: EntityType;
  aliases: string[];
  description: string;
}

export type EntryFields = PageFields | ClauseFields | EntityFields;

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

const WORD_FIELDS = ['text', 'quote', 'comment', 'label', 'tags', 'type'];
const BOOST: Record<string, number> = { label: 3, quote: 1.5, tags: 2 };
const FIELD_BOOSTS = Object.fromEntries(WORD_FIELDS.map((f) => [f, BOOST[f] ?? 1]));

const OPTIONS = {
  fields: WORD_FIELDS,
  storeFields: ['stored'],
  tokenize: (text: string) => indexTerms(text),
  processTerm: (term: string) => foldTerm(term) || null,
  searchOptions: { boost: BOOST },
};

export const pageEntryId = (documentId: string, pageIndex: number) => `p:${documentId}:${pageIndex}`;
export const clauseEntryId = (clauseId: string) => `c:${clauseId}`;
export const entityEntryId = (entityId: string) => `e:${entityId}`;

export class SearchIndex {
  readonly #mini: MiniSearch<Entry>;
  /** MiniSearch's postings for fast ranking (rankEntries.ts); undefined: its public search is used. */
  readonly #internals:
    (IndexInternals & { _storedFields: Map<number, { stored?: EntryFields } | undefined>; _idToShortId: Map<string, number> }) | undefined;
  readonly #scratch = new RankScratch();
  /** Word pair (tokens.ts wordPairs) → short ids of the pages holding it, ascending. */
  readonly #pairs = new Map<string, number[]>();

  private constructor(mini: MiniSearch<Entry>, fastRanking = true) {
    this.#mini = mini;
    const internals = fastRanking ? internalsOf(mini) : undefined;
    const extra = mini as unknown as { _storedFields?: unknown; _idToShortId?: unknown };
    this.#internals = internals && extra._storedFields instanceof Map && extra._idToShortId instanceof Map ? (internals as never) : undefined;
  }

  /** `fastRanking: false` ranks with MiniSearch's own search (tests compare the two). */
  static empty(options: { fastRanking?: boolean } = {}): SearchIndex {
    return new SearchIndex(new MiniSearch<Entry>(OPTIONS), options.fastRanking);
  }

  /** An index saved with toJSON (of this engine version). */
  static fromJSON(json: string): SearchIndex {
    const saved = JSON.parse(json) as { mini?: object; pairs?: [string, number[]][] };
    if (!saved.mini || !Array.isArray(saved.pairs)) throw new Error('Not a saved search index of this version.');
    const index = new SearchIndex(MiniSearch.loadJS<Entry>(saved.mini as never, OPTIONS));
    if (index.#internals) for (const [pair, ids] of saved.pairs) index.#pairs.set(pair, ids);
    return index;
  }

  /** The index and its page word pairs (without the pages dropped since they were added). */
  toJSON(): string {
    const live = this.#internals?._documentIds;
    const pairs: [string, number[]][] = [];
    if (live) {
      for (const [pair, ids] of this.#pairs) {
        const kept = ids.filter((id) => live.has(id));
        if (kept.length) pairs.push([pair, kept]);
      }
    }
    return JSON.stringify({ mini: this.#mini, pairs });
  }

  /** Entries in the index (pages, clauses and entities). */
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

  addEntity(entity: Entity): void {
    this.#put([
      {
        id: entityEntryId(entity.id),
        label: entity.name,
        tags: entity.aliases.join('\n'),
        comment: entity.description,
        type: entityTypeLabel(entity.type),
        stored: {
          kind: 'entity',
          entityId: entity.id,
          caseId: entity.caseId,
          name: entity.name,
          entityType: entity.type,
          aliases: [...entity.aliases],
          description: entity.description,
        },
      },
    ]);
  }

  removeEntity(entityId: string): void {
    this.#discard(entityEntryId(entityId));
  }

  #put(entries: Entry[]): void {
    for (const e of entries) this.#discard(e.id);
    const shortIds = this.#internals?._idToShortId;
    for (const e of entries) {
      this.#mini.add(e);
      // Right after its words: the text is cut once for both (tokens.ts).
      if (e.text !== undefined && e.stored.kind === 'page' && shortIds) this.#addPairs(shortIds.get(e.id)!, e.text);
    }
  }

  /**
   * Files the page under each of its word pairs. Short ids only grow, so each list stays sorted;
   * a dropped page's ids stay in the lists until the next save (they match no live entry).
   */
  #addPairs(shortId: number, text: string): void {
    for (const pair of new Set(wordPairs(text))) {
      const ids = this.#pairs.get(pair);
      if (ids) ids.push(shortId);
      else this.#pairs.set(pair, [shortId]);
    }
  }

  #discard(id: string): void {
    if (this.#mini.has(id)) this.#mini.discard(id);
  }

  /**
   * Entries matching every word of the query (each with its prefix and fuzzy setting) that
   * `accept` lets through, best first, produced as they are taken (break early to save the rest).
   * A query with no words lists every accepted entry (a filter-only search). Pages must also hold
   * each quoted phrase's word pairs; the phrases themselves are checked on the text by runSearch.
   */
  candidates(query: ParsedQuery, accept: (fields: EntryFields) => boolean): Iterable<Candidate> {
    const mini = this.#internals;
    if (!mini) return this.#searchCandidates(query, accept);
    const fieldsOf = (shortId: number) => mini._storedFields.get(shortId)?.stored;
    const ranked = rankEntries(
      mini,
      {
        terms: query.terms.map((t) => ({ term: t.term, prefix: t.prefix, fuzzy: t.fuzzy ? FUZZY : false })),
        fieldBoosts: FIELD_BOOSTS,
        required: this.#requiredPairs(query, fieldsOf),
        accept: (shortId) => {
          const fields = fieldsOf(shortId);
          return fields !== undefined && accept(fields);
        },
      },
      this.#scratch,
    );
    return (function* () {
      for (const r of ranked) yield { id: String(mini._documentIds.get(r.shortId)), score: r.score, terms: r.terms, fields: fieldsOf(r.shortId)! };
    })();
  }

  /** Pages must hold every word pair of every quoted phrase; clauses and entities are checked on their fields by runSearch. */
  #requiredPairs(query: ParsedQuery, fieldsOf: (shortId: number) => EntryFields | undefined): RankRequest['required'] {
    const pairs = [...new Set(query.phrases.flatMap((p) => pairsOf(wordSpans(foldPhrase(p)).map((w) => w.term))))];
    if (pairs.length === 0) return undefined;
    const lists = pairs.map((p) => this.#pairs.get(p) ?? []);
    return (shortId) => fieldsOf(shortId)?.kind !== 'page' || lists.every((ids) => sortedHas(ids, shortId));
  }

  /** candidates() through MiniSearch's public search: every match scored and sorted. */
  #searchCandidates(query: ParsedQuery, accept: (fields: EntryFields) => boolean): Candidate[] {
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

function sortedHas(ids: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
