/**
 * Clean quotes from real legal PDFs (../shared/corpus/legal), through the same text extraction the
 * app stores (test/support/nodePdf.ts). Skipped with a printed reason when the corpus is missing,
 * except under CI=true, where its absence fails the suite.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../test/support/nodePdf';
import { SHARED, sharedAvailable } from '../../../../test/support/sharedCorpus';
import { boilerplateLines, cleanQuote } from './cleanQuote';
import { joinDocumentText } from './documentText';

const LEGAL = join(SHARED, 'corpus', 'legal');
const available = sharedAvailable('cleanQuoteCorpus', 'corpus/legal');

interface Loaded {
  doc: string;
  boilerplate: Set<string>;
}
async function load(file: string): Promise<Loaded> {
  const { pageTexts } = await extractPageTexts(join(LEGAL, file));
  return { doc: joinDocumentText(pageTexts), boilerplate: boilerplateLines(pageTexts) };
}
/** The raw text from the first occurrence of `from` up to the end of the first `to` after it. */
function rawBetween(doc: string, from: string, to: string): string {
  const start = doc.indexOf(from);
  const end = doc.indexOf(to, start);
  expect(start, from).toBeGreaterThanOrEqual(0);
  expect(end, to).toBeGreaterThan(start);
  return doc.slice(start, end + to.length);
}

describe.skipIf(!available)('clean quotes from the legal corpus', () => {
  let complaint: Loaded;
  let eo14320: Loaded;
  let eo14174: Loaded;
  beforeAll(async () => {
    [complaint, eo14320, eo14174] = await Promise.all([
      load('gov.uscourts.azd.1085839.3.0.pdf'),
      load('FR-2025-14218.pdf'),
      load('FR-2025-02098.pdf'),
    ]);
  });

  it('pleading paper: no margin line numbers, no running head after the page break', () => {
    // The order's first page: 28 margin numbers extracted before the body; then page 2's head.
    const raw = rawBetween(complaint.doc, '1\n2\n3\n', 'Schedule A – Cases that Should Be Remanded by the Panel');
    expect(raw).toContain('\f');
    expect(raw).toMatch(/\n28\n/);
    const clean = cleanQuote(raw, complaint.boilerplate);
    expect(clean.startsWith('WO IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF ARIZONA')).toBe(true);
    expect(clean).toContain(
      'The remaining cases no longer benefit from centralized proceedings and are subject to remand or transfer. The cases listed on Schedule A',
    );
    expect(clean.endsWith('should be remanded to the Schedule A – Cases that Should Be Remanded by the Panel')).toBe(true);
    // The caption on page 1 is the order's own text and stays; the running head of page 2 goes.
    expect(clean.match(/Liability Litigation, No\. MDL/g)).toHaveLength(1);
    expect(clean).not.toMatch(/\b(?:1 2 3|27 28)\b/);
    expect(clean).not.toMatch(/[\n\f]| {2}/);
  });

  it('pleading paper: a quote of body lines keeps every word and number of the text', () => {
    const raw = rawBetween(complaint.doc, 'The MDL was transferred', 'subject to remand\nor transfer.');
    expect(cleanQuote(raw, complaint.boilerplate)).toBe(
      'The MDL was transferred to this Court in August 2015 when 22 cases had been filed. Doc. 1. More than 8,000 cases had been filed when the MDL closed to new cases on May 31, 2019. Docs. 18079, 18128. Thousands of cases pending in the MDL have settled in principle or are near settlement. See Docs. 16343, 19445, 19798-1, -2. The remaining cases no longer benefit from centralized proceedings and are subject to remand or transfer.',
    );
  });

  it('EO 14320: a subsection across a page break loses the slug and the running head', () => {
    const raw = rawBetween(eo14320.doc, '(c) This order is not intended', 'or any other person.');
    expect(raw).toMatch(/VerDate[\s\S]*PRESDOC3\f35395Federal Register/);
    expect(cleanQuote(raw, eo14320.boilerplate)).toBe(
      '(c) This order is not intended to, and does not, create any right or benefit, substantive or procedural, enforceable at law or in equity by any party against the United States, its departments, agencies, or entities, its officers, employees, or agents, or any other person.',
    );
  });

  it('EO 14320: line-end hyphenation joined, real hyphens kept', () => {
    const policy = rawBetween(eo14320.doc, 'Sec. 2. Policy.', 'AI technologies.');
    expect(policy).toContain('deploy-\nment');
    expect(cleanQuote(policy, eo14320.boilerplate)).toBe(
      'Sec. 2. Policy. It is the policy of the United States to preserve and extend American leadership in AI and decrease international dependence on AI technologies developed by our adversaries by supporting the global deployment of United States-origin AI technologies.',
    );
    const items = rawBetween(eo14320.doc, '(A) AI-optimized', 'in the United States;');
    expect(cleanQuote(items, eo14320.boilerplate)).toBe(
      '(A) AI-optimized computer hardware (e.g., chips, servers, and accelerators), data center storage, cloud services, and networking, as well as a description of whether and to what extent such items are manufactured in the United States;',
    );
    const sb = rawBetween(eo14320.doc, '(vi) coordinating', 'Office of Invest-\nment and Innovation');
    expect(cleanQuote(sb, eo14320.boilerplate)).toBe(
      '(vi) coordinating with the Small Business Administration’s Office of Investment and Innovation',
    );
  });

  it('EO 14320: the last page slug lines and graphics tag never reach a quote', () => {
    const raw = rawBetween(eo14320.doc, '(d) The costs for publication', 'PRESDOC3');
    const clean = cleanQuote(raw, eo14320.boilerplate);
    expect(clean).toMatch(
      /^\(d\) The costs for publication of this order shall be borne by the Department of Commerce\. THE WHITE HOUSE, July 23, 2025\./,
    );
    expect(clean).not.toMatch(/VerDate|PRESDOC|GPH|Jkt/);
  });

  it('EO 14174 (one page, so no repeated lines): slugs still go by their form', () => {
    expect(eo14174.boilerplate.size).toBe(0);
    const raw = rawBetween(eo14174.doc, 'Sec. 2. General Provisions.', 'PRESDOC-E3');
    const clean = cleanQuote(raw, eo14174.boilerplate);
    expect(clean.startsWith('Sec. 2. General Provisions. (a) Nothing in this order shall be construed to impair or otherwise affect:')).toBe(true);
    expect(clean).toContain('[FR Doc. 2025–02098 Filed 1–30–25; 8:45 am] Billing code 3395–F4–P');
    expect(clean).not.toMatch(/VerDate|PRESDOC|GPH/);
  });
});
