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

/** A stable 8-hex-digit mark of a case id, so another bench case's documents never share a sha256 (a unique index) with the library's. */
function caseMark(caseId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < caseId.length; i++) h = Math.imul(h ^ caseId.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * Files `count` realistic documents in a case of their own in the app's database and makes it
 * the current case, so on its next load the app's Library has to list exactly them (through the
 * same caseIds index an analyst's case uses). Other cases and their documents are left alone.
 * `caseId` (another bench case, e.g. the compare figure's) gets documents of its own: other ids
 * and hashes, so seeding it leaves the library figure's documents as they are.
 */
export async function seedLibrary(
  count: number,
  { caseId = BENCH_CASE_ID, caseName = `Bench: ${count} documents` }: { caseId?: string; caseName?: string } = {},
): Promise<{ caseId: string; count: number }> {
  const own = caseId === BENCH_CASE_ID;
  const idOf = (i: number) => (own ? `bench-${String(i).padStart(5, '0')}` : `${caseId}-doc-${String(i).padStart(5, '0')}`);
  const shaOf = (i: number) => (own ? i.toString(16).padStart(64, '0') : caseMark(caseId) + i.toString(16).padStart(56, '0'));
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
        id: idOf(i),
        sha256: shaOf(i),
        caseIds: [caseId],
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
      await database.cases.put({ id: caseId, name: caseName, notes: '', createdBy: 'bench', createdAt: created, updatedAt: created });
      await database.documents.bulkPut(docs);
      await setSetting(database, CURRENT_CASE_KEY, caseId);
    });
    return { caseId, count: await database.documents.where('caseIds').equals(caseId).count() };
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

