import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeV1Bundle, v1Contents } from '../../../../../test/fixtures/bundles/v1Bundle';
import { readBundle } from './bundle';
import { BundleError } from './bundleError';
import { zipParts, type BundleParts } from './badBundles';
import { readZipSafely } from './zipSafe';
import { MANIFEST_PATH } from './manifest';
import type { BundleRecords } from './records';

let good: Uint8Array;
let contents: { records: BundleRecords; files: Map<string, Uint8Array> };
beforeAll(async () => {
  good = await makeV1Bundle();
  contents = await v1Contents();
});

/** The good bundle taken apart, so each test can break one thing and zip it again. */
async function parts(): Promise<BundleParts> {
  const entries = Object.fromEntries(await readZipSafely(good));
  const manifest = JSON.parse(new TextDecoder().decode(entries[MANIFEST_PATH])) as Record<string, unknown>;
  delete entries[MANIFEST_PATH];
  return { manifest, entries };
}

async function refusal(bytes: Uint8Array): Promise<BundleError> {
  const error = await readBundle(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleError);
  return error as BundleError;
}

function records(p: BundleParts) {
  return p.manifest.records as BundleRecords;
}

describe('bundle round trip', () => {
  it('gives back exactly the records and PDFs it was written from', async () => {
    const back = await readBundle(good);
    expect(back.manifest.formatVersion).toBe(1);
    expect(back.manifest.kind).toBe('bundle');
    for (const [table, rows] of Object.entries(contents.records)) expect(back.manifest.records[table as keyof BundleRecords], table).toEqual(rows);
    expect([...back.files.keys()].sort()).toEqual([...contents.files.keys()].sort());
    for (const [sha, bytes] of contents.files) expect(Buffer.from(back.files.get(sha)!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reports progress through unpacking and checking', async () => {
    const phases = new Set<string>();
    await readBundle(good, { onProgress: (phase) => void phases.add(phase) });
    expect([...phases]).toEqual(['unpacking', 'checking']);
  });
});

describe('bad bundles are refused with a reason', () => {
  it('a manifest of a newer format version, with a message to update', async () => {
    const p = await parts();
    p.manifest.formatVersion = 2;
    const error = await refusal(zipParts(p));
    expect(error.code).toBe('unsupported-version');
    expect(error.message).toMatch(/format version 2 by a newer Clausebench.*Update Clausebench/);
  });

  it('a manifest that is not JSON, has no format mark, or breaks the schema', async () => {
    const p = await parts();
    expect((await refusal(zipParts({ ...p, manifest: {} }, { [MANIFEST_PATH]: strToU8('{not json') }))).code).toBe('bad-manifest');
    expect((await refusal(zipParts({ ...p, manifest: { ...p.manifest, format: 'something-else' } }))).code).toBe('bad-manifest');
    const broken = await parts();
    (records(broken).clauses[0] as Record<string, unknown>).documentId = 42;
    const error = await refusal(zipParts(broken));
    expect(error.code).toBe('bad-manifest');
    expect(error.message).toContain('records.clauses.0.documentId');
  });

  it('a zip without a manifest', async () => {
    const p = await parts();
    expect((await refusal(zipSync(p.entries))).message).toContain('no manifest.json');
  });

  it('a PDF whose bytes do not match its recorded SHA-256', async () => {
    const p = await parts();
    const [path] = Object.keys(p.entries);
    const altered = p.entries[path!]!.slice();
    altered[altered.length - 10] = altered[altered.length - 10]! ^ 0xff;
    p.entries[path!] = altered;
    const error = await refusal(zipParts(p));
    expect(error.code).toBe('hash-mismatch');
    expect(error.message).toContain(path);
  });

  it('a PDF the manifest lists but the zip lacks, and one the zip holds but the manifest does not list', async () => {
    const p = await parts();
    const [path] = Object.keys(p.entries);
    const bytes = p.entries[path!]!;
    delete p.entries[path!];
    expect((await refusal(zipParts(p))).code).toBe('missing-file');
    const extra = await parts();
    extra.entries['files/unlisted.pdf'] = bytes;
    expect((await refusal(zipParts(extra))).message).toContain('files/unlisted.pdf');
  });

  it.each([
    ['a clause whose document is missing', (r: BundleRecords) => r.documents.splice(1, 1), 'clauses c3: its documentId doc-2'],
    ['a link whose clause is missing', (r: BundleRecords) => (r.links[0]!.clauseId = 'nope'), 'links l1: its clauseId nope'],
    ['a link whose entity is missing', (r: BundleRecords) => r.entities.splice(0, 1), 'its entityId e1'],
    [
      'a cell citing a missing clause',
      (r: BundleRecords) => (r.cells[0]!.evidenceClauseIds = ['c1', 'gone']),
      'cells cell-1: its evidenceClauseIds gone',
    ],
    ['a cell of a missing regime', (r: BundleRecords) => r.regimes.splice(0, 1), 'its regimeId rg-us'],
    ['a cell of a missing dimension', (r: BundleRecords) => (r.cells[1]!.dimensionId = 'dm-x'), 'its dimensionId dm-x'],
    ['a clause of a missing case', (r: BundleRecords) => (r.clauses[0]!.caseId = 'other'), 'its caseId other'],
    ['two records with one id', (r: BundleRecords) => r.entities.push({ ...r.entities[0]! }), 'the id e1 appears twice'],
    ['two documents with one PDF', (r: BundleRecords) => r.documents.push({ ...r.documents[0]!, id: 'doc-3' }), 'documents: the PDF'],
    ['one page twice', (r: BundleRecords) => r.pageTexts.push({ ...r.pageTexts[0]! }), 'pageTexts: the page doc-1 #0 appears twice'],
  ])('records that reference missing ones: %s', async (_name, breakIt, expected) => {
    const p = await parts();
    breakIt(records(p));
    const error = await refusal(zipParts(p));
    expect(error.code).toBe('missing-reference');
    expect(error.message).toContain(expected);
  });
});
