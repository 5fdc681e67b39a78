// The fast ranking (rankEntries over MiniSearch's postings, word pairs for phrases) against
// MiniSearch's own search on the sample case: the same entries, in the same order, for words,
// prefixes, fuzzy words, phrases and filters; and the same after a save and load.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSampleForSearch, SAMPLE_CASE_ID, type SampleForSearch } from '../../../../../test/support/sampleSearch';
import { runSearch, type SearchRequest, type SearchResults } from './runSearch';
import { SearchIndex } from './searchIndex';

let sample: SampleForSearch;
let fast: SearchIndex;
let reference: SearchIndex;

function build(options: { fastRanking: boolean }): SearchIndex {
  const index = SearchIndex.empty(options);
  for (const [id, texts] of sample.pageTexts) index.addDocumentPages(id, texts);
  for (const clause of sample.clauses) index.addClause(clause);
  return index;
}

beforeAll(async () => {
  sample = await loadSampleForSearch();
  fast = build({ fastRanking: true });
  reference = build({ fastRanking: false });
});

const search = (index: SearchIndex, request: SearchRequest) =>
  runSearch(
    index,
    { caseId: SAMPLE_CASE_ID, limit: 10_000, ...request },
    { documents: sample.documents, pageTexts: async (id) => sample.pageTexts.get(id) ?? [] },
  );
/** Hits best first (the order runSearch received them in), with rounded scores. */
const ranked = (r: SearchResults) =>
  r.groups
    .flatMap((g) => g.hits)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .map((h) => `${h.id} ${h.score.toFixed(6)}`);

const QUERIES: SearchRequest[] = [
  { query: 'export ' },
  { query: 'nation' },
  { query: 'nationalty ' },
  { query: 'foreign person ' },
  { query: '"deemed export"' },
  { query: '"foreign national" license' },
  { query: 'the kind:complaint' },
  { query: 'export in:clauses' },
  { query: 'kind:executive-order' },
];

describe('fast ranking', () => {
  it.each(QUERIES.map((q) => [q.query, q] as const))('gives what MiniSearch gives for %s', async (_, request) => {
    const expected = ranked(await search(reference, request));
    expect(expected.length).toBeGreaterThan(0);
    expect(ranked(await search(fast, request))).toEqual(expected);
  });

  it('stops early: the best hits of a limited search are the first of the full list', async () => {
    const all = ranked(await search(fast, { query: 'the ' }));
    const few = ranked(await search(fast, { query: 'the ', limit: 7 }));
    expect(all.length).toBeGreaterThan(7);
    expect(few).toEqual(all.slice(0, 7));
  });

  it('keeps word pairs through a save and load, and drops a removed document from them', async () => {
    const index = build({ fastRanking: true });
    const phrase = { query: '"deemed export"' };
    const before = (await search(index, phrase)).groups.flatMap((g) => g.hits).filter((h) => h.kind === 'page');
    // A document with the phrase on a page, and another one still holding it.
    const gone = before[0]!.documentId;
    expect(before.some((h) => h.documentId !== gone)).toBe(true);
    index.removeDocumentPages(gone, sample.pageTexts.get(gone)!.length);
    const loaded = SearchIndex.fromJSON(index.toJSON());
    const hits = (await search(loaded, phrase)).groups.flatMap((g) => g.hits);
    expect(hits.length).toBeGreaterThan(0);
    // Its clauses stay (they are indexed on their own); its pages are gone.
    expect(hits.filter((h) => h.kind === 'page').map((h) => h.documentId)).not.toContain(gone);
    expect(ranked(await search(loaded, phrase))).toEqual(ranked(await search(index, phrase)));
  });
});
