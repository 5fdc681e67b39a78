// Words broken at a line end ("con-\ntrol", soft hyphens) in phrase checks, snippet marks and the
// reader's reveal: read as the index reads them, one word; a dash between words stays a dash.
import { describe, expect, it } from 'vitest';
import { joinBrokenWords, lineEndJoins } from './brokenWords';
import { containsPhrases, phraseRanges } from './phrase';
import { runSearch } from './runSearch';
import { SearchIndex } from './searchIndex';
import { firstMark, hitRanges, makeSnippet } from './snippet';
import { indexTerms } from './tokens';

const slices = (text: string, ranges: [number, number][]) => ranges.map(([a, b]) => text.slice(a, b));
const terms = (...t: string[]) => ({ terms: new Set(t), phrases: [] });
const phrases = (...p: string[]) => ({ terms: new Set<string>(), phrases: p });

describe('a phrase across a line-end hyphen', () => {
  const text = 'The rule adds new export con-\ntrol measures for items.';
  it('is found, and its range covers both halves of the word in the original text', () => {
    expect(containsPhrases(text, ['export control measures'])).toBe(true);
    expect(slices(text, phraseRanges(text, 'export control measures'))).toEqual(['export con-\ntrol measures']);
  });
  it('allows spaces around the line break, a CRLF, and a capitalised word', () => {
    for (const t of ['export con- \n  trol measures', 'export con-\r\ntrol measures', 'EXPORT CON-\nTROL MEASURES'])
      expect(containsPhrases(t, ['export control measures'])).toBe(true);
  });
  it('still finds a single word that is the first half of a real hyphenated word', () => {
    const t = 'a risk-\nbased approach';
    expect(slices(t, phraseRanges(t, 'risk'))).toEqual(['risk']);
    expect(slices(t, phraseRanges(t, 'risk-based approach'))).toEqual(['risk-\nbased approach']);
    expect(slices(t, phraseRanges(t, 'riskbased approach'))).toEqual(['risk-\nbased approach']);
  });
});

describe('a soft hyphen', () => {
  it('joins a word with or without a line break after it, in phrases and marks', () => {
    for (const t of ['export con\u00ADtrol measures', 'export con\u00AD\ntrol measures', 'export con\u00AD trol measures']) {
      expect(containsPhrases(t, ['export control measures'])).toBe(true);
      expect(slices(t, hitRanges(t, terms('control')))).toEqual([t.slice(7, t.indexOf(' measures'))]);
      const s = makeSnippet(t, terms('control'));
      expect(s.text).toBe('export control measures');
      expect(firstMark(s)).toBe('control');
    }
  });
});

describe('marks on a word broken at a line end', () => {
  const text = 'Section 2. New export con-\ntrol measures apply. Control is kept.';
  it('cover both halves in the original text', () => {
    expect(slices(text, hitRanges(text, terms('control')))).toEqual(['con-\ntrol', 'Control']);
    expect(slices(text, hitRanges(text, phrases('export control measures')))).toEqual(['export con-\ntrol measures']);
  });
  it('show the word joined in the snippet, one mark over it, and reveal it as pdf.js finds it', () => {
    const s = makeSnippet(text, terms('control'));
    expect(s.text).toBe('Section 2. New export control measures apply. Control is kept.');
    expect(slices(s.text, s.marks)).toEqual(['control', 'Control']);
    expect(firstMark(s)).toBe('control');
    const p = makeSnippet(text, phrases('export control measures'));
    expect(slices(p.text, p.marks)).toEqual(['export control measures']);
  });
  it('keep the hyphen when the window is cut between the halves', () => {
    // The window's last whitespace is the line break inside the broken word.
    const long = `${'word '.repeat(20)}export con-\ntrol${'x'.repeat(100)}`;
    const s = makeSnippet(long, terms('export'), 80);
    expect(s.text.endsWith('export con- …')).toBe(true);
    expect(slices(s.text, s.marks)).toEqual(['export']);
  });
});

describe('a dash between words is not a join', () => {
  it.each([
    ['non-US persons', 'nonus'],
    ['from 2025 - 2026 on', '20252026'],
    ['under Sec. 3-4 of', '34'],
    ['Sec. 3-\n4 of', '34'],
    ['fiscal 2025 -\n2026', '20252026'],
    ['export -\ncontrol', 'exportcontrol'],
  ])('%j', (text, joined) => {
    expect(lineEndJoins(text)).toEqual([]);
    expect(containsPhrases(text, [joined])).toBe(false);
    expect(hitRanges(text, terms(joined))).toEqual([]);
    expect(makeSnippet(text, terms(joined)).text).toBe(text.replace(/\s+/g, ' '));
  });
  it('"non-US" on one line is still found as typed and as its words', () => {
    expect(slices('non-US persons', phraseRanges('non-US persons', 'non-us persons'))).toEqual(['non-US persons']);
    expect(slices('non-US persons', hitRanges('non-US persons', terms('us')))).toEqual(['US']);
  });
});

describe('joinBrokenWords', () => {
  it('maps offsets of the joined text back to the original, with or without the hyphen kept', () => {
    const text = 'a con-\ntrol b risk-\n based c';
    const joins = lineEndJoins(text);
    expect(joins.map((j) => j.hyphen)).toEqual([true, true]);
    const joined = joinBrokenWords(text, joins);
    expect(joined.text).toBe('a control b riskbased c');
    const kept = joinBrokenWords(text, joins, true);
    expect(kept.text).toBe('a con-trol b risk-based c');
    for (const j of [joined, kept]) {
      for (const word of j.text.split(' ')) {
        const at = j.text.indexOf(word);
        const original = text.slice(j.toOriginal(at), j.toOriginal(at + word.length));
        expect(original.replace(/-\n ?/, j === kept ? '-' : '')).toBe(word);
      }
    }
  });
  it('joins what the index joins (index terms unchanged)', () => {
    expect(indexTerms('export con-\ntrol')).toEqual(['export', 'con', 'trol', 'control']);
    expect(indexTerms('con\u00ADtrol')).toEqual(['con', 'trol', 'control']);
  });
});

describe('search over a page with a word broken at a line end', () => {
  const page = 'The Bureau adopts export con-\ntrol measures for advanced chips.';
  const run = async (query: string) => {
    const index = SearchIndex.empty();
    index.addDocumentPages('d1', [page]);
    const documents = new Map([['d1', { id: 'd1', title: 'Rule', kind: 'other' as const, date: '2025-01-01', caseIds: [] }]]);
    const result = await runSearch(index, { query }, { documents, pageTexts: async () => [page] });
    return result.groups.flatMap((g) => g.hits);
  };
  it('a quoted phrase finds it, marks it and reveals the joined words', async () => {
    const hits = await run('"export control measures"');
    expect(hits).toHaveLength(1);
    expect(firstMark(hits[0]!.snippet)).toBe('export control measures');
    expect(hits[0]!.reveal).toEqual({ text: 'export control measures', entireWord: false });
  });
  it('a word finds it, marks it and reveals the whole joined word', async () => {
    const hits = await run('control');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.reveal).toEqual({ text: 'control', entireWord: true });
  });
});
