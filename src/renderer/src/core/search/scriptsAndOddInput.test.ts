// Search beyond plain English text: Chinese/Japanese written without spaces, Greek capitals,
// Latin-1 letters such as "nº", and odd input (a pasted text of more terms than a 16-bit counter
// holds). Each expectation is what a plain scan of the same text finds.
import { describe, expect, it } from 'vitest';
import { containsPhrases } from './phrase';
import { runSearch, type SearchResults } from './runSearch';
import { SearchIndex } from './searchIndex';
import { firstMark, makeSnippet } from './snippet';
import { wordSpans } from './tokens';

const facts = new Map([['doc', { id: 'doc', title: 'Doc', kind: 'other' as const, date: '', caseIds: ['case'] }]]);

async function searchPages(texts: string[], query: string): Promise<SearchResults> {
  const index = SearchIndex.empty();
  index.addDocumentPages('doc', texts);
  return runSearch(index, { query, limit: 1000 }, { documents: facts, pageTexts: async () => texts });
}
const marked = (r: SearchResults) => r.groups.flatMap((g) => g.hits.map((h) => h.snippet.marks.map(([a, b]) => h.snippet.text.slice(a, b))));

describe('Chinese and Japanese text (no spaces between words)', () => {
  const texts = ['本契約の条項は有効です。', 'This page has no such words.'];

  it('cuts each character into a word of its own, with its place in the text', () => {
    expect(wordSpans('本契約 ABC').map((w) => [w.term, w.start, w.end])).toEqual([
      ['本', 0, 1],
      ['契', 1, 2],
      ['約', 2, 3],
      ['abc', 4, 7],
    ]);
  });

  it('finds a word inside a run of characters, and marks exactly its characters', async () => {
    const result = await searchPages(texts, '契約');
    expect(result.groups.flatMap((g) => g.hits.map((h) => h.pageIndex))).toEqual([0]);
    expect(marked(result)).toEqual([['契約']]);
    expect(result.groups[0]!.hits[0]!.reveal?.text).toBe('契約');
  });

  it('finds a quoted phrase inside a run of characters, and not out of order', async () => {
    expect(containsPhrases(texts[0]!, ['契約の条項'])).toBe(true);
    expect((await searchPages(texts, '"契約の条項"')).hitCount).toBe(1);
    expect((await searchPages(texts, '"条項の契約"')).hitCount).toBe(0);
  });
});

describe('Greek capitals', () => {
  const texts = ['Ο ΝΟΜΟΣ ΠΕΡΙ ΕΞΑΓΩΓΩΝ', 'ο νόμος περί εξαγωγών'];

  it('a word ending in sigma is one word in capitals and in lower case', async () => {
    expect((await searchPages(texts, 'νομος ')).hitCount).toBe(2);
    expect((await searchPages(texts, 'ΝΟΜΟΣ ')).hitCount).toBe(2);
  });

  it('a phrase ending a word in sigma is found on both pages', async () => {
    expect(containsPhrases(texts[0]!, ['νόμος περί'])).toBe(true);
    expect((await searchPages(texts, '"νομος περι"')).hitCount).toBe(2);
    expect((await searchPages(texts, '"ΝΟΜΟΣ ΠΕΡΙ"')).hitCount).toBe(2);
  });
});

describe('Latin-1 letters beside ASCII', () => {
  it('marks "nº" when the word "no" matched it, so the reader can find it', async () => {
    const text = 'Decree nº 12 of 2020, art. 2º';
    const snippet = makeSnippet(text, { terms: new Set(['no', '2o']), phrases: [] });
    expect(snippet.marks.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['nº', '2º']);
    expect(firstMark(snippet)).toBe('nº');
    const result = await searchPages([text], 'no 12');
    expect(marked(result)).toEqual([['nº', '12']]);
  });
});

describe('odd input', () => {
  it('a query of more than 65,535 words still finds the page holding them', async () => {
    const query = Array.from({ length: 70_000 }, () => 'quokka').join(' ');
    const result = await searchPages(['A quokka page.', 'Another page.'], query);
    expect(result.groups.flatMap((g) => g.hits.map((h) => h.pageIndex))).toEqual([0]);
  });
});
