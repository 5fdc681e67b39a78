import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveCellStatus } from '../core/compare/cellStatus';
import { ClausebenchDb } from './database';
import { addImportedDocument, deleteDocument } from './documentsRepo';
import { caseRecord, cellRecord, clauseRecord, documentRecord, linkRecord } from './testRecords';

let database: ClausebenchDb;
beforeEach(async () => {
  database = new ClausebenchDb(`carried-${crypto.randomUUID()}`);
  await database.cases.add(caseRecord('A'));
  await database.documents.add(documentRecord('v1', ['A']));
  await database.clauses.bulkAdd([clauseRecord('c1', 'A', 'v1'), clauseRecord('c2', 'A', 'v1')]);
  await database.links.add(linkRecord('l1', 'A', 'c1', 'e1'));
  await database.cells.add(cellRecord('cell', 'A', 'cmp', 'r', 'd', ['c1', 'c2']));
});
afterEach(async () => {
  database.close();
  await database.delete();
});

describe('a new version carries its clauses’ links and evidence', () => {
  it('copies links to the carried clauses and adds the copies to the citing cells; an orphaned copy makes the cell need review', async () => {
    const copies = [
      { ...clauseRecord('n1', 'A', 'v2'), anchorStatus: 'orphaned' as const },
      { ...clauseRecord('n2', 'A', 'v2'), anchorStatus: 'anchored' as const },
    ];
    await addImportedDocument(database, {
      document: documentRecord('v2', ['A'], { sha256: 'sha-v2', versionOf: 'v1' }),
      file: { sha256: 'sha-v2', bytes: new Blob(['x']) },
      pageTexts: [],
      clauses: copies,
      carriedFrom: ['c1', 'c2'],
    });
    const links = await database.links.where('clauseId').equals('n1').toArray();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ entityId: 'e1', role: 'restricts', caseId: 'A' });
    expect(links[0]!.id).not.toBe('l1');
    const cell = await database.cells.get('cell');
    expect(cell?.evidenceClauseIds).toEqual(['c1', 'c2', 'n1', 'n2']);
    const facts = await Promise.all(
      cell!.evidenceClauseIds.map(async (id) => {
        const clause = await database.clauses.get(id);
        return clause && { anchorStatus: clause.anchorStatus, sourceKind: 'primary' as const };
      }),
    );
    expect(deriveCellStatus(cell!, facts)).toBe('needs-review');

    // Deleting the new version leaves the earlier analysis exactly as it was.
    await deleteDocument(database, 'v2', undefined);
    expect((await database.cells.get('cell'))?.evidenceClauseIds).toEqual(['c1', 'c2']);
    expect((await database.links.toArray()).map((l) => l.id)).toEqual(['l1']);
  });
});
