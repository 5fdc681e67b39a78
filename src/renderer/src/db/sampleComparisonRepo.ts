/**
 * Writes the sample case's comparisons (core/sampleComparison.ts) in one transaction, through
 * comparisonsRepo's addComparisonParts, so they meet the same invariants as any comparison (case
 * exists; parts belong to its case and comparison; one cell per regime and dimension; evidence
 * clauses of the same case).
 */
import {
  planSampleComparisons,
  type ComparisonRecords,
  type SampleComparisonDescriber,
  type SampleComparisonFailure,
} from '../core/sampleComparison';
import { addComparisonParts } from './comparisonsRepo';
import type { ClausebenchDb } from './database';

/**
 * Adds what planSampleComparisons says to add, reading the store in the same transaction it writes
 * in (so nothing changes between the look and the write); returns what it left out or changed.
 */
export async function addSampleComparisons(
  database: ClausebenchDb,
  sampleCaseId: string,
  records: ComparisonRecords,
  describe: SampleComparisonDescriber,
): Promise<SampleComparisonFailure[]> {
  const tables = [database.comparisons, database.regimes, database.dimensions, database.cells, database.cases, database.clauses];
  return database.transaction('rw', tables, async () => {
    const clauseIds = [...new Set(records.cells.flatMap((c) => c.evidenceClauseIds))];
    const [storedComparisons, storedRegimes, storedDimensions, storedCells, clauses, sampleCells] = await Promise.all([
      database.comparisons.bulkGet(records.comparisons.map((c) => c.id)),
      database.regimes.bulkGet(records.regimes.map((r) => r.id)),
      database.dimensions.bulkGet(records.dimensions.map((d) => d.id)),
      database.cells.bulkGet(records.cells.map((c) => c.id)),
      database.clauses.bulkGet(clauseIds),
      database.cells.where('caseId').equals(sampleCaseId).toArray(),
    ]);
    const plan = planSampleComparisons(
      records,
      {
        sampleCaseId,
        storedComparisons,
        storedRegimes,
        storedDimensions,
        storedCells,
        occupiedPairs: new Set(sampleCells.map((c) => `${c.regimeId} ${c.dimensionId}`)),
        clauseCases: new Map(clauses.flatMap((c) => (c ? [[c.id, c.caseId] as const] : []))),
      },
      describe,
    );
    const { failures, ...parts } = plan;
    // A child of this transaction: all of it is written, or none.
    if (Object.values(parts).some((rows) => rows.length > 0)) await addComparisonParts(database, parts);
    return failures;
  });
}
