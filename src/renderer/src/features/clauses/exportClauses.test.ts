// The clause exports' data gathering over a real (fake-indexeddb) database: each clause carries its
// links to entities, in role order, and a link whose entity is gone is left out, not exported half.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clausesToCsv } from '../../core/clauseCsv';
import { exportWebAnnotations } from '../../core/webAnnotationExport';
import { db } from '../../db/database';
import { caseRecord, clauseRecord, documentRecord, entityRecord, linkRecord } from '../../db/testRecords';
import { clauseExportItems } from './exportClauses';

beforeAll(async () => {
  const d = db();
  await d.cases.add(caseRecord('case-1'));
  await d.documents.add(documentRecord('doc-1', ['case-1'], { pageCount: 1, pageStatus: ['text'] }));
  await d.pageTexts.add({ documentId: 'doc-1', pageIndex: 0, text: 'xxxxx and more text', start: 0, status: 'text' });
  await d.clauses.bulkAdd([clauseRecord('c1', 'case-1', 'doc-1'), clauseRecord('c2', 'case-1', 'doc-1')]);
  await d.entities.bulkAdd([
    { ...entityRecord('e-org', 'case-1'), name: 'Northwind Labs', externalId: 'https://example.org/northwind' },
    { ...entityRecord('e-agency', 'case-1'), name: 'Department of Commerce', type: 'agency' },
  ]);
  await d.links.bulkAdd([
    { ...linkRecord('l-1', 'case-1', 'c1', 'e-org'), role: 'addressed-to', note: 'Its engineers' },
    { ...linkRecord('l-2', 'case-1', 'c1', 'e-agency'), role: 'issued-by' },
    // A link left dangling (its entity gone without it): not exported.
    linkRecord('l-3', 'case-1', 'c1', 'e-gone'),
  ]);
});
afterAll(async () => {
  await db().delete();
});

describe('clauseExportItems', () => {
  it('gives each clause its links with their entities, by role, and leaves out a link whose entity is gone', async () => {
    const items = await clauseExportItems('case-1');
    const byId = new Map(items.map((i) => [i.clause.id, i]));
    expect(byId.get('c1')!.links).toEqual([
      { entity: { id: 'e-agency', name: 'Department of Commerce', type: 'agency' }, link: { id: 'l-2', role: 'issued-by', note: '' } },
      {
        entity: { id: 'e-org', name: 'Northwind Labs', type: 'organisation', externalId: 'https://example.org/northwind' },
        link: { id: 'l-1', role: 'addressed-to', note: 'Its engineers' },
      },
    ]);
    expect(byId.get('c2')!.links).toEqual([]);

    // What the two exports make of them.
    expect(clausesToCsv(items)).toContain('Department of Commerce; Northwind Labs,Department of Commerce (issued by); Northwind Labs (addressed to)');
    const annotation = exportWebAnnotations(items, { generatedAt: '2026-01-01T00:00:00Z', label: 'x' }).first!.items.find(
      (a) => a.id === 'urn:uuid:c1',
    )!;
    expect(annotation.body.filter((b) => b.type === 'SpecificResource').map((b) => b.source)).toEqual([
      'urn:uuid:e-agency',
      'https://example.org/northwind',
    ]);
  });

  it('gives only the clauses asked for, of the case asked for', async () => {
    expect((await clauseExportItems('case-1', undefined, ['c2'])).map((i) => i.clause.id)).toEqual(['c2']);
    expect((await clauseExportItems('case-1', undefined, ['c1', 'c2', 'gone'])).map((i) => i.clause.id).sort()).toEqual(['c1', 'c2']);
    expect(await clauseExportItems('other-case', undefined, ['c1'])).toEqual([]);
    expect(await clauseExportItems('case-1', undefined, [])).toEqual([]);
  });
});
