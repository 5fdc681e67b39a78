/**
 * Ranking over MiniSearch's postings without MiniSearch's result objects. `MiniSearch.search`
 * scores every matching entry into an object (terms, match map, stored fields) and sorts them all;
 * a common word matches most pages of a library, so that was most of a query's time, while the
 * search view shows the best hundred. Here each query term's postings are summed into typed
 * arrays (BM25 with MiniSearch's own constants and prefix/fuzzy weights, so the order is the one
 * MiniSearch would give), and entries come out best first, sorted a chunk at a time, as the caller
 * takes them.
 *
 * It reads MiniSearch 7's internal fields (`_index`, `_fieldLength`, …). `internalsOf` checks
 * their shape, and SearchIndex falls back to `MiniSearch.search` when they are not as expected
 * (a MiniSearch upgrade), so a change there costs speed, never results.
 */

/** Field id → (short entry id → term frequency), as MiniSearch keeps a term's postings. */
export type FieldPostings = Map<number, Map<number, number>>;

interface TermMap {
  get(term: string): FieldPostings | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
}

/** The parts of a MiniSearch 7 instance ranking reads. */
export interface IndexInternals {
  _index: TermMap;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, unknown>;
  _documentCount: number;
  _nextId: number;
}

/** MiniSearch's internals when they have the shape ranking expects, else undefined. */
export function internalsOf(mini: object): IndexInternals | undefined {
  const m = mini as Partial<IndexInternals>;
  const index = m._index as Partial<TermMap> | undefined;
  const ok =
    typeof index?.get === 'function' &&
    typeof index.atPrefix === 'function' &&
    typeof index.fuzzyGet === 'function' &&
    m._fieldLength instanceof Map &&
    m._documentIds instanceof Map &&
    Array.isArray(m._avgFieldLength) &&
    typeof m._fieldIds === 'object' &&
    typeof m._documentCount === 'number' &&
    typeof m._nextId === 'number';
  return ok ? (m as IndexInternals) : undefined;
}

// MiniSearch's defaults (defaultSearchOptions): BM25+ constants, and how much a prefix or fuzzy
// expansion of a term counts beside the term itself.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

export interface RankTerm {
  /** Folded query term. */
  term: string;
  prefix: boolean;
  /** Fuzziness as a fraction of the term's length (MiniSearch's `fuzzy`), or false. */
  fuzzy: number | false;
}

export interface RankRequest {
  /** Every entry returned matches each term (in any of the fields). Empty: every entry, score 1. */
  terms: readonly RankTerm[];
  /** Searched fields and their boosts. */
  fieldBoosts: Readonly<Record<string, number>>;
  /** A further test every entry returned passes (pages holding quoted phrases' word pairs), asked before sorting. */
  required?: (shortId: number) => boolean;
  /** Whether an entry may be returned; asked only for entries taken, best first. */
  accept(shortId: number): boolean;
}

export interface Ranked {
  shortId: number;
  score: number;
  /** Index terms (query terms and their expansions) the entry holds. */
  terms: string[];
}

interface Expansion {
  term: string;
  weight: number;
  postings: FieldPostings;
}

/** A term and what it expands to (prefix and fuzzy), each with its weight, as MiniSearch weighs them. */
function expand(index: TermMap, t: RankTerm): Expansion[] {
  const out: Expansion[] = [];
  const exact = index.get(t.term);
  if (exact) out.push({ term: t.term, weight: 1, postings: exact });
  const seen = new Set<string>([t.term]);
  if (t.prefix) {
    for (const [term, postings] of index.atPrefix(t.term)) {
      if (seen.has(term)) continue;
      seen.add(term);
      const distance = term.length - t.term.length;
      out.push({ term, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance), postings });
    }
  }
  if (t.fuzzy) {
    const maxDistance = t.fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(t.term.length * t.fuzzy)) : t.fuzzy;
    if (maxDistance > 0) {
      for (const [term, [postings, distance]] of index.fuzzyGet(t.term, maxDistance)) {
        if (!distance || seen.has(term)) continue;
        seen.add(term);
        out.push({ term, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance), postings });
      }
    }
  }
  return out;
}

/** Scratch arrays indexed by short entry id, reused across queries (cleared after each). */
export class RankScratch {
  score = new Float64Array(0);
  /** Terms matched so far per entry: 32 bits, as a pasted text can ask for more than 65,535 terms. */
  count = new Uint32Array(0);

  ensure(size: number): void {
    if (this.score.length >= size) return;
    const n = Math.max(size, this.score.length * 2, 1024);
    this.score = new Float64Array(n);
    this.count = new Uint32Array(n);
  }
}

/**
 * Entries matching every term of `request`, best first (ties in entry order), scored as
 * MiniSearch scores an AND query. Lazy: only as many entries are sorted as the caller takes.
 */
