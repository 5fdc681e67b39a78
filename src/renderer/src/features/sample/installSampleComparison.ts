/**
 * Adds the sample case's comparison ("Deemed exports and AI models") after its clauses and
 * entities: a cell's evidence can only be a clause that is in the sample case.
 */
import type { SampleClausesFile } from '../../core/sampleClauses';
import {
  sampleComparisonDescriber,
  sampleComparisonRecords,
  type SampleComparisonFailure,
  type SampleComparisonsFile,
} from '../../core/sampleComparison';
import type { ClausebenchDb } from '../../db/database';
import { addSampleComparisons } from '../../db/sampleComparisonRepo';

/**
 * Adds the comparisons of `file` to the sample case in one transaction; returns what it left out
 * (an id held by another case) or changed (evidence whose clause was not placed), by name.
 */
export async function installSampleComparison(
  database: ClausebenchDb,
  file: SampleComparisonsFile,
  clauses: SampleClausesFile,
  { caseId, profile, now = new Date() }: { caseId: string; profile: string; now?: Date },
): Promise<SampleComparisonFailure[]> {
  const records = sampleComparisonRecords(file, caseId, profile, now);
  return addSampleComparisons(database, caseId, records, sampleComparisonDescriber(clauses));
}
