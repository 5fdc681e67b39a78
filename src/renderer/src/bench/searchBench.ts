/**
 * The search figures (see ../benchEntry.ts): 10,000 generated pages (anchorBenchData's legal-ish
 * text, 100 documents of 100 pages) indexed with the app's SearchIndex, then 100 mixed queries run
 * through runSearch (the app's query path, as the search worker runs it, with snippets) beside
 * plain RegExp scans of the same texts, and recall of exact words and phrases against the scans.
 */
import { runSearch, type DocumentFacts } from '../core/search/runSearch';
import { SearchIndex } from '../core/search/searchIndex';
import { DOCUMENT_KINDS } from '../core/types';
import { generatePages, seededRandom } from './anchorBenchData';

const SEED = 20260505;
const PAGES_PER_DOCUMENT = 100;
const QUERIES_PER_TYPE = 25;

export type QueryType = 'word' | 'prefix' | 'phrase' | 'filtered';

interface BenchQuery {
  type: QueryType;
  /** What the user types into the search box. */
  text: string;
  /** The scan's pattern, and the document kind a filtered query keeps. */
  pattern: RegExp;
  kind?: string;
}

interface Prepared {
  pages: string[];
  documents: Map<string, DocumentFacts>;
  texts: Map<string, string[]>;
  queries: BenchQuery[];
  index?: SearchIndex;
}

let prepared: Prepared | undefined;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word (or words) as the scan looks for it: not touching another letter or digit, any case. */
const bounded = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');

