/**
 * Helpers of the relationship map and chronology specs (issue 6/7, parts 5 and 6): a case of the
 * test's own with imported PDFs, its documents' details and a known set of clauses, entities and
 * links written straight into IndexedDB (as exchangeSupport's seedAnalysis does), and the doors to
 * the Entities view's tabs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { makeTextPdf } from '../fixtures/makePdf';
import { chooseFiles, expect, importSummary } from './fixtures';
import { newCase } from './exchangeSupport';

export interface SeedDocument {
  fileName: string;
  title: string;
  kind: string;
  date: string;
  lines: string[];
}

/** Rows by store; in string values "$case" becomes the case's id and "$doc:<fileName>" that document's. */
export type SeedRows = Record<string, Record<string, unknown>[]>;

const BY = { createdBy: 'Seeder', createdAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-01T10:00:00.000Z' };

/** A clause row quoting `exact` on page 1 of document `fileName`. */
export function seedClause(id: string, fileName: string, exact: string, fields: { type?: string; label?: string } = {}) {
  return {
    id,
    caseId: '$case',
    documentId: `$doc:${fileName}`,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
      pageIndex: 0,
      rects: [],
    },
    type: fields.type ?? 'other',
    label: fields.label ?? id,
    comment: '',
    tags: [],
    colour: '#4e79a7',
    anchorStatus: 'anchored',
    ...BY,
  };
}

export function seedEntity(id: string, name: string, type: string) {
  return { id, caseId: '$case', name, type, aliases: [], description: '', ...BY };
}

export function seedLink(id: string, clauseId: string, entityId: string, role: string) {
  return { id, caseId: '$case', clauseId, entityId, role, note: '', ...BY };
}

/**
 * Makes case `caseName` through the UI with `documents` imported, then gives the documents their
 * details and writes `rows` into IndexedDB, and reloads: the app reads it all as it would a
 * user's work (live queries do not see writes made behind Dexie's back).
 */
export async function seedCase(page: Page, caseName: string, documents: SeedDocument[], rows: SeedRows): Promise<void> {
  await newCase(page, caseName);
  const files = await Promise.all(documents.map(async (d) => ({ name: d.fileName, buffer: await makeTextPdf({ pages: 1, lines: () => d.lines }) })));
  await chooseFiles(page, files);
  await importSummary(page);
  await page.evaluate(
    async ({ caseName, documents, rows }) => {
      const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('clausebench');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = (store: string) =>
        new Promise<Record<string, unknown>[]>((resolve) => {
          const req = dbh.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
        });
      const caseId = (await all('cases')).find((c) => c.name === caseName)!.id as string;
      const docs = (await all('documents')).filter((d) => (d.caseIds as string[]).includes(caseId));
      const ids = new Map<string, string>();
      const updated = documents.map((want) => {
        const doc = docs.find((d) => d.fileName === want.fileName);
        if (!doc) throw new Error(`${want.fileName} was not imported`);
        ids.set(want.fileName, doc.id as string);
        return { ...doc, title: want.title, kind: want.kind, date: want.date };
      });
      const fill = (value: unknown): unknown => {
        if (value === '$case') return caseId;
        if (typeof value === 'string' && value.startsWith('$doc:')) return ids.get(value.slice(5));
        if (Array.isArray(value)) return value.map(fill);
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
        return value;
      };
      const tx = dbh.transaction(['documents', ...Object.keys(rows)], 'readwrite');
      for (const doc of updated) tx.objectStore('documents').put(doc);
      for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(fill(row));
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      dbh.close();
    },
    { caseName, documents: documents.map(({ fileName, title, kind, date }) => ({ fileName, title, kind, date })), rows },
  );
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Case' }).locator('option:checked')).toHaveText(caseName);
}

/** Opens the Entities view on tab `tab`. */
export async function openEntitiesTab(page: Page, tab: 'List' | 'Map' | 'Chronology'): Promise<void> {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Entities' }).click();
  await page.getByRole('tablist', { name: 'Entities views' }).getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

/** The reader's tab of the open document, once the reader shows it. */
export async function expectReaderOn(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('tablist', { name: 'Open documents' }).getByRole('tab', { name: title, selected: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Document viewer' }).getByRole('textbox', { name: 'Page' })).toBeVisible();
}

/** Fails on any serious or critical axe violation on the page as it is. */
export async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe violations with ${what}`).toEqual([]);
}
