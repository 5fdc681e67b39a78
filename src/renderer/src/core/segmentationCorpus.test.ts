/**
 * Segmentation of real Federal Register prints (../shared/corpus/legal), through the same text
 * extraction the app stores (test/support/nodePdf.ts). Skipped with a printed reason when the
 * corpus is missing, except under CI=true, where its absence fails the suite.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../test/support/nodePdf';
import { SHARED, sharedAvailable } from '../../../../test/support/sharedCorpus';
import { boilerplateLines, cleanQuote } from './cleanQuote';
import { joinDocumentText } from './documentText';
import { suggestClauses, type SuggestedClause } from './segmentation';

const LEGAL = join(SHARED, 'corpus', 'legal');
const available = sharedAvailable('segmentationCorpus', 'corpus/legal');

interface Segmented {
  doc: string;
  clauses: SuggestedClause[];
  clean: (label: string) => string;
}
async function segment(file: string): Promise<Segmented> {
  const { pageTexts } = await extractPageTexts(join(LEGAL, file));
  const doc = joinDocumentText(pageTexts);
  const boilerplate = boilerplateLines(pageTexts);
  const clauses = suggestClauses(pageTexts, 'executive-order');
  const clean = (label: string) => {
    const c = clauses.find((x) => x.label === label);
    if (!c) throw new Error(`no clause ${label}`);
    return cleanQuote(doc.slice(c.start, c.end), boilerplate);
  };
  return { doc, clauses, clean };
}

const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];
const sub = (section: string, letters: string) => letters.split('').map((l) => `${section}(${l})`);
const items = (parent: string, n: number) => roman.slice(0, n).map((r) => `${parent}(${r})`);

describe.skipIf(!available)('suggested clauses in Federal Register prints', () => {
  let eo14320: Segmented;
  let eo14174: Segmented;
  beforeAll(async () => {
    [eo14320, eo14174] = await Promise.all([segment('FR-2025-14218.pdf'), segment('FR-2025-02098.pdf')]);
  });

  it('EO 14320: its five sections and every subsection, in order, with their labels', () => {
    expect(eo14320.clauses.map((c) => c.label)).toEqual([
      'Sec. 1',
      'Sec. 2',
      'Sec. 3',
      'Sec. 3(a)',
      'Sec. 3(b)',
      'Sec. 3(b)(i)',
      ...['A', 'B', 'C', 'D', 'E'].map((l) => `Sec. 3(b)(i)(${l})`),
      ...items('Sec. 3(b)', 5).slice(1),
      'Sec. 3(c)',
      'Sec. 3(d)',
      'Sec. 4',
      'Sec. 4(a)',
      'Sec. 4(b)',
      'Sec. 4(c)',
      ...items('Sec. 4(c)', 6),
      'Sec. 4(d)',
      'Sec. 5',
      'Sec. 5(a)',
      ...items('Sec. 5(a)', 2),
      ...sub('Sec. 5', 'bcd'),
    ]);
    expect(eo14320.clauses.filter((c) => c.depth === 0)).toHaveLength(5);
    expect(eo14320.clauses.filter((c) => c.depth > 0)).toHaveLength(30);
  });

  it('EO 14320: ranges start at their number and read clean across page breaks', () => {
    for (const c of eo14320.clauses) expect(eo14320.doc.slice(c.start, c.start + 12)).toMatch(/^(?:Section \d|Sec\. \d|\([a-zA-Z]+\) )/);
    expect(eo14320.clean('Sec. 1')).toMatch(
      /^Section 1\. Purpose\. Artificial intelligence \(AI\) is a foundational technology .* full-stack American AI technology packages\.$/,
    );
    // (v) ends page 1: the slug lines and page 2's running head are not part of it.
    expect(eo14320.clean('Sec. 3(b)(v)')).toBe(
      '(v) comply with all relevant United States export control regimes, outbound investment regulations, and end-user policies, including chapter 58 of title 50, United States Code, and relevant guidance from the Bureau of Industry and Security within the Department of Commerce.',
    );
    const v = eo14320.clauses.find((c) => c.label === 'Sec. 3(b)(v)')!;
    expect(eo14320.doc.slice(v.start, v.end)).not.toMatch(/VerDate|PRESDOC|Federal Register/);
    // (c) spans the page 2/3 break; the range holds the furniture, the clean quote does not.
    const c = eo14320.clauses.find((x) => x.label === 'Sec. 5(c)')!;
    expect(eo14320.doc.slice(c.start, c.end)).toContain('\f');
    expect(eo14320.clean('Sec. 5(c)')).toMatch(/by any party against the United States, its departments/);
    // The last subsection stops before the signature.
    expect(eo14320.clean('Sec. 5(d)')).toBe('(d) The costs for publication of this order shall be borne by the Department of Commerce.');
    expect(eo14320.clean('Sec. 2')).toContain('the global deployment of United States-origin AI technologies.');
  });

  it('EO 14320: guessed types', () => {
    const type = (label: string) => eo14320.clauses.find((c) => c.label === label)?.type;
    expect(type('Sec. 1')).toBe('finding-purpose');
    expect(type('Sec. 2')).toBe('finding-purpose');
    expect(type('Sec. 3(a)')).toBe('obligation');
    expect(type('Sec. 5')).toBe('other');
  });

  it('EO 14174: two sections, (a)-(b) and (a)(i)-(ii), (b), (c)', () => {
    expect(eo14174.clauses.map((c) => c.label)).toEqual([
      'Sec. 1',
      'Sec. 1(a)',
      'Sec. 1(b)',
      'Sec. 2',
      'Sec. 2(a)',
      'Sec. 2(a)(i)',
      'Sec. 2(a)(ii)',
      'Sec. 2(b)',
      'Sec. 2(c)',
    ]);
    expect(eo14174.clean('Sec. 2(c)')).toMatch(/or any other person\.$/);
  });
});
