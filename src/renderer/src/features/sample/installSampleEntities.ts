/**
 * Adds the sample case's entities and the links from its clauses to them, after the clauses are
 * placed: a link can only stand on a clause that is in the sample case.
 */
import type { SampleClausesFile } from '../../core/sampleClauses';
import { sampleEntityRecords, sampleLinkDescriber, type SampleEntitiesFile, type SampleEntityFailure } from '../../core/sampleEntities';
import type { ClausebenchDb } from '../../db/database';
import { addSampleEntities } from '../../db/sampleEntitiesRepo';

/**
 * Adds the entities and links of `file` to the sample case in one transaction; returns those it
 * left out (an id held by another case, a link whose clause was not placed), by name.
 */
export async function installSampleEntities(
  database: ClausebenchDb,
  file: SampleEntitiesFile,
  clauses: SampleClausesFile,
  { caseId, profile, now = new Date() }: { caseId: string; profile: string; now?: Date },
): Promise<SampleEntityFailure[]> {
  const records = sampleEntityRecords(file, caseId, profile, now);
  return addSampleEntities(database, caseId, records, sampleLinkDescriber(file, clauses));
}
