/**
 * One search, from the typed query to results grouped by document: the index proposes entries,
 * filters and the scope (one case or all) keep some, quoted phrases are checked against the
 * stored text, and each hit gets a snippet with its matches marked and its page's printed name.
 * Entities of the case come apart from the documents' groups (they belong to no document).
 */
import { entityTypeLabel } from '../entities/entityKinds';
import type { DocumentKind } from '../types';
import { containsPhrases } from './phrase';
import { dateInRange, isEmptyQuery, mergeFilters, parseQuery, type ParsedQuery, type SearchFilters } from './query';
import { type Candidate, type ClauseFields, type EntityFields, type EntryFields, type SearchIndex, pageEntryId } from './searchIndex';
import { firstMark, makeSnippet, type Highlight, type Snippet } from './snippet';
import { wordSpans } from './tokens';

/** What search needs to know of a document (from its row; text is read separately). */
export interface DocumentFacts {
  id: string;
  title: string;
  kind: DocumentKind;
  date: string;
  caseIds: readonly string[];
}

export interface SearchRequest {
  query: string;
  /** The filter controls' values (the query's own `key:value` words are added to them). */
  filters?: Partial<SearchFilters>;
  /** One case, or undefined for all cases. */
  caseId?: string;
  exact?: boolean;
  /** At most this many hits (DEFAULT_LIMIT); `truncated` says when more were left. */
  limit?: number;
}

/** A hit on a page or a clause: it opens a document. */
export interface DocumentHit {
  id: string;
  kind: 'page' | 'clause';
  documentId: string;
  pageIndex: number;
  /** "p. 3" or "p. 3 (90 FR 35394)": the page index and what it is called in print. */
  pageName: string;
  snippet: Snippet;
  /** Clause hits: label, type, and the comment's snippet when the comment matched. */
  clause?: { clauseId: string; label: string; clauseType: string; tags: string[]; comment?: Snippet };
  /** What the reader looks for when the hit is opened, and whether as a whole word. */
  reveal?: { text: string; entireWord: boolean };
  score: number;
}

/** A hit on an entity of a case: it opens the entity's page. */
export interface EntityHit {
  id: string;
  kind: 'entity';
  /** The description's snippet (empty text when the entity has none). */
  snippet: Snippet;
  entity: {
    entityId: string;
    caseId: string;
    /** The name, its matched words marked. */
    name: Snippet;
    /** "Government agency". */
    typeLabel: string;
    /** Each alias, its matched words marked. */
    aliases: Snippet[];
  };
  score: number;
}

export type SearchHit = DocumentHit | EntityHit;

export interface SearchGroup {
  documentId: string;
  title: string;
  kind: DocumentKind;
  date: string;
  /** Hits of this document in page order (a page before the clauses on it). */
  hits: DocumentHit[];
}

export interface SearchResults {
  /** Entity hits, best first (shown above the documents). */
  entities: EntityHit[];
  groups: SearchGroup[];
  /** Entity and document hits together. */
  hitCount: number;
  /** More hits matched than were returned. */
  truncated: boolean;
  /** Filter words that were not understood. */
  problems: string[];
}

export interface SearchSources {
  documents: ReadonlyMap<string, DocumentFacts>;
  /** A document's stored page texts in page order. */
  pageTexts(documentId: string): Promise<readonly string[]>;
}

/** Hits a search returns unless asked for more ("Show more results"): snippets are most of a query's cost. */
export const DEFAULT_LIMIT = 100;

/**
 * Runs `request` over `index`. Invariants: every hit is in scope and passes every filter; a hit of
 * a query with phrases contains each phrase in its stored text (page), its quote, comment, label
 * or tags (clause), or its name, aliases, description or type label (entity); entries whose
 * document is no longer known are never returned; groups come in the order of their best hit;
 * entity hits only where entities may be (no document filter, `in:` all or entities).
 */
export async function runSearch(index: SearchIndex, request: SearchRequest, sources: SearchSources): Promise<SearchResults> {
  const parsed = parseQuery(request.query, { exact: request.exact });
  const filters = mergeFilters(request.filters ?? {}, parsed.filters);
  const query: ParsedQuery = { ...parsed, filters };
  if (isEmptyQuery(query)) return { entities: [], groups: [], hitCount: 0, truncated: false, problems: parsed.problems };
  const accept = acceptor(filters, request.caseId, sources.documents);
  const candidates = index.candidates(query, accept);
  const limit = request.limit ?? DEFAULT_LIMIT;
  const hits: SearchHit[] = [];
  let truncated = false;
  for (const candidate of candidates) {
    if (hits.length >= limit) {
      truncated = true;
      break;
    }
    const hit = await makeHit(index, candidate, query, sources);
    if (hit) hits.push(hit);
  }
  const entities = hits.filter((h): h is EntityHit => h.kind === 'entity');
  const inDocuments = hits.filter((h): h is DocumentHit => h.kind !== 'entity');
  return { entities, groups: groupByDocument(inDocuments, sources.documents), hitCount: hits.length, truncated, problems: parsed.problems };
}

