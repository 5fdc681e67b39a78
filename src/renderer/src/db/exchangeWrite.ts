/**
 * Writing a bundle's merge or a backup's restore: everything computed beforehand, then ONE
 * transaction, so a failure (a full disk, say) leaves the database exactly as it was. A storage
 * quota error is reported with how much space the write needed.
 */
import { BundleError } from '../core/exchange/bundleError';
import { MERGED_TABLES, type BundleRecord, type BundleRecords } from '../core/exchange/records';
import type { MergeWrites } from '../core/exchange/mergePlan';
import type { ClausebenchDb } from './database';

/** True for the browser's quota error, bare or wrapped by Dexie (its AbortError keeps the cause in `inner`). */
export function isQuotaError(e: unknown): boolean {
  const seen = new Set<unknown>();
  let at: unknown = e;
  while (at && typeof at === 'object' && !seen.has(at)) {
    seen.add(at);
    const { name, inner } = at as { name?: string; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    at = inner;
  }
  return false;
}

/** Bytes a write needs: the PDFs plus the records as JSON (a fair floor for what IndexedDB stores). */
export function bytesNeeded(records: unknown, files: ReadonlyMap<string, Uint8Array> | readonly Uint8Array[]): number {
  let sum = new TextEncoder().encode(JSON.stringify(records)).length;
  for (const bytes of files.values()) sum += bytes.length;
  return sum;
}

function inUnits(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Runs `write`; a quota error becomes a BundleError saying how much space is needed (`needed` is worked out only then). */
async function withQuotaReport<T>(needed: () => number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) {
      const bytes = needed();
      throw new BundleError(
        'quota',
        `There is not enough storage space: this needs about ${inUnits(bytes)} more. Free some disk space (or delete documents you no longer need), then try again.`,
        { needed: bytes },
      );
    }
    throw e;
  }
}

function blobsOf(files: ReadonlyMap<string, Uint8Array>, shas: readonly string[]) {
  return shas.map((sha256) => {
    const bytes = files.get(sha256);
    if (!bytes) throw new Error(`No bytes for the PDF ${sha256}`);
    return { sha256, bytes: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }) };
  });
}

/** Writes a resolved merge in one transaction. */
export async function applyMerge(database: ClausebenchDb, writes: MergeWrites, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const blobs = blobsOf(files, writes.files);
  const needed = () =>
    bytesNeeded(
      [writes.puts, writes.pageTexts],
      writes.files.map((sha) => files.get(sha)!),
    );
  await withQuotaReport(needed, () =>
    database.transaction('rw', database.tables, async () => {
      // Issued together: IndexedDB runs a transaction's requests in order anyway, without a round trip between tables.
      await Promise.all([
        database.files.bulkPut(blobs),
        ...MERGED_TABLES.map((table) => database.table(table).bulkPut(writes.puts[table])),
        database.pageTexts.bulkPut(writes.pageTexts as never[]),
      ]);
    }),
  );
}

/**
 * Undoes applyMerge (when nothing since has touched the same records): deletes what it added and
 * puts back what it overwrote, in one transaction. PDFs it added go only if no document uses them.
 */
export async function revertMerge(database: ClausebenchDb, writes: MergeWrites): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const table of MERGED_TABLES) {
      await database.table(table).bulkDelete(writes.addedIds[table]);
      await database.table(table).bulkPut(writes.before[table]);
    }
    await database.pageTexts.where('documentId').anyOf(writes.addedIds.documents).delete();
    for (const sha of writes.files) if ((await database.documents.where('sha256').equals(sha).count()) === 0) await database.files.delete(sha);
  });
}

/**
 * Replaces every table with a backup's records and PDFs, in one transaction. A table the backup
 * does not carry (one added after it was made) ends up empty, as it was then.
 */
export async function replaceAll(database: ClausebenchDb, records: BundleRecords, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const byTable = records as BundleRecords & Record<string, BundleRecord[] | undefined>;
  const blobs = blobsOf(files, [...files.keys()]);
  await withQuotaReport(
    () => bytesNeeded(records, files),
    () =>
      database.transaction('rw', database.tables, async () => {
        for (const table of database.tables) await table.clear();
        await database.files.bulkAdd(blobs);
        for (const table of database.tables) if (table.name !== 'files') await table.bulkAdd(byTable[table.name] ?? []);
      }),
  );
}
