/**
 * Writes the sample case's entities and links (core/sampleEntities.ts) in one transaction,
 * through entitiesRepo's addEntities and addLinks, so they meet the same invariants as any
 * entity and link (case exists; a link's clause and entity are in its case).
 */
import { planSampleEntities, type SampleEntityFailure } from '../core/sampleEntities';
import type { Entity, Link } from '../core/types';
import type { ClausebenchDb } from './database';
import { addEntities, addLinks } from './entitiesRepo';

/**
 * Adds what planSampleEntities says to add, reading the store in the same transaction it writes
 * in (so nothing changes between the look and the write); returns what it left out and why.
 */
export async function addSampleEntities(
  database: ClausebenchDb,
  sampleCaseId: string,
  records: { entities: readonly Entity[]; links: readonly Link[] },
  describeLink: (link: Link) => string,
): Promise<SampleEntityFailure[]> {
  const tables = [database.entities, database.links, database.clauses, database.cases];
  return database.transaction('rw', tables, async () => {
    const [storedEntities, storedLinks, clauses] = await Promise.all([
      database.entities.bulkGet(records.entities.map((e) => e.id)),
      database.links.bulkGet(records.links.map((l) => l.id)),
      database.clauses.bulkGet(records.links.map((l) => l.clauseId)),
    ]);
    const plan = planSampleEntities(records, { sampleCaseId, storedEntities, storedLinks, clauseCases: clauses.map((c) => c?.caseId) }, describeLink);
    // Both run as parts of this transaction: all of it is written, or none.
    if (plan.entities.length > 0) await addEntities(database, plan.entities);
    await addLinks(database, plan.links);
    return plan.failures;
  });
}
