/**
 * Marks the sample case's clauses on its imported documents: anchored in the text the import
 * stored, as any clause is, so the install uses the same placement the reader trusts later.
 */
import { placeSampleClauses, type SampleClauseFailure, type SampleClausesFile } from '../../core/sampleClauses';
import type { ClausebenchDb } from '../../db/database';
import { getPageTexts } from '../../db/documentsRepo';
import { addSampleClauses } from '../../db/sampleRepo';

/**
 * Places and adds the clauses of `file` on the documents named in `documentIds` (fileName ->
 * document id), all in one transaction; returns those it could not add, by label. Anchoring runs
 * before the transaction (DESIGN.md: no non-IndexedDB work inside one).
 */
export async function installSampleClauses(
  database: ClausebenchDb,
  file: SampleClausesFile,
  documentIds: ReadonlyMap<string, string>,
  { caseId, profile, now = new Date() }: { caseId: string; profile: string; now?: Date },
): Promise<SampleClauseFailure[]> {
  const documents = await Promise.all(
    [...documentIds].map(async ([fileName, documentId]) => ({
      fileName,
      documentId,
      pageTexts: (await getPageTexts(database, documentId)).map((p) => p.text),
    })),
  );
  const { clauses, failures } = placeSampleClauses(file, documents, caseId, profile, now);
  const taken = await addSampleClauses(database, caseId, clauses);
  const fileNameOf = new Map([...documentIds].map(([name, id]) => [id, name]));
  return [
    ...failures,
    ...taken.map((c) => ({ label: c.label, fileName: fileNameOf.get(c.documentId) ?? '', reason: 'its id is taken by a clause of another case' })),
  ];
}
