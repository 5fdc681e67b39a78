/** Seeding 10,000 documents for the library figure, and the first-run state the bench waits for (see ../benchEntry.ts). */
import { DOCUMENT_KINDS, type DocumentRecord } from '../core/types';
import { ClausebenchDb } from '../db/database';
import { ALL_CASES, CURRENT_CASE_KEY, getSetting, setSetting } from '../db/settingsRepo';

/** Small deterministic generator, so every run seeds the same library. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ISSUERS = ['Department of Commerce', 'Executive Office of the President', 'U.S. District Court', 'Bureau of Industry and Security', 'Global Affairs Canada', 'European Commission'];
const SUBJECTS = ['export of advanced AI models', 'foreign-national access', 'deemed exports', 'model weights licensing', 'cloud compute controls', 'research exemptions'];

const BENCH_CASE_ID = 'bench-library-case';

/**
 * Files `count` realistic documents in a case of their own in the app's database and makes it
 * the current case, so on its next load the app's Library has to list exactly them (through the
 * same caseIds index an analyst's case uses). Other cases and their documents are left alone.
 */
export async function seedLibrary(count: number): Promise<{ caseId: string; count: number }> {
  const database = new ClausebenchDb();
  try {
    const random = lcg(20260101);
    const base = Date.parse('2026-01-01T00:00:00Z');
    const created = new Date(base).toISOString();
    const docs: DocumentRecord[] = [];
    for (let i = 0; i < count; i++) {
      const kind = DOCUMENT_KINDS[i % DOCUMENT_KINDS.length]!;
      const pageCount = 1 + Math.floor(random() * 120);
      const at = new Date(base + i * 61_000).toISOString();
      docs.push({
        id: `bench-${String(i).padStart(5, '0')}`,
        sha256: i.toString(16).padStart(64, '0'),
        caseIds: [BENCH_CASE_ID],
        title: `${SUBJECTS[i % SUBJECTS.length]} — ${kind.replace('-', ' ')} no. ${i + 1}`,
        kind,
        issuer: ISSUERS[Math.floor(random() * ISSUERS.length)]!,
        date: new Date(base - Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10),
        citation: `${80 + (i % 10)} FR ${1000 + i}`,
        jurisdiction: i % 3 ? 'US' : 'CA',
        pageCount,
        pageStatus: Array.from({ length: pageCount }, () => 'text' as const),
        fileName: `document-${i + 1}.pdf`,
        size: pageCount * 4_000,
        addedAt: at,
        createdBy: 'bench',
        createdAt: at,
        updatedAt: at,
      });
    }
    await database.transaction('rw', [database.cases, database.documents, database.settings], async () => {
      await database.cases.put({ id: BENCH_CASE_ID, name: `Bench: ${count} documents`, notes: '', createdBy: 'bench', createdAt: created, updatedAt: created });
      await database.documents.bulkPut(docs);
      await setSetting(database, CURRENT_CASE_KEY, BENCH_CASE_ID);
    });
    return { caseId: BENCH_CASE_ID, count: await database.documents.where('caseIds').equals(BENCH_CASE_ID).count() };
  } finally {
    database.close();
  }
}

/** What the app's background first-run work changes, so the bench can wait until it has finished. */
export async function libraryState(): Promise<string> {
  const database = new ClausebenchDb();
  try {
    const current = await getSetting(database, CURRENT_CASE_KEY, ALL_CASES);
    return JSON.stringify([current, await database.cases.count(), await database.documents.count(), await database.settings.count()]);
  } finally {
    database.close();
  }
}

