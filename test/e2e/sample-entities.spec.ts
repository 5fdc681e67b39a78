/**
 * The sample case ships with its entities and the links from its clauses to them: they are in
 * IndexedDB on first run, and "Reset sample case" brings back one the user deleted, links too.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_CASE, expect, helpMenu, openApp, test } from './fixtures';
import { readStore } from './idb';

interface Shipped {
  entities: { id: string; name: string; type: string }[];
  links: { id: string; clauseId: string; entityId: string; role: string }[];
}
const shipped = JSON.parse(readFileSync('resources/sample-case/entities.json', 'utf8')) as Shipped;

interface Stored {
  id: string;
  caseId: string;
}

/** The sample case's entities and links as stored, each as sorted "id role/type" lines. */
async function sampleRecords(page: Page): Promise<{ entities: string[]; links: string[] }> {
  const cases = await readStore<{ id: string; name: string; isSample?: boolean }>(page, 'cases', { includeSample: true });
  const sampleId = cases.find((c) => c.isSample && c.name === SAMPLE_CASE)?.id;
  const entities = (await readStore<Stored & { name: string; type: string }>(page, 'entities', { includeSample: true })).filter(
    (e) => e.caseId === sampleId,
  );
  const links = (await readStore<Stored & { clauseId: string; entityId: string; role: string }>(page, 'links', { includeSample: true })).filter(
    (l) => l.caseId === sampleId,
  );
  return {
    entities: entities.map((e) => `${e.id} ${e.type} ${e.name}`).sort(),
    links: links.map((l) => `${l.id} ${l.clauseId} ${l.entityId} ${l.role}`).sort(),
  };
}

const expected = {
  entities: shipped.entities.map((e) => `${e.id} ${e.type} ${e.name}`).sort(),
  links: shipped.links.map((l) => `${l.id} ${l.clauseId} ${l.entityId} ${l.role}`).sort(),
};

/** Deletes an entity and its links straight from IndexedDB, as a user's deletion leaves things. */
async function deleteEntityInDb(page: Page, entityId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clausebench');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = dbh.transaction(['entities', 'links'], 'readwrite');
      tx.objectStore('entities').delete(id);
      const links = tx.objectStore('links');
      const req = links.getAll();
      req.onsuccess = () => {
        for (const link of req.result as { id: string; entityId: string }[]) if (link.entityId === id) links.delete(link.id);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    dbh.close();
  }, entityId);
}

test('first run stores the shipped entities and links in the sample case', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  const stored = await sampleRecords(page);
  expect(stored.entities).toEqual(expected.entities);
  expect(stored.links).toEqual(expected.links);
  // Each link stands on a sample clause that was placed.
  const clauseIds = new Set((await readStore<{ id: string }>(page, 'clauses', { includeSample: true })).map((c) => c.id));
  expect(shipped.links.filter((l) => !clauseIds.has(l.clauseId))).toEqual([]);
});

test('"Reset sample case" brings back a deleted sample entity with its links', async ({ page }) => {
  await openApp(page, { stayInSample: true });
  const legion = shipped.entities.find((e) => e.name === 'Legion')!;
  const legionLinks = shipped.links.filter((l) => l.entityId === legion.id);
  expect(legionLinks.length).toBeGreaterThan(0);
  await deleteEntityInDb(page, legion.id);
  const afterDelete = await sampleRecords(page);
  expect(afterDelete.entities).toHaveLength(expected.entities.length - 1);
  expect(afterDelete.links).toHaveLength(expected.links.length - legionLinks.length);

  await helpMenu(page, 'Reset sample case');
  await page.getByRole('dialog', { name: 'Reset sample case' }).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText(SAMPLE_CASE);
  await expect.poll(async () => sampleRecords(page), { timeout: 60_000 }).toEqual(expected);
  await expect(page.getByRole('progressbar', { name: 'Sample case progress' })).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