export function* rankEntries(mini: IndexInternals, request: RankRequest, scratch: RankScratch): Generator<Ranked> {
  if (request.terms.length === 0) {
    for (const shortId of mini._documentIds.keys()) if (request.accept(shortId)) yield { shortId, score: 1, terms: [] };
    return;
  }
  const fields = Object.entries(request.fieldBoosts).map(([name, boost]) => ({ id: mini._fieldIds[name]!, boost }));
  const terms = request.terms.map((t) => expand(mini._index, t));
  const size = (xs: Expansion[]) => xs.reduce((n, x) => n + fields.reduce((m, f) => m + (x.postings.get(f.id)?.size ?? 0), 0), 0);
  // The rarest term first: later terms then only look at the entries still in the running.
  const order = terms.map((xs, i) => ({ xs, n: size(xs), i })).sort((a, b) => a.n - b.n);
  if (order[0]!.n === 0) return;

  scratch.ensure(mini._nextId);
  const { score, count } = scratch;
  let alive: number[] = [];
  try {
    order.forEach(({ xs }, i) => {
      for (const x of xs) {
        for (const f of fields) {
          const postings = x.postings.get(f.id);
          if (!postings) continue;
          const avgLength = mini._avgFieldLength[f.id]!;
          const idf = Math.log(1 + (mini._documentCount - postings.size + 0.5) / (postings.size + 0.5));
          const factor = x.weight * f.boost * idf;
          const add = (doc: number, tf: number) => {
            const length = mini._fieldLength.get(doc)?.[f.id];
            if (length === undefined) return; // discarded, not yet vacuumed
            score[doc] = score[doc]! + factor * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength)));
          };
          if (i > 0 && alive.length < postings.size) {
            // Fewer entries left than postings: look each one up instead of walking the postings.
            for (const doc of alive) {
              const tf = postings.get(doc);
              if (tf === undefined) continue;
              if (count[doc] === i) count[doc] = i + 1;
              add(doc, tf);
            }
          } else {
            for (const [doc, tf] of postings) {
              const c = count[doc]!;
              if (c === i) {
                if (i === 0 && !mini._documentIds.has(doc)) continue;
                count[doc] = i + 1;
                if (i === 0) alive.push(doc);
              } else if (c !== i + 1) continue;
              add(doc, tf);
            }
          }
        }
      }
      const needed = i + 1;
      alive = alive.filter((doc) => {
        if (count[doc] === needed) return true;
        count[doc] = 0;
        score[doc] = 0;
        return false;
      });
    });
  } catch (error) {
    score.fill(0);
    count.fill(0);
    throw error;
  }
  const ids = Int32Array.from(alive);
  const scores = Float64Array.from(alive, (doc) => score[doc]! * terms.length);
  for (const doc of alive) {
    count[doc] = 0;
    score[doc] = 0;
  }
  const held = holdRequired(request.required, ids);
  yield* bestFirst(ids, scores, held, request.accept, (shortId) => matchedTerms(terms, fields, shortId));
}

/** Places in `ids` of the entries that pass `required`. */
function holdRequired(required: RankRequest['required'], ids: Int32Array): number[] {
  const places = Array.from(ids.keys());
  return required ? places.filter((k) => required(ids[k]!)) : places;
}

function matchedTerms(terms: Expansion[][], fields: { id: number }[], shortId: number): string[] {
  const out: string[] = [];
  for (const xs of terms) for (const x of xs) if (fields.some((f) => x.postings.get(f.id)?.has(shortId))) out.push(x.term);
  return [...new Set(out)];
}

/** First chunk sorted; each later one twice as large. */
const FIRST_CHUNK = 128;

/**
 * Yields the entries at `places` of ids[], best score first (ties: lower id first), each accepted one with its terms. Sorts
 * only the next chunk of the remainder at a time; once an entry has been refused, the remainder
 * is filtered in one pass (a narrow filter would otherwise sort nearly everything chunk by chunk).
 */
function* bestFirst(
  ids: Int32Array,
  scores: Float64Array,
  places: number[],
  accept: (id: number) => boolean,
  termsOf: (id: number) => string[],
): Generator<Ranked> {
  let rest = places;
  let chunk = FIRST_CHUNK;
  let refused = false;
  const better = (a: number, b: number) => scores[b]! - scores[a]! || ids[a]! - ids[b]!;
  while (rest.length > 0) {
    if (refused) {
      rest = rest.filter((k) => accept(ids[k]!));
      for (const k of rest.sort(better)) yield { shortId: ids[k]!, score: scores[k]!, terms: termsOf(ids[k]!) };
      return;
    }
    let take: number[];
    if (rest.length <= chunk) {
      take = rest.sort(better);
      rest = [];
    } else {
      const cut = kthBest(rest, chunk, better);
      take = rest.filter((k) => better(k, cut) <= 0).sort(better);
      rest = rest.filter((k) => better(k, cut) > 0);
    }
    for (const k of take) {
      if (accept(ids[k]!)) yield { shortId: ids[k]!, score: scores[k]!, terms: termsOf(ids[k]!) };
      else refused = true;
    }
    chunk *= 2;
  }
}

/** The element that would stand at place k-1 (0-based) if `xs` were sorted by `cmp` (quickselect; reorders a copy). */
function kthBest(xs: readonly number[], k: number, cmp: (a: number, b: number) => number): number {
  const a = xs.slice();
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (cmp(a[i]!, pivot) < 0) i++;
      while (cmp(a[j]!, pivot) > 0) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j]!, a[i]!];
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}
