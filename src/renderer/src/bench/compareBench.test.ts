// The compare figure's seeding, on the real database code in Node (fake IndexedDB): the case the
// bench measures must hold what the figure's label says, beside the library figure's case.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getComparisonParts } from '../db/comparisonsRepo';
import { ClausebenchDb } from '../db/database';
import { CURRENT_CASE_KEY, getSetting } from '../db/settingsRepo';
import { chosenComparisonKey } from '../features/compare/compareSettings';
import { compareRead, seedCompare } from './compareBench';
import { seedLibrary } from './libraryBench';

const small = { regimes: 3, dimensions: 20, groups: 4, documents: 12 };

afterEach(async () => {
  await new ClausebenchDb().delete();
});

describe('seedCompare', () => {
  it('fills one case with the comparison and the documents, made current and chosen', async () => {
    const seed = await seedCompare(small);
    expect(seed).toMatchObject({ regimes: 3, dimensions: 20, groups: 4, cells: 60, documents: 12, clauses: 60 });

    const database = new ClausebenchDb();
    try {
      expect(await getSetting(database, CURRENT_CASE_KEY, '')).toBe(seed.caseId);
      expect(await getSetting(database, chosenComparisonKey(seed.caseId), null)).toBe(seed.comparisonId);
      const parts = await getComparisonParts(database, seed.comparisonId);
      expect(parts?.comparison.caseId).toBe(seed.caseId);
      expect(new Set(parts?.cells.map((c) => `${c.regimeId} ${c.dimensionId}`)).size).toBe(60);
      // Groups of five questions each, in a row (the grid shows a header row per group).
      expect(parts?.dimensions.map((d) => d.group)).toEqual(['Trigger', 'Persons covered', 'Transfers', 'Technology'].flatMap((g) => Array(5).fill(g)));
      const clauses = new Map((await database.clauses.where('caseId').equals(seed.caseId).toArray()).map((c) => [c.id, c]));
      const cited = parts!.cells.flatMap((c) => c.evidenceClauseIds);
      expect(cited.length).toBeGreaterThan(0);
      expect(cited.every((id) => clauses.has(id))).toBe(true);
      expect(seed.cellsWithEvidence).toBe(parts!.cells.filter((c) => c.evidenceClauseIds.length > 0).length);
      // Each clause's quote is the text of its page at its position.
      for (const clause of clauses.values()) {
        const page = await database.pageTexts.get([clause.documentId, 0]);
        expect(page?.text.slice(clause.target.position.start, clause.target.position.end)).toBe(clause.target.quote.exact);
      }
      expect((await compareRead(1)).cells).toBe(60);
    } finally {
      database.close();
    }
  });

  it('leaves the library figure’s case and documents alone, and seeding again replaces its own', async () => {
    const library = await seedLibrary(30);
    await seedCompare(small);
    const seed = await seedCompare(small);

    const database = new ClausebenchDb();
    try {
      expect(await database.documents.where('caseIds').equals(library.caseId).count()).toBe(30);
      expect(await database.documents.where('caseIds').equals(seed.caseId).count()).toBe(12);
      expect(await database.documents.count()).toBe(42);
      expect(await database.cells.where('caseId').equals(seed.caseId).count()).toBe(60);
      expect(await database.clauses.where('caseId').equals(seed.caseId).count()).toBe(60);
    } finally {
      database.close();
    }
  });
});
