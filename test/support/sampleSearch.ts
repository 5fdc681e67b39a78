/**
 * The sample case as the search tests see it: every sample PDF's page texts (the app's own
 * extraction rules, through nodePdf), its clauses placed by the same anchoring as the app, and
 * the documents' metadata from the manifest. Loaded once per test file.
 */
import { readFile } from 'node:fs/promises';
import { parseSampleClauses, placeSampleClauses } from '../../src/renderer/src/core/sampleClauses';
import { parseSampleManifest } from '../../src/renderer/src/core/sampleManifest';
import type { DocumentFacts } from '../../src/renderer/src/core/search/runSearch';
import type { Clause } from '../../src/renderer/src/core/types';
import { samplePageTexts } from './sampleImport';

export const SAMPLE_CASE_ID = 'sample-case';

export interface SampleForSearch {
  documents: Map<string, DocumentFacts>;
  pageTexts: Map<string, string[]>;
  clauses: Clause[];
  /** File name of each document id (ids are the file names without ".pdf"). */
  fileNames: Map<string, string>;
}

export async function loadSampleForSearch(): Promise<SampleForSearch> {
  const manifest = parseSampleManifest(JSON.parse(await readFile('resources/sample-case/manifest.json', 'utf8')));
  const clauseFile = parseSampleClauses(JSON.parse(await readFile('resources/sample-case/clauses.json', 'utf8')));
  const documents = new Map<string, DocumentFacts>();
  const pageTexts = new Map<string, string[]>();
  const fileNames = new Map<string, string>();
  for (const d of manifest.documents) {
    const id = d.fileName.replace(/\.pdf$/, '');
    documents.set(id, { id, title: d.title, kind: d.kind, date: d.date, caseIds: [SAMPLE_CASE_ID] });
    pageTexts.set(id, await samplePageTexts(d.fileName));
    fileNames.set(id, d.fileName);
  }
  const placed = placeSampleClauses(
    clauseFile,
    [...pageTexts].map(([documentId, texts]) => ({ documentId, fileName: fileNames.get(documentId)!, pageTexts: texts })),
    SAMPLE_CASE_ID,
    'Tester',
    new Date('2026-01-01T00:00:00Z'),
  );
  return { documents, pageTexts, clauses: placed.clauses, fileNames };
}
