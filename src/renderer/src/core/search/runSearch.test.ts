// Queries and filters on the sample case: its real page texts (the app's extraction rules) and
// its shipped clauses. Expected sets are computed from the texts by plain scans, never typed in.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSampleForSearch, SAMPLE_CASE_ID, type SampleForSearch } from '../../../../../test/support/sampleSearch';
import { describePageLabel } from '../pageQuery';
import { detectPrintedPages } from '../printedPages';
import { foldText, phraseRanges } from './phrase';
import { runSearch, type SearchRequest, type SearchResults } from './runSearch';
import { SearchIndex } from './searchIndex';
import { wordSpans } from './tokens';

let sample: SampleForSearch;
let index: SearchIndex;

beforeAll(async () => {
  sample = await loadSampleForSearch();
  index = SearchIndex.empty();
  for (const [id, texts] of sample.pageTexts) index.addDocumentPages(id, texts);
  for (const clause of sample.clauses) index.addClause(clause);
});

const search = (request: SearchRequest, idx = index) =>
  runSearch(
    idx,
    { caseId: SAMPLE_CASE_ID, limit: 10_000, ...request },
    { documents: sample.documents, pageTexts: async (id) => sample.pageTexts.get(id) ?? [] },
  );

const hits = (r: SearchResults) => r.groups.flatMap((g) => g.hits);
const pageKeys = (r: SearchResults) =>
  hits(r)
    .filter((h) => h.kind === 'page')
    .map((h) => `${h.documentId}#${h.pageIndex}`)
    .sort();

/** Pages where `test` holds, by scanning every stored page text. */
function scanPages(test: (text: string) => boolean): string[] {
  const out: string[] = [];
  for (const [id, texts] of sample.pageTexts) texts.forEach((t, i) => test(t) && out.push(`${id}#${i}`));
  return out.sort();
}
const hasWord = (word: string) => (text: string) => wordSpans(text).some((w) => w.term === word);

