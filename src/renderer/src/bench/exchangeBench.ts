/**
 * Bundle throughput for `npm run bench`: exporting a case (read from IndexedDB, zipped) and
 * importing it into an empty profile (unzipped with every check, merged, written in one
 * transaction), each beside raw fflate zipSync / unzipSync of the same files in the same page.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { readBundle, writeBundle } from '../core/exchange/bundle';
import { readZipSafely } from '../core/exchange/zipSafe';
import { planMerge, resolveMerge } from '../core/exchange/mergePlan';
import type { BundleRecords } from '../core/exchange/records';
import { sha256Hex } from '../core/hash';
import type { DocumentRecord } from '../core/types';
import { ClausebenchDb } from '../db/database';
import { collectCase, localStateFor } from '../db/exchangeRepo';
import { applyMerge } from '../db/exchangeWrite';
import { testStamp } from '../db/testRecords';

const COPIES = 8;
const CLAUSES_PER_DOCUMENT = 250;
const SOURCE_DB = 'clausebench-bench-exchange-source';
const CASE_ID = 'bench-case';

interface Prepared {
  source: ClausebenchDb;
  files: Map<string, Uint8Array>;
  bundle: Uint8Array;
  megabytes: number;
}
let prepared: Prepared | undefined;

const at = (t0: number) => performance.now() - t0;
const rate = (mb: number, ms: number) => ({ value: mb / (ms / 1000), ms, megabytes: mb });

/** Untimed: COPIES distinct PDFs (the bench PDF with a different trailing comment each), a case with clauses on them, in a database of its own. */
export async function exchangePrepare(pdf: Uint8Array): Promise<{ documents: number; clauses: number; megabytes: number; bundleMegabytes: number }> {
  const source = new ClausebenchDb(SOURCE_DB);
  await source.delete();
  await source.open();
  const files = new Map<string, Uint8Array>();
  const docs: DocumentRecord[] = [];
  for (let i = 0; i < COPIES; i++) {
    const bytes = new Uint8Array(pdf.length + 16);
    bytes.set(pdf);
    bytes.set(new TextEncoder().encode(`\n% copy ${String(i).padStart(5, '0')}\n`), pdf.length);
    const sha256 = await sha256Hex(bytes);
    files.set(sha256, bytes);
    docs.push({
      id: `doc-${i}`,
      sha256,
      caseIds: [CASE_ID],
      title: `Bench ${i}`,
      kind: 'other' as const,
      issuer: '',
      date: '',
      citation: '',
      jurisdiction: '',
      pageCount: 1,
      pageStatus: ['text' as const],
      fileName: `bench-${i}.pdf`,
      size: bytes.length,
      addedAt: testStamp.createdAt,
      ...testStamp,
    });
  }
  const clauses = docs.flatMap((d) =>
    Array.from({ length: CLAUSES_PER_DOCUMENT }, (_, n) => ({
      id: `${d.id}-c${n}`,
      caseId: CASE_ID,
      documentId: d.id,
      target: {
        quote: { type: 'TextQuoteSelector' as const, exact: `Clause ${n} text of some length for the bench`, prefix: 'before ', suffix: ' after' },
        position: { type: 'TextPositionSelector' as const, start: n * 100, end: n * 100 + 44 },
        pageIndex: n % 500,
        rects: [{ pageIndex: n % 500, rects: [[72, 700, 300, 712] as [number, number, number, number]] }],
      },
      type: 'definition',
      label: `Sec. ${n}`,
      comment: 'A comment.',
      tags: ['bench'],
      colour: '#4e79a7',
      anchorStatus: 'anchored' as const,
      ...testStamp,
    })),
  );
  await source.transaction('rw', source.tables, async () => {
    await source.cases.add({ id: CASE_ID, name: 'Bench case', notes: '', ...testStamp });
    await source.documents.bulkAdd(docs);
    await source.files.bulkAdd([...files].map(([sha256, b]) => ({ sha256, bytes: new Blob([b as Uint8Array<ArrayBuffer>]) })));
    await source.clauses.bulkAdd(clauses);
  });
  const megabytes = [...files.values()].reduce((n, b) => n + b.length, 0) / (1024 * 1024);
  const bundle = await exportOnce(source);
  prepared = { source, files, bundle, megabytes };
  return { documents: docs.length, clauses: clauses.length, megabytes, bundleMegabytes: bundle.length / (1024 * 1024) };
}

