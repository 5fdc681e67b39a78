/**
 * Known-name matching on the sample case's own PDFs (text extracted by pdf.js as import does):
 * which documents and clauses an entity is proposed for, and that the entity page's "mentioned
 * in" list (mentions.ts) finds exactly the first of those places.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageTexts } from '../../../../../test/support/nodePdf';
import { joinDocumentText } from '../documentText';
import type { Clause } from '../types';
import type { KnownEntity } from './knownMatcher';
import { firstMentionIn } from './mentions';
import { combineScans, scanDocument, type DocumentScan } from './suggestEntities';

const SAMPLE = join(process.cwd(), 'resources', 'sample-case');
const manifest = JSON.parse(readFileSync(join(SAMPLE, 'manifest.json'), 'utf8')) as { documents: { fileName: string }[] };
const shippedClauses = JSON.parse(readFileSync(join(SAMPLE, 'clauses.json'), 'utf8')) as {
  clauses: { id: string; fileName: string; label: string; quote: { exact: string; prefix: string } }[];
};
const shippedEntities = JSON.parse(readFileSync(join(SAMPLE, 'entities.json'), 'utf8')) as { entities: KnownEntity[] };

const scans: DocumentScan[] = [];
const clauses: Pick<Clause, 'id' | 'documentId' | 'target' | 'anchorStatus'>[] = [];

beforeAll(async () => {
  for (const { fileName } of manifest.documents) {
    const { pageTexts } = await extractPageTexts(join(SAMPLE, 'pdf', fileName));
    scans.push(scanDocument(fileName, pageTexts));
    const text = joinDocumentText(pageTexts);
    for (const c of shippedClauses.clauses.filter((x) => x.fileName === fileName)) {
      const at = text.indexOf(c.quote.prefix + c.quote.exact);
      const start = at >= 0 ? at + c.quote.prefix.length : text.indexOf(c.quote.exact);
      if (start < 0) continue;
      clauses.push({
        id: c.id,
        documentId: fileName,
        anchorStatus: 'anchored',
        target: {
          quote: { type: 'TextQuoteSelector', exact: c.quote.exact, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start, end: start + c.quote.exact.length },
          pageIndex: 0,
          rects: [],
        },
      });
    }
  }
});

const known = (entity: KnownEntity) => combineScans(scans, { entities: [entity], clauses }).known[0];
const label = (id: string) => {
  const c = shippedClauses.clauses.find((x) => x.id === id)!;
  return `${c.fileName} ${c.label}`;
};

describe('known names on the sample case', () => {
  // The entity as it shipped before: the note-less name was "Executive Order", the alias "the Order".
  const unnumbered: KnownEntity = { id: 'eo', name: 'Executive Order [number not reported]', type: 'instrument', aliases: ['the Order'] };

  it('never proposes the unnumbered order for EO 14320 or the UK Export Control Order 2008', () => {
    const found = known(unnumbered);
    const documents = new Set(found?.occurrences.map((o) => o.documentId));
    expect(documents.has('05-note-ai-diffusion-framework.pdf')).toBe(false);
    expect(documents.has('08-note-uk-export-control-order.pdf')).toBe(false);
    expect((found?.clauseIds ?? []).map(label)).not.toContain('05-note-ai-diffusion-framework.pdf ¶ 15');
    // Found where its full name is printed: the reconstruction's own title.
    expect(found?.occurrences.map((o) => o.text)).toContain('Executive Order [number not reported]');
    expect([...documents]).toEqual(['01-executive-order.pdf']);
  });

  it('finds "U.S. Department of Commerce" printed as "United States Department of Commerce"', () => {
    const commerce: KnownEntity = { id: 'doc', name: 'U.S. Department of Commerce', type: 'agency', aliases: [] };
    const found = known(commerce)!;
    expect(found.occurrences.map((o) => `${o.documentId} ${o.text}`)).toEqual(
      expect.arrayContaining(['02-commerce-letter.pdf U.S. Department of Commerce', '03-complaint.pdf United States Department of Commerce']),
    );
  });

  it('gives the entity page the first place suggestions find, document by document, for every shipped entity', () => {
    for (const entity of shippedEntities.entities) {
      const found = combineScans(scans, { entities: [entity] }).known[0];
      for (const scan of scans) {
        const first = found?.occurrences.find((o) => o.documentId === scan.documentId);
        const mention = firstMentionIn(scan, entity);
        expect(mention && { pageIndex: mention.pageIndex, text: mention.text }, `${entity.name} in ${scan.documentId}`).toEqual(
          first && { pageIndex: first.pageIndex, text: first.text },
        );
      }
    }
  });
});
