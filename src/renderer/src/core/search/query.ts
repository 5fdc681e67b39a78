/**
 * The search box's language, parsed into what the index is asked:
 * - words match whole words, and words of five letters or more also a one-letter slip ("fuzzy");
 * - `word*` matches words starting so; the last word while typing does too (unless the query
 *   ends with a space), so results follow the keyboard;
 * - `word~` asks for fuzzy matching on a short word too;
 * - "quoted phrases" match those words in that order (checked against the stored text);
 * - filters: `kind:complaint`, `type:definition` (a clause type, or an entity type: `type:agency`),
 *   `tag:deemed-export`, `from:2025-01`, `to:2025-12-31`, `date:2025` (both ends), `in:clauses`,
 *   `in:pages` or `in:entities`.
 * Exact mode (the "Exact words" option) turns the implicit prefix and fuzzy matching off.
 *
 * Invariants: pure; terms are folded (tokens.ts); an unknown `key:value` is searched as words;
 * a known key with a value it cannot take is reported in `problems` and changes nothing.
 */
import { dateSpan } from '../chronology/dateMentions';
import { DOCUMENT_KINDS } from '../types';
import { foldPhrase } from './phrase';
import { wordSpans } from './tokens';

export interface QueryTerm {
  term: string;
  prefix: boolean;
  fuzzy: boolean;
}

export type SearchWithin = 'all' | 'pages' | 'clauses' | 'entities';

/** Structured filters: what the filter controls set, and what the query's `key:value` words add. */
export interface SearchFilters {
  /** Document kinds (DocumentKind ids); empty: any. */
  kinds: string[];
  /** Clause type ids (or entity type ids); non-empty restricts results to clauses and entities of those types. */
  clauseTypes: string[];
  /** Clause tags; non-empty restricts results to clauses. */
  tags: string[];
  /** Document dates from (inclusive), as yyyy, yyyy-mm or yyyy-mm-dd. */
  from?: string;
  /** Document dates to (inclusive), same forms. */
  to?: string;
  within: SearchWithin;
}

export const NO_FILTERS: SearchFilters = { kinds: [], clauseTypes: [], tags: [], within: 'all' };

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Phrases as typed (inside the quotes); their words are also in `terms`, exact. */
  phrases: string[];
  filters: SearchFilters;
  /** Filter words that could not be used, for the user: 'kind:memo is not a document kind'. */
  problems: string[];
}

export interface ParseOptions {
  /** No implicit prefix, no automatic fuzzy matching. */
  exact?: boolean;
}

/** Words this long or longer get fuzzy matching without asking. */
export const AUTO_FUZZY_LENGTH = 5;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const TOKEN = /"([^"]*)"?|(\S+)/g;
const FILTER = /^(kind|type|tag|from|to|date|in):(.+)$/i;

export function parseQuery(input: string, options: ParseOptions = {}): ParsedQuery {
  const terms: QueryTerm[] = [];
  const phrases: string[] = [];
  const filters: SearchFilters = { ...NO_FILTERS, kinds: [], clauseTypes: [], tags: [] };
  const problems: string[] = [];
  // The word the cursor is on when the query does not end with a space: it is still being typed.
  let lastBareTerm: QueryTerm | undefined;

  for (const m of input.matchAll(TOKEN)) {
    lastBareTerm = undefined;
    if (m[1] !== undefined) {
      const phrase = m[1].trim();
      if (!foldPhrase(phrase)) continue;
      phrases.push(phrase);
      for (const w of wordSpans(phrase)) terms.push({ term: w.term, prefix: false, fuzzy: false });
      continue;
    }
    const word = m[2]!;
    const filter = FILTER.exec(word);
    if (filter) {
      const problem = applyFilter(filters, filter[1]!.toLowerCase(), filter[2]!);
      if (problem) problems.push(problem);
      continue;
    }
    const prefix = word.endsWith('*');
    const fuzzyAsked = word.endsWith('~');
    const spans = wordSpans(word);
    spans.forEach((w, i) => {
      const last = i === spans.length - 1;
      const term: QueryTerm = {
        term: w.term,
        prefix: last && prefix,
        fuzzy: (last && fuzzyAsked) || (!options.exact && w.term.length >= AUTO_FUZZY_LENGTH),
      };
      terms.push(term);
      if (last && !prefix && !fuzzyAsked) lastBareTerm = term;
    });
  }
  if (lastBareTerm && !options.exact && !/\s$/.test(input)) lastBareTerm.prefix = true;
  return { terms, phrases, filters, problems };
}

/** Adds one `key:value` filter; returns why it cannot, or undefined. */
function applyFilter(filters: SearchFilters, key: string, value: string): string | undefined {
  if (key === 'kind') {
    const kind = value.toLowerCase();
    if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) return `kind:${value} is not a document kind (${DOCUMENT_KINDS.join(', ')})`;
    filters.kinds.push(kind);
  } else if (key === 'type') filters.clauseTypes.push(value.toLowerCase());
  else if (key === 'tag') filters.tags.push(value);
  else if (key === 'in') {
    const within = value.toLowerCase();
    if (within === 'clauses' || within === 'pages' || within === 'entities' || within === 'all') filters.within = within;
    else return `in:${value} is not a place to search (clauses, pages, entities or all)`;
  } else {
    if (!DATE.test(value)) return `${key}:${value} is not a date (yyyy, yyyy-mm or yyyy-mm-dd)`;
    if (key === 'from' || key === 'date') filters.from = value;
    if (key === 'to' || key === 'date') filters.to = value;
  }
  return undefined;
}

/**
 * The filters of the controls and of the query together: lists are joined (a document of either
 * kind), date bounds take the narrower, and `within` the query's when it names one.
 */
export function mergeFilters(controls: Partial<SearchFilters>, typed: SearchFilters): SearchFilters {
  const join = (a: readonly string[] | undefined, b: readonly string[]) => [...new Set([...(a ?? []), ...b])];
  const later = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : (a ?? b));
  const earlier = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));
  const merged: SearchFilters = {
    kinds: join(controls.kinds, typed.kinds),
    clauseTypes: join(controls.clauseTypes, typed.clauseTypes),
    tags: join(controls.tags, typed.tags),
    within: typed.within !== 'all' ? typed.within : (controls.within ?? 'all'),
  };
  const from = later(controls.from || undefined, typed.from);
  const to = earlier(controls.to || undefined, typed.to);
  if (from) merged.from = from;
  if (to) merged.to = to;
  return merged;
}

/**
 * True when a document dated `date` certainly falls within [from, to]. Bounds may be partial:
 * `to:2025` takes every date in 2025. A free-text date is read by chronology's dateSpan: "before
 * 2026-06-23" lies within `to:2026` but not within any range with a start, "after 2025-01-01"
 * the other way round, "from 2025-03 to 2025-05" where both ends do, and "June 23, 2026" as
 * 2026-06-23. A document without a date is outside any range.
 */
export function dateInRange(date: string, from: string | undefined, to: string | undefined): boolean {
  if (!from && !to) return true;
  const span = dateSpan(date);
  if (!span) return false;
  if (from && (span.earliest === undefined || (span.earliest < from && !span.earliest.startsWith(from)))) return false;
  if (to && (span.latest === undefined || (span.latest > to && !span.latest.startsWith(to)))) return false;
  return true;
}

/** True when the query asks for nothing at all (no words, phrases or filters). */
export function isEmptyQuery(q: ParsedQuery): boolean {
  const f = q.filters;
  return q.terms.length === 0 && f.kinds.length === 0 && f.clauseTypes.length === 0 && f.tags.length === 0 && !f.from && !f.to && f.within === 'all';
}
