/**
 * Installs the sample case ("Legion export-control dispute (sample)") from the PDFs built into
 * the app, through the same import pipeline as any user file, then sets each document's metadata
 * from the manifest, marks its key clauses from clauses.json, adds its entities and their
 * links from entities.json and its comparison from comparison.json. Reset empties the sample case
 * (never another case) and installs it again.
 */
import { parseSampleClauses, type SampleClauseFailure } from '../../core/sampleClauses';
import { parseSampleComparisons, type SampleComparisonFailure } from '../../core/sampleComparison';
import { parseSampleEntities, type SampleEntityFailure } from '../../core/sampleEntities';
import { parseSampleManifest, type SampleDocument } from '../../core/sampleManifest';
import type { ClausebenchDb } from '../../db/database';
import { ensureSampleCase, findSampleCase } from '../../db/casesRepo';
import { getDocument, updateDocumentMetadata } from '../../db/documentsRepo';
import { clearSampleCase } from '../../db/sampleRepo';
import { importFile } from '../library';
import { installSampleClauses } from './installSampleClauses';
import { installSampleComparison } from './installSampleComparison';
import { installSampleEntities } from './installSampleEntities';

export interface SampleProgress {
  done: number;
  total: number;
}

/** Told which sample clauses could not be placed; the rest were added. */
export type SampleClauseReport = (failures: SampleClauseFailure[]) => void;

/**
 * Without a caller to show them, failures go to the console by label: never dropped silently.
 * (scripts/sample-case/clauses.test.ts keeps them from shipping at all.)
 */
export const warnSampleClauseFailures: SampleClauseReport = (failures) => {
  console.warn(
    `${failures.length} sample clause(s) could not be placed: ${failures.map((f) => `${f.fileName} ${f.label} (${f.reason})`).join('; ')}`,
  );
};

/** Told which sample entities and links were left out; the rest were added. */
export type SampleEntityReport = (failures: SampleEntityFailure[]) => void;

/** As warnSampleClauseFailures (scripts/sample-case/entities.test.ts keeps these from shipping). */
export const warnSampleEntityFailures: SampleEntityReport = (failures) => {
  console.warn(`${failures.length} sample entit(ies) or link(s) were not added: ${failures.map((f) => `${f.what} (${f.reason})`).join('; ')}`);
};

/** Told which parts of the sample comparison were left out or lost evidence; the rest were added. */
export type SampleComparisonReport = (failures: SampleComparisonFailure[]) => void;

/** As warnSampleClauseFailures (scripts/sample-case/comparison.test.ts keeps these from shipping). */
export const warnSampleComparisonFailures: SampleComparisonReport = (failures) => {
  console.warn(
    `${failures.length} part(s) of the sample comparison were not added as shipped: ${failures.map((f) => `${f.what} (${f.reason})`).join('; ')}`,
  );
};

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

const fetchBytes = async (url: string) => new Uint8Array(await (await fetchOk(url)).arrayBuffer());
const fetchJson = async (url: string): Promise<unknown> => (await fetchOk(url)).json();

function metadataOf(doc: SampleDocument) {
  const { title, kind, issuer, date, citation, jurisdiction } = doc;
  return { title, kind, issuer, date, citation, jurisdiction };
}

/** Installs (or completes) the sample case; returns its id. */
export async function installSampleCase(
  database: ClausebenchDb,
  profile: string,
  onProgress: (p: SampleProgress) => void = () => undefined,
  onClauseFailures: SampleClauseReport = warnSampleClauseFailures,
  onEntityFailures: SampleEntityReport = warnSampleEntityFailures,
  onComparisonFailures: SampleComparisonReport = warnSampleComparisonFailures,
): Promise<string> {
  const manifest = parseSampleManifest(await fetchJson('./sample-case/manifest.json'));
  // Read before importing anything, so a broken file stops the install before it writes.
  const clauseFile = parseSampleClauses(await fetchJson('./sample-case/clauses.json'));
  const entityFile = parseSampleEntities(await fetchJson('./sample-case/entities.json'), clauseFile);
  const comparisonFile = parseSampleComparisons(await fetchJson('./sample-case/comparison.json'), clauseFile);
  const sample = await ensureSampleCase(database, { name: manifest.caseName, notes: manifest.notice }, profile);
  const total = manifest.documents.length;
  const documentIds = new Map<string, string>();
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
    documentIds.set(doc.fileName, outcome.documentId);
    // A document the user also filed in another case keeps the user's metadata.
    const stored = await getDocument(database, outcome.documentId);
    if (stored && stored.caseIds.every((c) => c === sample.id)) await updateDocumentMetadata(database, stored.id, metadataOf(doc));
    onProgress({ done: i + 1, total });
  }
  const failures = await installSampleClauses(database, clauseFile, documentIds, { caseId: sample.id, profile });
  if (failures.length > 0) onClauseFailures(failures);
  const entityFailures = await installSampleEntities(database, entityFile, clauseFile, { caseId: sample.id, profile });
  if (entityFailures.length > 0) onEntityFailures(entityFailures);
  const comparisonFailures = await installSampleComparison(database, comparisonFile, clauseFile, { caseId: sample.id, profile });
  if (comparisonFailures.length > 0) onComparisonFailures(comparisonFailures);
  return sample.id;
}

/** Restores the sample case to what ships with the app; other cases are untouched. */
export async function resetSampleCase(
  database: ClausebenchDb,
  profile: string,
  onProgress?: (p: SampleProgress) => void,
  onClauseFailures?: SampleClauseReport,
  onEntityFailures?: SampleEntityReport,
  onComparisonFailures?: SampleComparisonReport,
): Promise<string> {
  const sample = await findSampleCase(database);
  if (sample) await clearSampleCase(database, sample);
  return installSampleCase(database, profile, onProgress, onClauseFailures, onEntityFailures, onComparisonFailures);
}
