import { describe, expect, it } from 'vitest';
import { MIN_OWN_CHARS, findRepeatedLines, flagPage, normaliseLine, ownTextLength, ownTextLengths } from './pageFlags';

const head = (n: number) => `Federal Register / Vol. 90, No. 148 / Tuesday, August 5, 2025 / Presidential Documents\n${37960 + n}\n`;
const slug = (n: number) => `VerDate Sep<11>2014 17:42 Aug 04, 2025 Jkt 265001 PO 00000 Frm 0000${n} Fmt 4705\n`;

describe('repeated lines', () => {
  it('generalises digits and whitespace', () => {
    expect(normaliseLine('  Page 3   of 17 ')).toBe('Page # of #');
  });
  it('finds running heads and slugs on most pages, not body text', () => {
    const pages = [1, 2, 3, 4].map((n) => head(n) + `Body text number ${n} that differs ${'x'.repeat(n)}\n` + slug(n));
    const repeated = findRepeatedLines(pages);
    expect(repeated.has(normaliseLine('Federal Register / Vol. 90, No. 148 / Tuesday, August 5, 2025 / Presidential Documents'))).toBe(true);
    expect(repeated.has('#')).toBe(true);
    expect([...repeated].some((k) => k.startsWith('Body text'))).toBe(false);
    expect(ownTextLength(pages[0]!, repeated)).toBe('Bodytextnumber1thatdiffersx'.length);
  });
  it('never treats lines as repeated in documents under three pages', () => {
    expect(findRepeatedLines(['same\n', 'same\n']).size).toBe(0);
  });
});

describe('flagPage', () => {
  it('flags a page drawn as an image with little own text', () => {
    expect(flagPage(0, { coverage: 0.98, span: 1 }).status).toBe('no-text-layer');
    // A narrow annex table image: 28% of the sheet, 76% of its height.
    expect(flagPage(0, { coverage: 0.28, span: 0.76 }).reason).toMatch(/28% of the page/);
    expect(flagPage(39, { coverage: 0.5, span: 0.7 }).status).toBe('no-text-layer');
  });
  it('keeps pages with text, logos, banners or unmeasured images', () => {
    expect(flagPage(40, { coverage: 1, span: 1 }).status).toBe('text');
    expect(flagPage(0, { coverage: 0.05, span: 0.2 }).status).toBe('text');
    expect(flagPage(0, { coverage: 0.08, span: 0.9 }).status).toBe('text');
    expect(flagPage(0, undefined).status).toBe('text');
  });
  it('does not flag a scan of a blank sheet whose only marks are its own text', () => {
    expect(flagPage(6, { coverage: 1, span: 1, ink: 0.002 }).status).toBe('text');
    expect(flagPage(6, { coverage: 1, span: 1, ink: 0.2 }).status).toBe('no-text-layer');
  });
  it('finds the pages short of own text, whose images then decide', () => {
    const pages = ['x'.repeat(100), 'short', ''];
    expect(ownTextLengths(pages).map((n) => n < MIN_OWN_CHARS)).toEqual([false, true, true]);
  });
});

describe('ownTextLengths', () => {
  it('matches ownTextLength page by page, with repeated lines found across pages', () => {
    const pages = [1, 2, 3].map((n) => `Running head 2025\n${'Body '.repeat(n * 3)}${n}\nPage ${n} of 3`);
    const repeated = findRepeatedLines(pages);
    expect(ownTextLengths(pages)).toEqual(pages.map((p) => ownTextLength(p, repeated)));
    expect(ownTextLengths(pages)[0]).toBe('BodyBodyBody1'.length);
  });
  it('treats tabs, no-break spaces and runs of digits like the regex definition', () => {
    expect(normaliseLine('\tSec.\u00a0 12(b)  of 2025 ')).toBe('Sec. #(b) of #');
  });
});
