import { describe, expect, it } from 'vitest';
import { describePage, describePageLabel, resolvePageQuery, type PageLabels } from './pageQuery';
import type { PrintedPage } from './printedPages';

const fr = (label: string): PrintedPage => ({ label, kind: 'federal-register', volume: 90 });
const slip = (label: string, section: string): PrintedPage => ({ label, kind: 'slip-opinion', section });
const pages = (m: { pageNumber: number }[]) => m.map((x) => x.pageNumber);

const federal: PageLabels = { pdf: null, printed: [fr('35393'), fr('35394'), fr('35395')] };
const opinion: PageLabels = {
  pdf: null,
  printed: [
    slip('1', 'Syllabus'),
    slip('2', 'Syllabus'),
    slip('3', 'Syllabus'),
    slip('1', 'Opinion of the Court'),
    slip('2', 'Opinion of the Court'),
    slip('3', 'Opinion of the Court'),
    null,
  ],
};

describe('describePage', () => {
  it('shows the index and what the page is called', () => {
    expect(describePage(federal, 2)).toBe('p. 2 (90 FR 35394)');
    expect(describePage(opinion, 5)).toBe('p. 5 (Opinion of the Court, 2)');
    expect(describePage(opinion, 7)).toBe('p. 7');
  });
  it('prefers the PDF’s own labels unless they only repeat the index', () => {
    const labels: PageLabels = { pdf: ['i', 'ii', '1', '4'], printed: [null, null, { label: '9', kind: 'folio' }, { label: '2', kind: 'folio' }] };
    expect(describePageLabel(labels, 0)).toBe('i');
    expect(describePageLabel(labels, 2)).toBe('1');
    expect(describePageLabel(labels, 3)).toBe('2');
  });
});

describe('resolvePageQuery', () => {
  it('finds Federal Register pages by citation or bare number', () => {
    expect(pages(resolvePageQuery('90 FR 35394', federal, 3))).toEqual([2]);
    expect(pages(resolvePageQuery('90 F.R. 35395', federal, 3))).toEqual([3]);
    expect(pages(resolvePageQuery('FR 35393', federal, 3))).toEqual([1]);
    expect(pages(resolvePageQuery('35394', federal, 3))).toEqual([2]);
    expect(pages(resolvePageQuery('89 FR 35394', federal, 3))).toEqual([]);
  });
  it('goes by index for small numbers', () => {
    expect(pages(resolvePageQuery('2', federal, 3))).toEqual([2]);
    expect(pages(resolvePageQuery(' 3 ', federal, 3))).toEqual([3]);
    expect(pages(resolvePageQuery('4', federal, 3))).toEqual([]);
    expect(pages(resolvePageQuery('0', federal, 3))).toEqual([]);
  });
  it('offers every page a repeated label names, the index first', () => {
    expect(pages(resolvePageQuery('2', opinion, 7))).toEqual([2, 5]);
    expect(pages(resolvePageQuery('1', opinion, 7))).toEqual([1, 4]);
    expect(pages(resolvePageQuery('#5', opinion, 7))).toEqual([5]);
  });
  it('reads "slip op. at n" as the Court’s opinion first', () => {
    expect(pages(resolvePageQuery('slip op. at 3', opinion, 7))).toEqual([6, 3]);
    expect(pages(resolvePageQuery('Slip op., at 2', opinion, 7))).toEqual([5, 2]);
    expect(resolvePageQuery('slip op. at 3', opinion, 7)[0]?.description).toBe('p. 6 (Opinion of the Court, 3)');
  });
  it('matches PDF labels case-insensitively and ignores blanks', () => {
    const labels: PageLabels = { pdf: ['i', 'ii', 'A-1', '1'], printed: [] };
    expect(pages(resolvePageQuery('II', labels, 4))).toEqual([2]);
    expect(pages(resolvePageQuery('a-1', labels, 4))).toEqual([3]);
    expect(pages(resolvePageQuery('p. 1', labels, 4))).toEqual([1, 4]);
    expect(resolvePageQuery('   ', labels, 4)).toEqual([]);
    expect(resolvePageQuery('nonsense', labels, 4)).toEqual([]);
  });
});

describe('describePageLabel when the label repeats the page number', () => {
  it('shows nothing extra for "Page 2 of 3" footers on page 2, but keeps differing labels', () => {
    const same: PageLabels = { pdf: ['1', '2', 'iii'], printed: [] };
    expect(describePageLabel(same, 1)).toBeNull();
    expect(describePage(same, 2)).toBe('p. 2');
    expect(describePageLabel(same, 2)).toBe('iii');
  });
});
