/**
 * The highlights real PDFs carry (pdf.js's own test files), read as ranges of the text the app
 * stores for their pages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../test/support/nodePdf';
import { SHARED, sharedAvailable } from '../../../../test/support/sharedCorpus';
import { readMarkupAnnotations } from './markupAnnotations';

const available = sharedAvailable('markupAnnotations', 'corpus/pdfjs/annotation-highlight.pdf', 'corpus/pdfjs/highlights.pdf');

async function markups(name: string) {
  const path = join(SHARED, 'corpus', 'pdfjs', name);
  const { pageTexts } = await extractPageTexts(path);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 });
  try {
    const found = await readMarkupAnnotations((await task.promise) as never, pageTexts);
    return found.map((m) => ({ ...m, text: (pageTexts[m.pageIndex] ?? '').slice(m.start, m.end) }));
  } finally {
    await task.destroy();
  }
}

describe.skipIf(!available)('markup annotations in the pdf.js corpus', () => {
  it('annotation-highlight.pdf: one highlight over its words, with its note and author', async () => {
    const found = await markups('annotation-highlight.pdf');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      pageIndex: 0,
      kind: 'highlight',
      comment: 'Highlight content',
      author: 'Tim van der Meij',
      text: 'Lorem ipsum dolor sit amet',
    });
  });

  it('highlights.pdf: every highlight lands on words of its page', async () => {
    const found = await markups('highlights.pdf');
    expect(found.length).toBeGreaterThan(3);
    expect(found[0]?.text).toBe('Trace-based Just-in-Time');
    expect(found[2]?.text.startsWith('1. Introduction\nDynamic languages such as JavaScript')).toBe(true);
    // Whole words: no highlight starts or ends inside a word.
    for (const m of found) expect(m.text).toMatch(/^[\p{L}\p{N}[(].*[\p{L}\p{N}.,)\]]$/su);
  });
});
