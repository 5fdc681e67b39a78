import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ILLUSTRATIVE_MARK, PAGE, decoratePages, layoutBody, tokenize, wrapTokens, type FontSet, type TextOp } from './layout.mjs';
import { parseSource } from './parse.mjs';

async function realFonts(): Promise<FontSet> {
  const pdf = await PDFDocument.create();
  return {
    roman: await pdf.embedFont(StandardFonts.TimesRoman),
    bold: await pdf.embedFont(StandardFonts.TimesRomanBold),
    italic: await pdf.embedFont(StandardFonts.TimesRomanItalic),
    heading: await pdf.embedFont(StandardFonts.HelveticaBold),
    sans: await pdf.embedFont(StandardFonts.Helvetica),
  };
}

const texts = (ops: { kind: string }[]) => ops.filter((o): o is TextOp => o.kind === 'text');

describe('wrapTokens', () => {
  it('keeps every line within the width, words whole, and cuts only a word wider than the line', async () => {
    const fonts = await realFonts();
    const words = 'the quick brown fox jumps over the lazy dog '.repeat(20) + 'x'.repeat(200);
    const lines = wrapTokens(tokenize([{ text: words, font: 'roman' }]), 200, 11, fonts);
    for (const line of lines) {
      expect(fonts.roman.widthOfTextAtSize(line.map((t) => t.word).join(' '), 11)).toBeLessThanOrEqual(200);
    }
    expect(
      lines
        .flat()
        .map((t) => t.word)
        .join(''),
    ).toBe(words.replace(/\s+/g, ''));
    // Ordinary words stay whole; only the over-long word is cut, into pieces that fill lines.
    const vocabulary = new Set(['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog']);
    const cut = lines.flat().filter((t) => !vocabulary.has(t.word));
    expect(cut.length).toBeGreaterThan(1);
    for (const piece of cut) expect(piece.word).toMatch(/^x+$/);
  });
});

describe('layoutBody and decoratePages', () => {
  it('paginates long text inside the margins and numbers every page "Page N of M"', async () => {
    const fonts = await realFonts();
    const source = Array.from({ length: 60 }, (_, i) => `${i + 1}. ${'Paragraph text that wraps onto more lines. '.repeat(4)}`).join('\n\n');
    const pages = decoratePages(layoutBody({ title: 'Reconstruction: A test', blocks: parseSource(source).blocks }, fonts), 'Head', fonts);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      const ops = texts(page.ops);
      expect(ops.map((o) => o.text)).toContain(ILLUSTRATIVE_MARK);
      expect(ops.map((o) => o.text)).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(ops[0]?.text).toBe('Head');
      for (const op of ops) {
        expect(op.x).toBeGreaterThanOrEqual(PAGE.margin);
        expect(op.x + fonts[op.font].widthOfTextAtSize(op.text, op.size)).toBeLessThanOrEqual(PAGE.width - PAGE.margin + 0.01);
        const inBody = op.y >= PAGE.bodyBottom && op.y <= PAGE.bodyTop;
        expect(inBody || op.font === 'sans', `${op.text} at y=${op.y}`).toBe(true);
      }
    });
  });

  it('keeps a heading with the text that follows it', async () => {
    const fonts = await realFonts();
    const filler = Array.from({ length: 43 }, (_, i) => `Line ${i}`).join('\n\n');
    const pages = layoutBody({ title: 'T', blocks: parseSource(`${filler}\n\n## Heading\n\nBody after heading.`).blocks }, fonts);
    const pageOf = (text: string) => pages.findIndex((p) => texts(p.ops).some((o) => o.text.startsWith(text)));
    expect(pageOf('Heading')).toBe(pageOf('Body after heading.'));
  });
});
