import { describe, expect, it } from 'vitest';
import { normalise, normalisedOffset, normaliseWithMap, rawRange } from './normalizeText';

describe('normalise', () => {
  it('collapses whitespace runs, line breaks and page separators to one space', () => {
    expect(normalise('Sec.  3\n(b)\f \u00a0The')).toBe('Sec. 3 (b) The');
  });
  it('joins words hyphenated at a line end, but keeps real hyphens', () => {
    expect(normalise('the regu-\nlation of non-\nUS persons')).toBe('the regulation of non- US persons');
    expect(normalise('a well-known rule')).toBe('a well-known rule');
    expect(normalise('regu- \n  lation')).toBe('regulation');
    expect(normalise('regu-\flation')).toBe('regulation');
  });
  it('drops soft hyphens, also as line-end hyphenation points', () => {
    expect(normalise('regu\u00adlation')).toBe('regulation');
    expect(normalise('regu\u00ad\nlation')).toBe('regulation');
  });
  it('expands ligatures and straightens quotes', () => {
    expect(normalise('\ufb01nancial e\ufb00ect \ufb02ow o\ufb03ce ba\ufb04e')).toBe('financial effect flow office baffle');
    expect(normalise('\u201cforeign national\u201d isn\u2019t')).toBe('"foreign national" isn\'t');
  });
  it('keeps case, digits and punctuation', () => {
    expect(normalise('Section 4(b)(ii); U.S.C. §')).toBe('Section 4(b)(ii); U.S.C. §');
  });
});

describe('normaliseWithMap', () => {
  it('maps every normalised unit back to the raw characters it came from', () => {
    const raw = 'The \ufb01rst  regu-\nlation\u00ad.';
    const norm = normaliseWithMap(raw);
    expect(norm.text).toBe('The first regulation.');
    expect(norm.rawStart).toHaveLength(norm.text.length + 1);
    expect(norm.rawStart[norm.text.length]).toBe(raw.length);
    for (let i = 1; i < norm.text.length; i++) {
      expect(norm.rawStart[i]!).toBeGreaterThanOrEqual(norm.rawStart[i - 1]!);
      expect(norm.rawEnd[i]!).toBeGreaterThanOrEqual(norm.rawEnd[i - 1]!);
    }
    // "first" comes from the ligature and "rst": the raw range is exactly those characters.
    const at = norm.text.indexOf('first');
    const r = rawRange(norm, at, at + 5);
    expect(raw.slice(r.start, r.end)).toBe('\ufb01rst');
    const reg = norm.text.indexOf('regulation');
    const rr = rawRange(norm, reg, reg + 'regulation'.length);
    expect(raw.slice(rr.start, rr.end)).toBe('regu-\nlation');
  });
  it('finds the normalised offset of a raw offset', () => {
    const raw = 'a  \n b';
    const norm = normaliseWithMap(raw);
    expect(norm.text).toBe('a b');
    expect(normalisedOffset(norm, 0)).toBe(0);
    expect(normalisedOffset(norm, 1)).toBe(1);
    expect(normalisedOffset(norm, 3)).toBe(2); // inside the whitespace run: the next unit
    expect(normalisedOffset(norm, 5)).toBe(2);
    expect(normalisedOffset(norm, 6)).toBe(3);
  });
  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const raw = 'x \ud835\udc00 y';
    const norm = normaliseWithMap(raw);
    expect(norm.text).toBe('x A y'); // mathematical bold A → A under NFKC
    const r = rawRange(norm, 2, 3);
    expect(raw.slice(r.start, r.end)).toBe('\ud835\udc00');
  });
});