async function exportOnce(source: ClausebenchDb): Promise<Uint8Array> {
  const { records, files } = await collectCase(source, CASE_ID);
  return writeBundle({ kind: 'bundle', scope: { type: 'case', caseIds: [CASE_ID] }, exportedBy: 'bench', exportedAt: new Date(), appVersion: 'bench' }, records, files);
}

/** Raw: fflate zipSync of the same PDFs, stored as the bundle stores them. */
export function exchangeRawZip() {
  const p = prepared!;
  const t0 = performance.now();
  const zippable: Zippable = {};
  for (const [sha, bytes] of p.files) zippable[`files/${sha}.pdf`] = [bytes, { level: 0 }];
  zipSync(zippable);
  return rate(p.megabytes, at(t0));
}

/** Ours: read the case's records and PDFs from IndexedDB and write the bundle. */
export async function exchangeExport() {
  const p = prepared!;
  const t0 = performance.now();
  await exportOnce(p.source);
  return rate(p.megabytes, at(t0));
}

/** Raw: fflate unzipSync of the bundle. */
export function exchangeRawUnzip() {
  const p = prepared!;
  const t0 = performance.now();
  unzipSync(p.bundle);
  return rate(p.megabytes, at(t0));
}

/** Ours: the whole import into an empty profile: safe unzip, checks (SHA-256 of every PDF), plan, one transaction. */
export async function exchangeImport() {
  const p = prepared!;
  const target = new ClausebenchDb(`clausebench-bench-exchange-${crypto.randomUUID()}`);
  try {
    const t0 = performance.now();
    const bundle = await readBundle(p.bundle);
    const records = bundle.manifest.records as BundleRecords;
    const writes = resolveMerge(planMerge(records, await localStateFor(target, records), () => crypto.randomUUID()), new Map());
    await applyMerge(target, writes, bundle.files);
    const ms = at(t0);
    if ((await target.clauses.count()) !== records.clauses.length) throw new Error('bench import lost clauses');
    return rate(p.megabytes, ms);
  } finally {
    await target.delete();
  }
}

/**
 * Where an import's time goes: creating the empty profile's database (which the timed import pays
 * on its first transaction; the app's database is open before any import), safe unzip alone, the
 * whole read (unzip, schema, SHA-256), planning, the transaction.
 */
export async function exchangeImportStages() {
  const p = prepared!;
  const target = new ClausebenchDb(`clausebench-bench-exchange-${crypto.randomUUID()}`);
  try {
    let t0 = performance.now();
    await target.open();
    const openMs = at(t0);
    t0 = performance.now();
    await readZipSafely(p.bundle);
    const unzipMs = at(t0);
    t0 = performance.now();
    const bundle = await readBundle(p.bundle);
    const readMs = at(t0);
    t0 = performance.now();
    const records = bundle.manifest.records as BundleRecords;
    const local = await localStateFor(target, records);
    const localStateMs = at(t0);
    t0 = performance.now();
    const writes = resolveMerge(planMerge(records, local, () => crypto.randomUUID()), new Map());
    const planMs = at(t0);
    t0 = performance.now();
    await applyMerge(target, writes, bundle.files);
    const writeMs = at(t0);
    // Importing the same bundle again: the stored records looked up when the profile holds them all.
    t0 = performance.now();
    await localStateFor(target, records);
    return { openMs, unzipMs, readMs, localStateMs, planMs, writeMs, localStateAgainMs: at(t0) };
  } finally {
    await target.delete();
  }
}

export async function exchangeRelease(): Promise<void> {
  await prepared?.source.delete();
  prepared = undefined;
}
