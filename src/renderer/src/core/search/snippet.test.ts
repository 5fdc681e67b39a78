import { describe, expect, it } from 'vitest';
import { containsPhrases, foldText, phraseRanges } from './phrase';
import { firstMark, hitRanges, makeSnippet, snippetParts } from './snippet';
import { indexTerms, wordSpans } from './tokens';

describe('words', () => {
  it('cuts at anything not a letter or digit and folds case, diacritics and ligatures', () => {
    expect(wordSpans('Café § 734.13—ﬁnal').map((w) => w.term)).toEqual(['cafe', '734', '13', 'final']);
  });
  it('also indexes a word broken at a line end', () => {
    expect(indexTerms('export con-\ntrol')).toEqual(['export', 'con', 'trol', 'control']);
  });
});

describe('phraseRanges', () => {
  const text = 'A covered\n  Model is “shared” here; covered models are not.\fCovered model';
  it('ignores case, whitespace runs and quote marks, and maps back to the text', () => {
    const ranges = phraseRanges(text, 'covered model');
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['covered\n  Model', 'Covered model']);
    expect(phraseRanges(text, '"shared"').map(([a, b]) => text.slice(a, b))).toEqual(['“shared”']);
  });
  it('matches whole words only', () => {
    expect(containsPhrases('covered models', ['covered model'])).toBe(false);
    expect(containsPhrases('uncovered model', ['covered model'])).toBe(false);
    expect(containsPhrases('covered model.', ['covered model'])).toBe(true);
  });
});

describe('fast and folded paths agree', () => {
  const ascii = 'The Secretary shall\n enforce this order; the secretary-shall rule.\fSECRETARY SHALL';
  it('a plain phrase in ASCII text: the RegExp path finds what folding finds', () => {
    for (const phrase of ['secretary shall', 'shall enforce', 'the', 'rule'])
      expect(phraseRanges(ascii, phrase)).toEqual(phraseRanges(ascii, phrase, foldText(ascii)));
  });
  it('words with accents or ligatures take the folded path, so they are still marked', () => {
    const text = 'Le café ﬁnal and the cafe';
    const marked = hitRanges(text, { terms: new Set(['cafe', 'final']), phrases: [] }).map(([a, b]) => text.slice(a, b));
    expect(marked).toEqual(['café', 'ﬁnal', 'cafe']);
    expect(phraseRanges(text, 'cafe final').map(([a, b]) => text.slice(a, b))).toEqual(['café ﬁnal']);
  });
});

describe('makeSnippet', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const text = `${filler(60)} The Secretary shall\nenforce this order. ${filler(60)} Nothing here.`;

  it('shows the window around the hits, marks them, and says where it was cut', () => {
    const s = makeSnippet(text, { terms: new Set(['secretary', 'enforce']), phrases: [] });
    expect(s.text.startsWith('… ')).toBe(true);
    expect(s.text.endsWith(' …')).toBe(true);
    expect(s.text).toContain('The Secretary shall enforce this order.');
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['Secretary', 'enforce']);
    expect(
      snippetParts(s)
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual(['Secretary', 'enforce']);
    expect(
      snippetParts(s)
        .map((p) => p.text)
        .join(''),
    ).toBe(s.text);
  });

  it('marks a phrase across a line end as one range', () => {
    const s = makeSnippet(text, { terms: new Set(), phrases: ['shall enforce'] });
    expect(firstMark(s)).toBe('shall enforce');
    expect(hitRanges(text, { terms: new Set(), phrases: ['shall enforce'] })).toHaveLength(1);
  });

  it('keeps a short text whole and unmarked when nothing matched', () => {
    expect(makeSnippet('Short  text.', { terms: new Set(['other']), phrases: [] })).toEqual({ text: 'Short text.', marks: [] });
  });
});
