/** Reads the app's IndexedDB from inside the page (raw API, so tests see exactly what is stored). */
import type { Page } from '@playwright/test';

export async function readStore<T = unknown>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('clausebench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const dbh = open.result;
          const req = dbh.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            // Blobs cannot cross into the test; replace them with their size.
            resolve(req.result.map((r: Record<string, unknown>) => (r.bytes instanceof Blob ? { ...r, bytes: r.bytes.size } : r)));
            dbh.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  ) as Promise<T[]>;
}

export async function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('clausebench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const dbh = open.result;
          const req = dbh.transaction(name, 'readonly').objectStore(name).count();
          req.onsuccess = () => {
            resolve(req.result);
            dbh.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