/** Untimed: the pages, their documents (kinds in turn, so a kind filter keeps a tenth), and the queries drawn from the text. */
export function searchPrepare(pageCount: number): { pages: number; chars: number; documents: number; queries: Record<QueryType, number> } {
  const pages = generatePages(pageCount, SEED);
  const documents = new Map<string, DocumentFacts>();
  const texts = new Map<string, string[]>();
  for (let start = 0, d = 0; start < pages.length; start += PAGES_PER_DOCUMENT, d++) {
    const id = `doc-${d}`;
    documents.set(id, { id, title: `Document ${d}`, kind: DOCUMENT_KINDS[d % DOCUMENT_KINDS.length]!, date: `2026-01-${String((d % 28) + 1).padStart(2, '0')}`, caseIds: ['bench'] });
    texts.set(id, pages.slice(start, start + PAGES_PER_DOCUMENT));
  }
  const r = seededRandom(SEED + 1);
  const wordsAt = (n: number): string[] => {
    const page = pages[Math.floor(r() * pages.length)]!;
    const words = page.match(/\p{L}{3,}/gu) ?? ['model'];
    const at = Math.floor(r() * Math.max(1, words.length - n));
    return words.slice(at, at + n);
  };
  const queries: BenchQuery[] = [];
  for (let i = 0; i < QUERIES_PER_TYPE; i++) {
    const [word] = wordsAt(1);
    queries.push({ type: 'word', text: `${word} `, pattern: bounded(escape(word!)) });
    const [long] = wordsAt(1);
    const stem = long!.slice(0, Math.min(4, long!.length));
    queries.push({ type: 'prefix', text: `${stem}*`, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(stem)}`, 'iu') });
    // Adjacent words of one line: consecutive letter runs may sit across punctuation, so take two from a plain run of text.
    const phrase = pickPhrase(pages, r);
    queries.push({ type: 'phrase', text: `"${phrase}"`, pattern: bounded(phrase.split(' ').map(escape).join('\\s+')) });
    const [filtered] = wordsAt(1);
    const kind = DOCUMENT_KINDS[i % DOCUMENT_KINDS.length]!;
    queries.push({ type: 'filtered', text: `${filtered} kind:${kind}`, pattern: bounded(escape(filtered!)), kind });
  }
  prepared = { pages, documents, texts, queries };
  const count = (t: QueryType) => queries.filter((q) => q.type === t).length;
  return {
    pages: pages.length,
    chars: pages.reduce((n, p) => n + p.length, 0),
    documents: documents.size,
    queries: { word: count('word'), prefix: count('prefix'), phrase: count('phrase'), filtered: count('filtered') },
  };
}

/** Two or three words that follow each other with only spaces between, from a random line. */
function pickPhrase(pages: string[], r: () => number): string {
  for (;;) {
    const lines = pages[Math.floor(r() * pages.length)]!.split('\n');
    const runs = lines[Math.floor(r() * lines.length)]!.match(/\p{L}+(?: \p{L}+){1,2}/gu);
    if (runs?.length) return runs[Math.floor(r() * runs.length)]!;
  }
}

function need(): Prepared {
  if (!prepared) throw new Error('searchPrepare first');
  return prepared;
}

/** Timed: a new index of every page (what the search worker does on a first run). Kept for the queries. */
export function searchBuild(): { pages: number; ms: number; items: number } {
  const p = need();
  const t0 = performance.now();
  const index = SearchIndex.empty();
  for (const [id, texts] of p.texts) index.addDocumentPages(id, texts);
  const ms = performance.now() - t0;
  p.index = index;
  return { pages: p.pages.length, ms, items: index.size };
}

interface Latencies {
  ms: number;
  /** Median latency over all queries, ms. */
  value: number;
  p95: number;
  byType: Record<QueryType, { median: number; p95: number }>;
}

function summarise(samples: { type: QueryType; ms: number }[]): Latencies {
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)] ?? 0, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0 };
  };
  const all = stats(samples.map((s) => s.ms));
  const byType = Object.fromEntries(
    (['word', 'prefix', 'phrase', 'filtered'] as const).map((t) => [t, stats(samples.filter((s) => s.type === t).map((s) => s.ms))]),
  ) as Latencies['byType'];
  return { ms: samples.reduce((n, s) => n + s.ms, 0), value: all.median, p95: all.p95, byType };
}

const sources = (p: Prepared) => ({ documents: p.documents, pageTexts: async (id: string) => p.texts.get(id) ?? [] });

/** Timed per query: runSearch as the app runs it (default options: the best DEFAULT_LIMIT hits with snippets). */
export async function searchQueries(): Promise<Latencies> {
  const p = need();
  if (!p.index) searchBuild();
  const samples: { type: QueryType; ms: number }[] = [];
  for (const q of p.queries) {
    const t0 = performance.now();
    await runSearch(p.index!, { query: q.text }, sources(p));
    samples.push({ type: q.type, ms: performance.now() - t0 });
  }
  return summarise(samples);
}

/** Timed per query: a RegExp scan of every page's text (of the filtered kind's documents for a filtered query), listing all matching pages. */
export function searchScan(): Latencies {
  const p = need();
  const samples: { type: QueryType; ms: number }[] = [];
  for (const q of p.queries) {
    const t0 = performance.now();
    scanPages(p, q);
    samples.push({ type: q.type, ms: performance.now() - t0 });
  }
  return summarise(samples);
}

function scanPages(p: Prepared, q: BenchQuery): Set<string> {
  const found = new Set<string>();
  for (const [id, texts] of p.texts) {
    if (q.kind && p.documents.get(id)?.kind !== q.kind) continue;
    texts.forEach((t, i) => q.pattern.test(t) && found.add(`${id}#${i}`));
  }
  return found;
}

/**
 * Untimed: for every word, phrase and filtered query, the pages the scan finds and how many of them
 * search returned (no result limit). Recall must be 1 for each.
 */
export async function searchRecall(): Promise<Record<QueryType, { expected: number; found: number; recall: number }>> {
  const p = need();
  if (!p.index) searchBuild();
  const out = {} as Record<QueryType, { expected: number; found: number; recall: number }>;
  for (const type of ['word', 'prefix', 'phrase', 'filtered'] as const) {
    let expected = 0;
    let found = 0;
    for (const q of p.queries.filter((x) => x.type === type)) {
      const scan = scanPages(p, q);
      const result = await runSearch(p.index!, { query: q.text, limit: Number.MAX_SAFE_INTEGER }, sources(p));
      const got = new Set(result.groups.flatMap((g) => g.hits.map((h) => `${h.documentId}#${h.pageIndex}`)));
      expected += scan.size;
      for (const key of scan) if (got.has(key)) found++;
    }
    out[type] = { expected, found, recall: expected ? found / expected : 1 };
  }
  return out;
}

export function searchRelease(): void {
  prepared = undefined;
}