function acceptor(filters: SearchFilters, caseId: string | undefined, documents: ReadonlyMap<string, DocumentFacts>) {
  const clausesOnly = filters.within === 'clauses' || filters.clauseTypes.length > 0 || filters.tags.length > 0;
  const tags = new Set(filters.tags.map((t) => t.toLowerCase()));
  // Entities have no document, so a document filter (kind, dates) or a tag leaves them out; `type:`
  // names a clause type or an entity type ("type:agency"), and each kind keeps its own.
  const entitiesToo =
    (filters.within === 'all' || filters.within === 'entities') && !filters.kinds.length && !filters.tags.length && !filters.from && !filters.to;
  return (fields: EntryFields): boolean => {
    if (fields.kind === 'entity') {
      if (!entitiesToo) return false;
      if (caseId !== undefined && fields.caseId !== caseId) return false;
      return !filters.clauseTypes.length || filters.clauseTypes.includes(fields.entityType);
    }
    if (filters.within === 'entities') return false;
    const doc = documents.get(fields.documentId);
    if (!doc) return false;
    if (fields.kind === 'page') {
      if (clausesOnly) return false;
      if (caseId !== undefined && !doc.caseIds.includes(caseId)) return false;
    } else {
      if (filters.within === 'pages') return false;
      if (caseId !== undefined && fields.caseId !== caseId) return false;
      if (filters.clauseTypes.length && !filters.clauseTypes.includes(fields.clauseType)) return false;
      if (tags.size && !fields.tags.some((t) => tags.has(t.toLowerCase()))) return false;
    }
    if (filters.kinds.length && !filters.kinds.includes(doc.kind)) return false;
    return dateInRange(doc.date, filters.from, filters.to);
  };
}

async function makeHit(index: SearchIndex, candidate: Candidate, query: ParsedQuery, sources: SearchSources): Promise<SearchHit | undefined> {
  const { fields } = candidate;
  const highlight = { terms: highlightTerms(candidate, query), phrases: query.phrases };
  if (fields.kind === 'entity') return entityHit(candidate, fields, query, highlight);
  const pageLabel = fields.kind === 'page' ? fields.pageLabel : pageLabelOf(index, fields);
  const pageName = `p. ${fields.pageIndex + 1}${pageLabel ? ` (${pageLabel})` : ''}`;
  const base = { id: candidate.id, documentId: fields.documentId, pageIndex: fields.pageIndex, pageName, score: candidate.score };
  if (fields.kind === 'page') {
    const text = (await sources.pageTexts(fields.documentId))[fields.pageIndex] ?? '';
    if (!containsPhrases(text, query.phrases)) return undefined;
    const snippet = makeSnippet(text, highlight);
    const mark = firstMark(snippet);
    // A phrase is looked for as typed; a word as the whole word the page has.
    const reveal = mark ? { text: mark, entireWord: query.phrases.length === 0 } : undefined;
    return { ...base, kind: 'page', snippet, ...(reveal ? { reveal } : {}) };
  }
  const searchable = [fields.label, fields.quote, fields.comment, fields.tags.join(' ')].join('\n');
  if (!containsPhrases(searchable, query.phrases)) return undefined;
  const snippet = makeSnippet(fields.quote, highlight);
  const commentSnippet = fields.comment ? makeSnippet(fields.comment, highlight, 160) : undefined;
  const mark = firstMark(snippet);
  return {
    ...base,
    kind: 'clause',
    snippet,
    clause: {
      clauseId: fields.clauseId,
      label: fields.label,
      clauseType: fields.clauseType,
      tags: fields.tags,
      ...(commentSnippet && commentSnippet.marks.length ? { comment: commentSnippet } : {}),
    },
    ...(mark ? { reveal: { text: mark, entireWord: query.phrases.length === 0 } } : {}),
  };
}

function entityHit(candidate: Candidate, fields: EntityFields, query: ParsedQuery, highlight: Highlight): EntityHit | undefined {
  const typeLabel = entityTypeLabel(fields.entityType);
  if (!containsPhrases([fields.name, ...fields.aliases, fields.description, typeLabel].join('\n'), query.phrases)) return undefined;
  return {
    id: candidate.id,
    kind: 'entity',
    snippet: makeSnippet(fields.description, highlight, 160),
    entity: {
      entityId: fields.entityId,
      caseId: fields.caseId,
      name: makeSnippet(fields.name, highlight),
      typeLabel,
      aliases: fields.aliases.map((a) => makeSnippet(a, highlight)),
    },
    score: candidate.score,
  };
}

/**
 * The matched words to mark. A word asked for only inside a phrase is marked as part of the
 * phrase, not on its own wherever it occurs (so the snippet shows the phrase, not the words apart).
 */
function highlightTerms(candidate: Candidate, query: ParsedQuery): Set<string> {
  if (query.phrases.length === 0) return new Set(candidate.terms);
  const phraseWords = new Set(query.phrases.flatMap((p) => wordSpans(p).map((w) => w.term)));
  const loose = query.terms.filter((t) => !phraseWords.has(t.term) || t.prefix || t.fuzzy);
  const free = new Set(loose.map((t) => t.term));
  return new Set(candidate.terms.filter((t) => !phraseWords.has(t) || free.has(t)));
}

/** A clause's page is named as its page entry is. */
function pageLabelOf(index: SearchIndex, fields: ClauseFields): string | null {
  const page = index.fields(pageEntryId(fields.documentId, fields.pageIndex));
  return page?.kind === 'page' ? page.pageLabel : null;
}

/** Hits grouped by document, groups in the order of their best hit, hits in page order. */
export function groupByDocument(hits: readonly DocumentHit[], documents: ReadonlyMap<string, DocumentFacts>): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.documentId);
    if (!group) {
      const doc = documents.get(hit.documentId);
      group = { documentId: hit.documentId, title: doc?.title ?? '', kind: doc?.kind ?? 'other', date: doc?.date ?? '', hits: [] };
      groups.set(hit.documentId, group);
    }
    group.hits.push(hit);
  }
  for (const g of groups.values()) g.hits.sort((a, b) => a.pageIndex - b.pageIndex || (a.kind === b.kind ? 0 : a.kind === 'page' ? -1 : 1));
  return [...groups.values()];
}
