// The sample comparison on install and reset, in Node: the real install code and database, with
// the app's resources fetched from resources/ and PDFs imported by a Node stand-in (nodePdf text).
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSampleClauses } from '../../core/sampleClauses';
import { parseSampleComparisons } from '../../core/sampleComparison';
import type { Comparison } from '../../core/types';
import { oldestChangeAfter } from '../../db/backupStatusRepo';
import { createCase } from '../../db/casesRepo';
import { deleteClause } from '../../db/clausesRepo';
import { deleteComparison, deleteParts, getComparisonParts, listComparisons, updateCell } from '../../db/comparisonsRepo';
import { ClausebenchDb } from '../../db/database';
import { clearSampleCase } from '../../db/sampleRepo';
import { installSampleCase, resetSampleCase } from './installSample';

vi.mock('../library', async () => ({ importFile: (await import('../../../../../test/support/sampleImport')).importSamplePdf }));

const shippedClauses = parseSampleClauses(JSON.parse(await readFile('resources/sample-case/clauses.json', 'utf8')));
const shipped = parseSampleComparisons(JSON.parse(await readFile('resources/sample-case/comparison.json', 'utf8')), shippedClauses);
const shippedComparison = shipped.comparisons[0]!;
/** Resources the test serves instead of the shipped ones, by URL. */
const overrides = new Map<string, string>();

