/**
 * Reading what a bundle or backup carries out of the database: one case (or chosen documents of
 * it), or everything; and the stored records a bundle's merge plan is made against. Reads only;
 * exchangeWrite.ts writes.
 */
import { CASE_TABLES, derivedIdLookups } from '../core/exchange/caseIdentity';
import { withoutCrossCase } from '../core/exchange/references';
import { emptyRecords, MERGED_TABLES, type BundleRecord, type BundleRecords, type MergedTable } from '../core/exchange/records';
import type { LocalState } from '../core/exchange/mergePlan';
import type { DocumentRecord } from '../core/types';
import type { ClausebenchDb } from './database';

export interface CollectedRecords {
  records: BundleRecords;
  /** PDF bytes by SHA-256. */
  files: Map<string, Uint8Array>;
}

async function readFiles(database: ClausebenchDb, shas: readonly string[]): Promise<Map<string, Uint8Array>> {
  const rows = await database.files.bulkGet([...new Set(shas)]);
  // Blobs are read after the rows are fetched (reading one is not IndexedDB work), all at once.
  const found = rows.filter((row) => row !== undefined);
  const bytes = await Promise.all(found.map(async (row) => new Uint8Array(await row.bytes.arrayBuffer())));
  return new Map(found.map((row, i) => [row.sha256, bytes[i]!]));
}

/**
 * One case's records for a workspace bundle: the case, its documents (their case lists cut down
 * to this case, which is all the bundle carries; `versionOf` kept only when the earlier version
 * travels too), their page texts and PDFs, and everything made in the case. With `documentIds`,
 * only those documents and the case's clauses on them, with the links of those clauses and the
 * entities they link to; comparisons stay out then (their cells may cite clauses left behind).
 */
export async function collectCase(database: ClausebenchDb, caseId: string, documentIds?: readonly string[]): Promise<CollectedRecords> {
  const records = emptyRecords();
  await database.transaction('r', database.tables, async () => {
    const caseRecord = await database.cases.get(caseId);
    if (!caseRecord) throw new Error(`The case ${caseId} no longer exists.`);
    let docs: DocumentRecord[] = await database.documents.where('caseIds').equals(caseId).toArray();
    if (documentIds) docs = docs.filter((d) => documentIds.includes(d.id));
    const docIds = new Set(docs.map((d) => d.id));
    records.cases = [caseRecord as unknown as BundleRecord];
    records.documents = docs.map((d) => {
      const { versionOf, ...rest } = d;
      const kept = { ...rest, caseIds: d.caseIds.filter((c) => c === caseId) };
      return (versionOf !== undefined && docIds.has(versionOf) ? { ...kept, versionOf } : kept) as unknown as BundleRecord;
    });
    records.pageTexts = (await database.pageTexts
      .where('documentId')
      .anyOf([...docIds])
      .toArray()) as unknown as BundleRecord[];
    const clauses = (await database.clauses.where('caseId').equals(caseId).toArray()).filter((c) => docIds.has(c.documentId));
    const clauseIds = new Set(clauses.map((c) => c.id));
    records.clauses = clauses as unknown as BundleRecord[];
    let entities = await database.entities.where('caseId').equals(caseId).toArray();
    let links = (await database.links.where('caseId').equals(caseId).toArray()).filter((l) => clauseIds.has(l.clauseId));
    if (documentIds) {
      const linked = new Set(links.map((l) => l.entityId));
      entities = entities.filter((e) => linked.has(e.id));
    }
    const entityIds = new Set(entities.map((e) => e.id));
    links = links.filter((l) => entityIds.has(l.entityId));
    records.entities = entities as unknown as BundleRecord[];
    records.links = links as unknown as BundleRecord[];
    if (!documentIds) {
      records.comparisons = (await database.comparisons.where('caseId').equals(caseId).toArray()) as unknown as BundleRecord[];
      records.regimes = (await database.regimes.where('caseId').equals(caseId).toArray()) as unknown as BundleRecord[];
      records.dimensions = (await database.dimensions.where('caseId').equals(caseId).toArray()) as unknown as BundleRecord[];
      // Evidence may cite clauses of another case (clauses are per case, cells cite by id): only the case's own travel.
      records.cells = (await database.cells.where('caseId').equals(caseId).toArray()).map((c) => ({
        ...c,
        evidenceClauseIds: c.evidenceClauseIds.filter((id) => clauseIds.has(id)),
      })) as unknown as BundleRecord[];
    }
  });
  return {
    records,
    files: await readFiles(
      database,
      records.documents.map((d) => d.sha256 as string),
    ),
  };
}

