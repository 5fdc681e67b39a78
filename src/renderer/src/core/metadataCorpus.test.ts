/**
 * The metadata proposer against the real documents in ../shared/corpus/legal (CASE-FACTS.md,
 * "Real documents in corpus/legal"), with text extracted by pdf.js exactly as import does.
 * Skipped with a printed reason when the corpus is absent; under CI=true its absence fails.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../test/support/nodePdf';
import { proposeMetadata } from './metadata';
import type { DocumentMetadata } from './types';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const shared = process.env.CLAUSEBENCH_SHARED ? resolve(process.env.CLAUSEBENCH_SHARED) : resolve(repoRoot, '../shared');
const legal = join(shared, 'corpus', 'legal');
const available = existsSync(legal);

if (!available && process.env.CI === 'true') {
  describe('legal corpus', () => {
    it('is present under CI', () => {
      throw new Error(`The legal corpus is missing at ${legal}; CI must provide ../shared/corpus (or CLAUSEBENCH_SHARED).`);
    });
  });
} else if (!available) {
  console.warn(`[metadataCorpus] skipped: no legal corpus at ${legal} (set CLAUSEBENCH_SHARED to the shared folder).`);
}

async function propose(file: string): Promise<DocumentMetadata> {
  const { info, pageTexts } = await extractPageTexts(join(legal, file), 2);
  return proposeMetadata({ fileName: file, info, pageTexts });
}

describe.skipIf(!available)('proposeMetadata on the real legal corpus', () => {
  const results = new Map<string, DocumentMetadata>();
  const files = [
    'FR-2025-02098.pdf',
    'FR-2025-14218.pdf',
    'FR-2025-15010.pdf',
    'FR-2025-23844.pdf',
    'vector-pdf.pdf',
    'ca1_00117684624.pdf',
    'gov.uscourts.azd.1085839.3.0.pdf',
    'image-pdf.pdf',
  ];
  const get = (file: string): DocumentMetadata => {
    const found = results.get(file);
    if (!found) throw new Error(`no proposal for ${file}`);
    return found;
  };

  beforeAll(async () => {
    for (const file of files) results.set(file, await propose(file));
  });

  it.each([
    ['FR-2025-02098.pdf', 'Revocation of Certain Executive Orders', 'Executive Order 14174, 90 FR 8637', '2025-01-21'],
    ['FR-2025-14218.pdf', 'Promoting the Export of the American AI Technology Stack', 'Executive Order 14320, 90 FR 35393', '2025-07-23'],
    ['FR-2025-15010.pdf', 'Further Modifying the Reciprocal Tariff Rates', 'Executive Order 14326, 90 FR 37963', '2025-07-31'],
    ['FR-2025-23844.pdf', 'Adjustments of Certain Rates of Pay', 'Executive Order 14368, 90 FR 60521', '2025-12-18'],
  ])('%s is an executive order with title, citation and signing date', (file, title, citation, date) => {
    expect(get(file)).toEqual({
      kind: 'executive-order',
      title,
      citation,
      date,
      issuer: 'The President',
      jurisdiction: 'United States',
    });
  });

  it('reads the Supreme Court slip opinion (vector-pdf.pdf)', () => {
    const m = get('vector-pdf.pdf');
    expect(m.kind).toBe('court-order');
    expect(m.issuer).toBe('Supreme Court of the United States');
    expect(m.title).toBe('Tarrant Regional Water District v. Herrmann et al.');
    expect(m.citation).toContain('No. 11-889');
    expect(m.date).toBe('2013-06-13');
    expect(m.jurisdiction).toBe('United States');
  });

  it('reads the First Circuit opinion (ca1_00117684624.pdf)', () => {
    const m = get('ca1_00117684624.pdf');
    expect(m.kind).toBe('court-order');
    expect(m.issuer).toBe('United States Court of Appeals for the First Circuit');
    expect(m.title).toContain('Calvary Chapel of Bangor');
    expect(m.title).toContain('Mills');
    expect(m.citation).toContain('No. 20-1507');
    expect(m.date).toBe('2020-12-22');
    expect(m.jurisdiction).toBe('United States');
  });

  it('reads the District of Arizona order on pleading paper (gov.uscourts.azd.1085839.3.0.pdf)', () => {
    const m = get('gov.uscourts.azd.1085839.3.0.pdf');
    expect(m.kind).toBe('court-order');
    expect(m.issuer).toContain('District of Arizona');
    expect(m.title).toContain('Bard IVC Filters');
    expect(m.title).not.toMatch(/\b(?:1 2 3|27 28)\b/);
    expect(m.citation).toContain('15-02641');
    expect(m.jurisdiction).toBe('United States');
    expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('falls back to the file name for the scan without text (image-pdf.pdf)', () => {
    const m = get('image-pdf.pdf');
    expect(m.title).toBe('image-pdf');
    expect(m.kind).toBe('other');
    expect(m.issuer).toBe('');
    expect(m.citation).toBe('');
  });
});

/** The pdf.js test files are not legal documents: the rules must not claim any of them. */
const pdfjsCorpus = join(shared, 'corpus', 'pdfjs');
describe.skipIf(!existsSync(pdfjsCorpus))('proposeMetadata on non-legal PDFs (corpus/pdfjs)', () => {
  it('proposes kind "other" and never throws', async () => {
    const files = readdirSync(pdfjsCorpus).filter((f) => f.toLowerCase().endsWith('.pdf'));
    let read = 0;
    for (const file of files) {
      // Encrypted and broken files are the import's business, not the proposer's.
      const extracted = await extractPageTexts(join(pdfjsCorpus, file), 2).catch(() => null);
      if (!extracted) continue;
      read++;
      const m = proposeMetadata({ fileName: file, info: extracted.info, pageTexts: extracted.pageTexts });
      expect(m.kind, file).toBe('other');
      expect(m.title.length, file).toBeGreaterThan(0);
    }
    expect(read).toBeGreaterThan(0);
  });
});