let database: ClausebenchDb;
beforeEach(() => {
  database = new ClausebenchDb(`install-sample-comparison-${crypto.randomUUID()}`);
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

const strip = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** Installs with every report captured; fails the test if clauses or entities were reported. */
async function install(reset = false) {
  const clauseReport = vi.fn();
  const entityReport = vi.fn();
  const comparisonReport = vi.fn();
  const run = reset ? resetSampleCase : installSampleCase;
  const caseId = await run(database, 'Tester', undefined, clauseReport, entityReport, comparisonReport);
  expect(clauseReport).not.toHaveBeenCalled();
  expect(entityReport).not.toHaveBeenCalled();
  return { caseId, comparisonReport };
}

async function sampleParts(caseId: string) {
  const [comparison] = await listComparisons(database, caseId);
  return comparison ? getComparisonParts(database, comparison.id) : undefined;
}

describe('the sample comparison on install', () => {
  it('adds "Deemed exports and AI models" with every regime, question and cell as shipped, in the sample case', async () => {
    const { caseId, comparisonReport } = await install();
    expect(comparisonReport).not.toHaveBeenCalled();
    const parts = (await sampleParts(caseId))!;
    expect(parts.comparison).toMatchObject({ id: shippedComparison.id, caseId, title: 'Deemed exports and AI models', createdBy: 'Tester' });
    expect(parts.regimes.map((r) => r.name)).toEqual(shippedComparison.regimes.map((r) => r.name));
    expect(parts.regimes).toHaveLength(8);
    expect(parts.dimensions.map((d) => d.id)).toEqual(shippedComparison.dimensions.map((d) => d.id));
    expect(parts.cells).toHaveLength(parts.regimes.length * parts.dimensions.length);
    for (const entry of shippedComparison.cells)
      expect(parts.cells.find((c) => c.id === entry.id)).toMatchObject({ ...entry, caseId, comparisonId: shippedComparison.id });
    // Every cited clause was placed in the sample case.
    const cited = [...new Set(parts.cells.flatMap((c) => c.evidenceClauseIds))];
    expect(cited.length).toBeGreaterThan(20);
    expect((await database.clauses.bulkGet(cited)).map((c) => c?.caseId)).toEqual(cited.map(() => caseId));
  });

  it('counts nothing of the sample comparison as a change to back up, while a comparison of the user’s own case does', async () => {
    const { caseId } = await install();
    expect(await database.cells.where('caseId').equals(caseId).count()).toBe(shippedComparison.cells.length);
    expect(await oldestChangeAfter(database, undefined)).toBeUndefined();
    const mine = await createCase(database, 'Mine', 'Tester');
    const own: Comparison = {
      ...(await database.comparisons.get(shippedComparison.id))!,
      id: crypto.randomUUID(),
      caseId: mine.id,
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    await database.comparisons.add(own);
    expect(await oldestChangeAfter(database, undefined)).toBe(own.updatedAt);
  });

  it('completes an earlier install without adding anything twice or undoing an edit', async () => {
    const { caseId } = await install();
    const first = shippedComparison.cells[0]!;
    await updateCell(database, first.id, { answer: 'My own answer' });
    const again = await install();
    expect(again.caseId).toBe(caseId);
    expect(again.comparisonReport).not.toHaveBeenCalled();
    expect(await database.comparisons.count()).toBe(1);
    expect(await database.cells.count()).toBe(shippedComparison.cells.length);
    expect((await database.cells.get(first.id))?.answer).toBe('My own answer');
  });

  it('keeps a cell whose evidence clause was not placed, without that clause, and reports it', async () => {
    const cited = shippedComparison.cells.find((c) => c.evidenceClauseIds.length === 1)!;
    const clauseId = cited.evidenceClauseIds[0]!;
    const broken = {
      ...shippedClauses,
      clauses: shippedClauses.clauses.map((c) =>
        c.id === clauseId ? { ...c, quote: { exact: 'Words that no sample document contains.', prefix: '', suffix: '' } } : c,
      ),
    };
    overrides.set('./sample-case/clauses.json', JSON.stringify(broken));
    const comparisonReport = vi.fn();
    const caseId = await installSampleCase(database, 'Tester', undefined, vi.fn(), vi.fn(), comparisonReport);
    const entry = shippedClauses.clauses.find((c) => c.id === clauseId)!;
    const citing = shippedComparison.cells.filter((c) => c.evidenceClauseIds.includes(clauseId));
    expect(comparisonReport).toHaveBeenCalledOnce();
    const failures = comparisonReport.mock.calls[0]![0] as { what: string; reason: string }[];
    expect(failures).toHaveLength(citing.length);
    for (const f of failures)
      expect(f.reason).toBe(`its evidence ${entry.label} (${entry.fileName}) is not in the sample case; the cell is kept without it`);
    const stored = await database.cells.get(cited.id);
    expect(stored).toMatchObject({ caseId, evidenceClauseIds: [], status: 'unsourced', answer: cited.answer });
    expect(await database.cells.where('caseId').equals(caseId).count()).toBe(shippedComparison.cells.length);
  });

  it('refuses a comparison.json citing a clause clauses.json lacks, before importing anything', async () => {
    const [cell, ...others] = shippedComparison.cells;
    const edited = {
      ...shipped,
      comparisons: [{ ...shippedComparison, cells: [{ ...cell!, evidenceClauseIds: [crypto.randomUUID()], status: 'paraphrased' }, ...others] }],
    };
    overrides.set('./sample-case/comparison.json', JSON.stringify(edited));
    await expect(installSampleCase(database, 'Tester', undefined, vi.fn())).rejects.toThrow(/comparison\.json is invalid: .*clauses\.json lacks/);
    expect(await database.documents.count()).toBe(0);
  });
});

describe('the sample comparison on reset', () => {
  it('brings back a deleted regime with its cells, an edited cell as shipped, and a deleted clause’s evidence', async () => {
    const { caseId } = await install();
    const installed = (await sampleParts(caseId))!;
    const regime = installed.regimes[3]!;
    await deleteParts(database, { regimeIds: [regime.id] });
    const edited = installed.cells.find((c) => c.regimeId !== regime.id && c.evidenceClauseIds.length > 0)!;
    await updateCell(database, edited.id, { answer: 'Scribbled over' });
    // Deleting a clause strips it from the cells that cite it.
    await deleteClause(database, edited.evidenceClauseIds[0]!);
    expect((await database.cells.get(edited.id))?.evidenceClauseIds).not.toContain(edited.evidenceClauseIds[0]);

    const { comparisonReport } = await install(true);
    expect(comparisonReport).not.toHaveBeenCalled();
    const restored = (await sampleParts(caseId))!;
    expect(strip(restored.comparison)).toEqual(strip(installed.comparison));
    expect(restored.regimes.map(strip)).toEqual(installed.regimes.map(strip));
    expect(restored.dimensions.map(strip)).toEqual(installed.dimensions.map(strip));
    expect(byId(restored.cells).map(strip)).toEqual(byId(installed.cells).map(strip));
  });

  it('brings back a deleted comparison', async () => {
    const { caseId } = await install();
    await deleteComparison(database, shippedComparison.id);
    expect(await listComparisons(database, caseId)).toEqual([]);
    await install(true);
    expect((await sampleParts(caseId))?.cells).toHaveLength(shippedComparison.cells.length);
  });

  it("never overwrites another case's comparison that holds the sample id; it reports it and adds none of its parts", async () => {
    const { caseId } = await install();
    const mine = await createCase(database, 'Mine', 'Tester');
    // As if a bundle exported from the sample had been imported into the user's case.
    const removed = (await deleteComparison(database, shippedComparison.id))!;
    const copy = { ...removed.comparisons[0]!, caseId: mine.id, title: 'Imported copy' };
    await database.comparisons.add(copy);

    const { comparisonReport } = await install(true);
    expect(comparisonReport).toHaveBeenCalledExactlyOnceWith([
      { what: 'Deemed exports and AI models', reason: 'its id is taken by a comparison of another case; nothing of it was added' },
    ]);
    expect(await database.comparisons.get(copy.id)).toEqual(copy);
    expect(await database.regimes.where('caseId').equals(caseId).count()).toBe(0);
    expect(await database.cells.where('caseId').equals(caseId).count()).toBe(0);
  });
});

describe('clearSampleCase', () => {
  it("removes the sample's comparison with all its parts and leaves another case's comparison alone", async () => {
    const { caseId } = await install();
    const mine = await createCase(database, 'Mine', 'Tester');
    const own: Comparison = { ...(await database.comparisons.get(shippedComparison.id))!, id: crypto.randomUUID(), caseId: mine.id };
    await database.comparisons.add(own);
    await clearSampleCase(database, (await database.cases.get(caseId))!);
    for (const table of [database.comparisons, database.regimes, database.dimensions, database.cells])
      expect(await table.where('caseId').equals(caseId).count(), table.name).toBe(0);
    expect(await database.comparisons.toArray()).toEqual([own]);
  });
});