describe('search on the sample case', () => {
  it.each(['nationality', 'canada', 'approval', 'wassenaar', '2026'])('finds exactly the pages holding the word "%s" (exact words)', async (word) => {
    const expected = scanPages(hasWord(word));
    expect(expected.length).toBeGreaterThan(0);
    expect(pageKeys(await search({ query: word, exact: true }))).toEqual(expected);
  });

  it('a prefix finds every page with a word starting so', async () => {
    const expected = scanPages((t) => wordSpans(t).some((w) => w.term.startsWith('nation')));
    expect(expected.length).toBeGreaterThan(scanPages(hasWord('nationality')).length - 1);
    expect(pageKeys(await search({ query: 'nation*', exact: true }))).toEqual(expected);
    // The last word typed is a prefix without the star.
    expect(pageKeys(await search({ query: 'nation' }))).toEqual(expected);
  });

  it('fuzzy matching forgives a slip in a long word; exact words do not', async () => {
    const withSlip = await search({ query: 'nationalty ' });
    expect(pageKeys(withSlip)).toEqual(expect.arrayContaining(scanPages(hasWord('nationality'))));
    expect(hits(await search({ query: 'nationalty', exact: true }))).toHaveLength(0);
  });

  it.each(['deemed export', 'foreign national', 'foreign person', 'cloud access'])(
    'a quoted phrase "%s" finds exactly the pages holding it',
    async (phrase) => {
      const expected = scanPages((t) => phraseRanges(t, phrase).length > 0);
      expect(expected.length).toBeGreaterThan(0);
      const result = await search({ query: `"${phrase}"` });
      expect(pageKeys(result)).toEqual(expected);
      // Every snippet marks the phrase itself.
      for (const h of hits(result).filter((x) => x.kind === 'page')) {
        const marked = h.snippet.marks.map(([a, b]) => foldText(h.snippet.text.slice(a, b)).folded);
        expect(marked).toContain(phrase);
      }
    },
  );

  it('the phrase check drops pages that hold the words apart', async () => {
    const both = scanPages((t) => hasWord('export')(t) && hasWord('deemed')(t));
    const phrase = pageKeys(await search({ query: '"export deemed"' }));
    expect(both.length).toBeGreaterThan(phrase.length);
  });

  it('marks the matched words and names each page with its printed label', async () => {
    const result = await search({ query: 'approval', exact: true });
    expect(hits(result).length).toBeGreaterThan(1);
    for (const h of hits(result)) {
      // A clause may match in its comment only: then the comment's snippet is marked, not the quote's.
      const snippets = [h.snippet, ...(h.clause?.comment ? [h.clause.comment] : [])];
      // ...or in its tags or label only ("approval-required").
      const inTagOrLabel = !!h.clause && [h.clause.label, ...h.clause.tags].some(hasWord('approval'));
      if (!inTagOrLabel) expect(snippets.flatMap((s) => s.marks).length).toBeGreaterThan(0);
      for (const s of snippets) for (const [a, b] of s.marks) expect(foldText(s.text.slice(a, b)).folded).toBe('approval');
      const label = describePageLabel({ pdf: null, printed: detectPrintedPages(sample.pageTexts.get(h.documentId)!) }, h.pageIndex);
      expect(h.pageName).toBe(label ? `p. ${h.pageIndex + 1} (${label})` : `p. ${h.pageIndex + 1}`);
      if (h.snippet.marks.length) expect(h.reveal?.text.toLowerCase()).toBe('approval');
    }
  });

  it('groups hits by document, best document first, pages in order', async () => {
    const result = await search({ query: 'nationality' });
    const ids = result.groups.map((g) => g.documentId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of result.groups) {
      expect(g.title).toBe(sample.documents.get(g.documentId)!.title);
      const pages = g.hits.map((h) => h.pageIndex);
      expect(pages).toEqual([...pages].sort((a, b) => a - b));
    }
    const best = result.groups.map((g) => Math.max(...g.hits.map((h) => h.score)));
    expect(best).toEqual([...best].sort((a, b) => b - a));
  });

  it('finds clauses by their comment, tags and label, with the comment marked', async () => {
    const clause = sample.clauses.find((c) => /irreparable/i.test(c.comment))!;
    const result = await search({ query: 'irreparable in:clauses', exact: true });
    const clauseHits = hits(result);
    const expected = sample.clauses
      .filter((c) => [c.comment, c.target.quote.exact, c.label, ...c.tags].some(hasWord('irreparable')))
      .map((c) => c.id);
    expect(clauseHits.map((h) => h.clause?.clauseId).sort()).toEqual(expected.sort());
    const hit = clauseHits.find((h) => h.clause?.clauseId === clause.id)!;
    expect(hit.kind).toBe('clause');
    expect(hit.pageIndex).toBe(clause.target.pageIndex);
    expect(hit.clause?.comment?.marks.length).toBeGreaterThan(0);
  });

  it('filters by document kind, clause type, tag and date', async () => {
    const complaint = await search({ query: 'harm kind:complaint' });
    expect(complaint.groups.length).toBeGreaterThan(0);
    expect(complaint.groups.every((g) => sample.documents.get(g.documentId)!.kind === 'complaint')).toBe(true);

    const definitions = hits(await search({ query: 'type:definition' }));
    expect(definitions.map((h) => h.clause?.clauseId).sort()).toEqual(
      sample.clauses
        .filter((c) => c.type === 'definition')
        .map((c) => c.id)
        .sort(),
    );

    const tagged = hits(await search({ query: '', filters: { tags: ['deemed-export'] } }));
    const withTag = sample.clauses.filter((c) => c.tags.includes('deemed-export'));
    expect(withTag.length).toBeGreaterThan(1);
    expect(tagged.map((h) => h.clause?.clauseId).sort()).toEqual(withTag.map((c) => c.id).sort());

    // Only the complaint carries a full ISO date; "before 2026-06-23" and "undated" are outside any range.
    const dated = await search({ query: 'the', filters: { from: '2026-06-01', to: '2026-06-30' } });
    const datedDocs = [...sample.documents.values()].filter((d) => /^2026-06/.test(d.date)).map((d) => d.id);
    expect(datedDocs.length).toBeGreaterThan(0);
    expect(result(dated)).toEqual(datedDocs.sort());
    expect(hits(await search({ query: 'the', filters: { from: '2027' } }))).toHaveLength(0);
  });

  it('searches the current case only, or all cases', async () => {
    expect(hits(await search({ query: 'nationality', caseId: 'another-case' }))).toHaveLength(0);
    expect(hits(await search({ query: 'nationality', caseId: undefined })).length).toBeGreaterThan(0);
  });

  it('reports filter words it cannot use and stops at the limit', async () => {
    expect((await search({ query: 'kind:memo harm' })).problems[0]).toMatch(/kind:memo/);
    const limited = await search({ query: 'the', limit: 3 });
    expect(limited.hitCount).toBe(3);
    expect(limited.truncated).toBe(true);
  });

  it('gives the same results after saving and loading the index', async () => {
    const loaded = SearchIndex.fromJSON(index.toJSON());
    expect(loaded.size).toBe(index.size);
    for (const query of ['nation', '"deemed export"', 'tag:harm', 'approval kind:executive-order']) {
      // Scores may differ in the last bit after a round trip through JSON; order and content may not.
      expect(withoutScores(await search({ query }, loaded))).toEqual(withoutScores(await search({ query })));
    }
  });

  it('follows edits: a removed document and a changed clause leave no stale hit', async () => {
    const idx = SearchIndex.fromJSON(index.toJSON());
    const [docId, texts] = [...sample.pageTexts][0]!;
    idx.removeDocumentPages(docId, texts.length);
    expect(hits(await search({ query: 'in:pages the' }, idx)).some((h) => h.documentId === docId)).toBe(false);
    const clause = sample.clauses[0]!;
    idx.addClause({ ...clause, comment: 'Zanzibar note', tags: [] });
    expect(hits(await search({ query: 'zanzibar' }, idx)).map((h) => h.clause?.clauseId)).toEqual([clause.id]);
    idx.removeClause(clause.id);
    expect(hits(await search({ query: 'zanzibar' }, idx))).toHaveLength(0);
  });
});

function result(r: SearchResults): string[] {
  return [...new Set(hits(r).map((h) => h.documentId))].sort();
}

function withoutScores(r: SearchResults) {
  return { ...r, groups: r.groups.map((g) => ({ ...g, hits: g.hits.map(({ score: _score, ...h }) => h) })) };
}
