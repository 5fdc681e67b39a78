/**
 * Reads the app's IndexedDB from inside the page (raw API, so tests see exactly what is stored).
 * By default rows that belong only to the bundled sample case (its documents, their files and
 * text, and what was made in it, such as its shipped clauses) are left out, so a test sees what
 * it made itself; pass { includeSample: true } to see everything.
 */
import type { Page } from '@playwright/test';

interface ReadOptions {
  includeSample?: boolean;
}

export async function readStore<T = unknown>(page: Page, store: string, options: ReadOptions = {}): Promise<T[]> {
  return page.evaluate(
    async ({ name, includeSample }) => {
      const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('clausebench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => resolve(open.result);
      });
      const all = (storeName: string) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const req = dbh.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      let rows = await all(name);
      if (!includeSample) {
        const sampleIds = new Set((await all('cases')).filter((c) => c.isSample).map((c) => c.id));
        const sampleOnly = (await all('documents')).filter(
          (d) => (d.caseIds as string[]).length > 0 && (d.caseIds as string[]).every((c) => sampleIds.has(c)),
        );
        const docIds = new Set(sampleOnly.map((d) => d.id));
        const shas = new Set(sampleOnly.map((d) => d.sha256));
        rows = rows.filter((r) => {
          if (name === 'documents') return !docIds.has(r.id);
          if (name === 'pageTexts') return !docIds.has(r.documentId);
          if (name === 'files') return !shas.has(r.sha256);
          if (name === 'cases') return !r.isSample;
          // What belongs to the sample case (its shipped clauses, say) is left out too.
          if (typeof r.caseId === 'string') return !sampleIds.has(r.caseId);
          return true;
        });
      }
      dbh.close();
      // Blobs cannot cross into the test; replace them with their size.
      return rows.map((r) => (r.bytes instanceof Blob ? { ...r, bytes: r.bytes.size } : r));
    },
    { name: store, includeSample: options.includeSample ?? false },
  ) as Promise<T[]>;
}

export async function countStore(page: Page, store: string, options: ReadOptions = {}): Promise<number> {
  return (await readStore(page, store, options)).length;
}
