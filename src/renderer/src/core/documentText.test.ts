import { describe, expect, it } from 'vitest';
import { PAGE_SEPARATOR, buildPageText, joinDocumentText, pageIndexAtOffset, pageStartOffsets } from './documentText';

describe('buildPageText', () => {
  it('concatenates items and ends lines at hasEOL', () => {
    expect(buildPageText([{ str: 'Sec. 1.', hasEOL: false }, { str: ' Purpose', hasEOL: true }, { str: 'Next' }])).toBe('Sec. 1. Purpose\nNext');
  });
  it('skips marked-content items without str and keeps whitespace as is', () => {
    expect(buildPageText([{}, { str: '  a ', hasEOL: true }, { str: '', hasEOL: true }])).toBe('  a \n\n');
  });
  it('never lets a form feed from the file be mistaken for a page break', () => {
    expect(buildPageText([{ str: 'a\fb' }])).toBe('a b');
  });
});

describe('document text offsets', () => {
  const pages = ['First page\n', '', 'Third'];
  const text = joinDocumentText(pages);
  const starts = pageStartOffsets(pages);

  it('places each page text at its start offset', () => {
    pages.forEach((p, i) => expect(text.slice(starts[i], (starts[i] ?? 0) + p.length)).toBe(p));
    expect(starts).toEqual([0, 12, 13]);
    expect(text.split(PAGE_SEPARATOR)).toEqual(pages);
  });

  it('finds the page of an offset, separators belonging to the page before', () => {
    expect(pageIndexAtOffset(starts, 0)).toBe(0);
    expect(pageIndexAtOffset(starts, 11)).toBe(0);
    expect(pageIndexAtOffset(starts, 12)).toBe(1);
    expect(pageIndexAtOffset(starts, 13)).toBe(2);
    expect(pageIndexAtOffset(starts, 99)).toBe(2);
    expect(pageIndexAtOffset([], 5)).toBe(-1);
  });
});
