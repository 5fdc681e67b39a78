/**
 * Installs the sample case ("Legion export-control dispute (sample)") from the PDFs built into
 * the app, through the same import pipeline as any user file, then sets each document's metadata
 * from the manifest. Reset empties the sample case (never another case) and installs it again.
 */
import { parseSampleManifest, type SampleDocument } from '../../core/sampleManifest';
import type { ClausebenchDb } from '../../db/database';
import { ensureSampleCase, findSampleCase } from '../../db/casesRepo';
import { getDocument, updateDocumentMetadata } from '../../db/documentsRepo';
import { clearSampleCase } from '../../db/sampleRepo';
import { importFile } from '../library';

export interface SampleProgress {
  done: number;
  total: number;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function metadataOf(doc: SampleDocument) {
  const { title, kind, issuer, date, citation, jurisdiction } = doc;
  return { title, kind, issuer, date, citation, jurisdiction };
}

/** Installs (or completes) the sample case; returns its id. */
export async function installSampleCase(
  database: ClausebenchDb,
  profile: string,
  onProgress: (p: SampleProgress) => void = () => undefined,
): Promise<string> {
  const manifest = parseSampleManifest(await (await fetch('./sample-case/manifest.json')).json());
  const sample = await ensureSampleCase(database, { name: manifest.caseName, notes: manifest.notice }, profile);
  const total = manifest.documents.length;
  onProgress({ done: 0, total });
  for (const [i, doc] of manifest.documents.entries()) {
    const bytes = await fetchBytes(`./sample-case/pdf/${doc.fileName}`);
    const outcome = await importFile(
      { name: doc.fileName, bytes },
      { database, caseId: sample.id, profile, signal: new AbortController().signal, askPassword: async () => null, onPages: () => undefined },
    );
    if (outcome.kind === 'refused' || outcome.kind === 'cancelled') {
      throw new Error(`The sample document ${doc.fileName} could not be loaded: ${outcome.kind === 'refused' ? outcome.reason : 'cancelled'}`);
    }
    // A document the user also filed in another case keeps the user's metadata.
    const stored = await getDocument(database, outcome.documentId);
    if (stored && stored.caseIds.every((c) => c === sample.id)) await updateDocumentMetadata(database, stored.id, metadataOf(doc));
    onProgress({ done: i + 1, total });
  }
  return sample.id;
}

/** Restores the sample case to what ships with the app; other cases are untouched. */
export async function resetSampleCase(database: ClausebenchDb, profile: string, onProgress?: (p: SampleProgress) => void): Promise<string> {
  const sample = await findSampleCase(database);
  if (sample) await clearSampleCase(database, sample);
  return installSampleCase(database, profile, onProgress);
}
