// Install and reset of the sample case in Node: the real install code and database, with the
// app's resources fetched from resources/ and PDFs imported by a Node stand-in (nodePdf text).
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSampleClauses } from '../../core/sampleClauses';
import type { Clause } from '../../core/types';
import { createCase } from '../../db/casesRepo';
import { addClause, deleteClause, listClauses, updateClause } from '../../db/clausesRepo';
import { ClausebenchDb } from '../../db/database';
import { addDocumentToCase } from '../../db/documentsRepo';
import { installSampleCase, resetSampleCase } from './installSample';

vi.mock('../library', async () => ({ importFile: (await import('../../../../../test/support/sampleImport')).importSamplePdf }));

const shipped = parseSampleClauses(JSON.parse(await readFile('resources/sample-case/clauses.json', 'utf8')));
/** Resources the test serves instead of the shipped ones, by URL. */
const overrides = new Map<string, string>();

let database: ClausebenchDb;
beforeEach(() => {
  database = new ClausebenchDb(`install-sample-${crypto.randomUUID()}`);
  overrides.clear();
  vi.stubGlobal('fetch', async (url: string) => {
    const body = overrides.get(url) ?? (await readFile(url.replace(/^\.\/sample-case\//, 'resources/sample-case/')));
    return new Response(body, { status: 200 });
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await database.delete();
});

const byId = (clauses: Clause[]) => [...clauses].sort((a, b) => a.id.localeCompare(b.id));

async function fileNameOf(documentId: string): Promise<string | undefined> {
  return (await database.documents.get(documentId))?.fileName;
}

describe('installSampleCase', () => {
  it('marks every shipped clause, anchored, on the document it names', async () => {
    const report = vi.fn();
    const caseId = await installSampleCase(database, 'Tester', undefined, report);
    expect(report).not.toHaveBeenCalled();
    const clauses = await listClauses(database, caseId);
    expect(clauses.map((c) => c.id).sort()).toEqual(shipped.clauses.map((c) => c.id).sort());
    for (const clause of clauses) {
      const entry = shipped.clauses.find((e) => e.id === clause.id)!;
      expect(clause).toMatchObject({
        label: entry.label,
        type: entry.type,
        comment: entry.comment,
        tags: entry.tags,
        anchorStatus: 'anchored',
        createdBy: 'Tester',
      });
      expect(clause.target.quote.exact).toBe(entry.quote.exact);
      expect(await fileNameOf(clause.documentId)).toBe(entry.fileName);
    }
  });

  it('completes an earlier install without adding a clause twice or undoing an edit', async () => {
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn());
    const first = shipped.clauses[0]!;
    await updateClause(database, first.id, { comment: 'My own note.' });
    expect(await installSampleCase(database, 'Tester', undefined, vi.fn())).toBe(caseId);
    expect(await database.clauses.count()).toBe(shipped.clauses.length);
    expect((await database.clauses.get(first.id))?.comment).toBe('My own note.');
  });

  it('adds the clauses that anchor and reports, by label, the ones that do not', async () => {
    const [broken, ...rest] = shipped.clauses;
    const edited = {
      ...shipped,
      clauses: [{ ...broken!, quote: { exact: 'Words that no sample document contains at all.', prefix: '', suffix: '' } }, ...rest],
    };
    overrides.set('./sample-case/clauses.json', JSON.stringify(edited));
    const report = vi.fn();
    const caseId = await installSampleCase(database, 'Tester', undefined, report);
    expect(report).toHaveBeenCalledExactlyOnceWith([
      { label: broken!.label, fileName: broken!.fileName, reason: 'its quote was not found in the document text' },
    ]);
    expect((await listClauses(database, caseId)).map((c) => c.id).sort()).toEqual(rest.map((c) => c.id).sort());
  });

  it('refuses a malformed clauses.json before importing anything', async () => {
    overrides.set('./sample-case/clauses.json', JSON.stringify({ version: 1, clauses: [{ label: 'Sec. 1' }] }));
    await expect(installSampleCase(database, 'Tester', undefined, vi.fn())).rejects.toThrow(/clauses\.json is invalid/);
    expect(await database.documents.count()).toBe(0);
  });
});

describe('resetSampleCase', () => {
  it('brings back deleted and edited sample clauses with the same ids, and leaves another case alone', async () => {
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn());
    const installed = byId(await listClauses(database, caseId));
    // The user's own case shares a sample document and marks a clause of its own on it.
    const mine = await createCase(database, 'Mine', 'Tester');
    const shared = installed[0]!;
    await addDocumentToCase(database, shared.documentId, mine.id);
    const own: Clause = { ...shared, id: crypto.randomUUID(), caseId: mine.id, label: 'My label', comment: 'Mine.', tags: ['mine'] };
    await addClause(database, own);

    const [gone1, gone2, edited] = installed;
    await deleteClause(database, gone1!.id);
    await deleteClause(database, gone2!.id);
    await updateClause(database, edited!.id, { comment: 'Scribbled over', tags: [] });
    expect(await database.clauses.where('caseId').equals(caseId).count()).toBe(installed.length - 2);

    const report = vi.fn();
    expect(await resetSampleCase(database, 'Tester', undefined, report)).toBe(caseId);
    expect(report).not.toHaveBeenCalled();
    const restored = byId(await listClauses(database, caseId));
    expect(restored.map((c) => c.id)).toEqual(installed.map((c) => c.id));
    expect(restored.map((c) => [c.comment, c.tags, c.target])).toEqual(installed.map((c) => [c.comment, c.tags, c.target]));
    expect(await listClauses(database, mine.id)).toEqual([own]);
    expect((await database.documents.get(shared.documentId))?.caseIds).toContain(mine.id);
  });

  it('never overwrites a clause of another case that holds a sample id; it reports it instead', async () => {
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn());
    const mine = await createCase(database, 'Mine', 'Tester');
    const taken = (await listClauses(database, caseId))[0]!;
    await addDocumentToCase(database, taken.documentId, mine.id);
    // As if a bundle exported from the sample had been imported into the user's case.
    await deleteClause(database, taken.id);
    const copy: Clause = { ...taken, caseId: mine.id, comment: 'Imported copy.' };
    await addClause(database, copy);

    const report = vi.fn();
    await resetSampleCase(database, 'Tester', undefined, report);
    expect(report).toHaveBeenCalledExactlyOnceWith([
      { label: taken.label, fileName: await fileNameOf(taken.documentId), reason: 'its id is taken by a clause of another case' },
    ]);
    expect(await database.clauses.get(taken.id)).toEqual(copy);
    expect(await database.clauses.where('caseId').equals(caseId).count()).toBe(shipped.clauses.length - 1);
  });
});