/**
 * Caches the app rebuilds when their table is empty (the saved search index): a backup leaves them
 * out, and a restore empties them, so they are rebuilt from the restored records.
 */
const REBUILT_TABLES = new Set(['searchIndex']);

/** Every table but the PDFs (which travel as files) and rebuilt caches, as stored, for a backup: tables added later included. */
export async function collectAll(database: ClausebenchDb): Promise<CollectedRecords> {
  const records = emptyRecords() as BundleRecords & Record<string, BundleRecord[]>;
  await database.transaction('r', database.tables, async () => {
    for (const table of database.tables)
      if (table.name !== 'files' && !REBUILT_TABLES.has(table.name)) records[table.name] = (await table.toArray()) as BundleRecord[];
  });
  // The reader saves where it left a document after a delay, so a save can land just after the
  // document was deleted. Such a row would point at nothing, and the restore (which refuses
  // dangling references) would refuse the backup; it is worthless, so it stays out.
  const documentIds = new Set(records.documents.map((d) => d.id));
  records.viewStates = records.viewStates.filter((v) => documentIds.has(v.documentId));
  // Links and evidence across cases (which imports made before they kept cases apart could leave)
  // would make the restore refuse the whole backup: they are left out, as the app never makes them.
  const fitting = withoutCrossCase(records);
  return {
    records: { ...records, ...fitting },
    files: await readFiles(
      database,
      records.documents.map((d) => d.sha256 as string),
    ),
  };
}

/**
 * What merging `incoming` is planned against: the stored records it touches. Looked up with one
 * key-range cursor per table (`anyOf` on the primary key), not `bulkGet`: bulkGet makes a request
 * per id and clones every result, which cost ~100 ms for 2,000 clauses even in an empty profile.
 */
export async function localStateFor(database: ClausebenchDb, incoming: BundleRecords): Promise<LocalState> {
  return database.transaction('r', database.tables, async () => {
    const byId = {} as Record<MergedTable, Map<string, BundleRecord>>;
    const read = async (table: MergedTable, ids: readonly string[]) => {
      const rows =
        ids.length === 0
          ? []
          : ((await database
              .table(table)
              .where(':id')
              .anyOf([...ids])
              .toArray()) as BundleRecord[]);
      for (const r of rows) byId[table].set(r.id as string, r);
    };
    for (const table of MERGED_TABLES) {
      byId[table] = new Map();
      await read(
        table,
        incoming[table].map((r) => r.id as string),
      );
    }
    const sample = (await database.cases.toArray()).find((c) => c.isSample === true);
    // The bundle's sample case merges into this one (core/exchange/caseIdentity.ts).
    if (sample) byId.cases.set(sample.id, sample as unknown as BundleRecord);
    // Records whose id belongs to another case here are re-identified; an earlier import of the same bundle stored them under these ids.
    const derived = derivedIdLookups(incoming, { byId, sampleCaseId: sample?.id });
    for (const table of CASE_TABLES) await read(table, derived[table]);
    const shas = incoming.documents.map((d) => d.sha256 as string);
    const bySha = await database.documents.where('sha256').anyOf(shas).toArray();
    const fileShas = await database.files.where('sha256').anyOf(shas).primaryKeys();
    return {
      byId,
      documentsBySha: new Map(bySha.map((d) => [d.sha256, d as unknown as BundleRecord])),
      fileShas: new Set(fileShas),
      sampleCaseId: sample?.id,
    };
  });
}

/** How many cases, documents and clauses are stored (what a restore would replace). */
export async function storedCounts(database: ClausebenchDb): Promise<{ cases: number; documents: number; clauses: number }> {
  return database.transaction('r', [database.cases, database.documents, database.clauses], async () => ({
    cases: await database.cases.count(),
    documents: await database.documents.count(),
    clauses: await database.clauses.count(),
  }));
}
