// The sample PDFs read in order in the app: pdf.js gives text in drawing order, so a list marker
// drawn after its line would read "...including its(a)" in quotes, search and exports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSampleManifest } from '../../src/renderer/src/core/sampleManifest';
import { extractPageTexts } from '../../test/support/nodePdf';

const manifest = parseSampleManifest(JSON.parse(readFileSync('resources/sample-case/manifest.json', 'utf8')));
/** A marker glued to the end of a line's text, as pdf.js reads a marker drawn after the line ("its(a)", "an2."). */
const MARKER_AT_END = /[A-Za-z,;:](\((?:[a-z]|[ivx]+)\)|\d{1,3}\.)$/;

describe('sample PDFs in reading order', () => {
  for (const { fileName } of manifest.documents) {
    it(`${fileName}: list markers open their lines`, async () => {
      const { pageTexts } = await extractPageTexts(`resources/sample-case/pdf/${fileName}`);
      const lines = pageTexts.flatMap((t) => t.split('\n'));
      const markerLast = lines.filter((l) => MARKER_AT_END.test(l.trim()));
      expect(markerLast).toEqual([]);
    });
  }

  it('the order\'s definitions read "(a) The term ..."', async () => {
    const { pageTexts } = await extractPageTexts('resources/sample-case/pdf/01-executive-order.pdf');
    expect(pageTexts.join('\f')).toMatch(/\(a\)\s*The term "covered model" means/);
  });
});
