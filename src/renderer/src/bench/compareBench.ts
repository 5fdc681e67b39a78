/**
 * Seeding the compare figure (see ../benchEntry.ts, scripts/bench/figures.mjs 'compare-matrix'):
 * one bench case holding a comparison of 30 regimes × 200 questions in 10 groups (6,000 cells with
 * short answers, some citing clauses of the case) and, for the reference beside it, 200 documents
 * in the same case, so the Library's Documents table lists as many rows as the matrix has
 * questions. The case is made current and the comparison chosen, as an analyst would leave them.
 *
 * Everything is written through the app's own repositories and keys, into the bench's browser
 * profile (run.mjs launches Chromium without a user data dir and opens a fresh context on its own
 * 127.0.0.1 port): an analyst's cases never see it.
 */
import { describeRange } from '../core/anchoring';
import { BUILT_IN_CLAUSE_TYPES } from '../core/clauseTypes';
import { deriveCellStatus } from '../core/compare/cellStatus';
import { sourceKindOf } from '../core/compare/sourceKind';
import type { Cell, Clause, Comparison, Dimension, DocumentRecord, Regime } from '../core/types';
import { addComparisonParts, getComparisonParts } from '../db/comparisonsRepo';
import { ClausebenchDb } from '../db/database';
import { setSetting } from '../db/settingsRepo';
import { chosenComparisonKey } from '../features/compare/compareSettings';
import { seedLibrary } from './libraryBench';

const CASE_ID = 'bench-compare-case';
const COMPARISON_ID = 'bench-compare';
/** Documents whose first page gets text and clauses, so some cells carry real evidence chips. */
const EVIDENCE_DOCUMENTS = 10;
const CLAUSES_PER_DOCUMENT = 6;
const CLAUSE_TYPE = BUILT_IN_CLAUSE_TYPES.find((t) => t.id === 'obligation') ?? BUILT_IN_CLAUSE_TYPES[0]!;

const GROUPS = ['Trigger', 'Persons covered', 'Transfers', 'Technology', 'Exemptions', 'Licensing', 'Reach', 'Enforcement', 'Review', 'Status'];
const QUESTIONS = [
  'Does control follow nationality or location?',
  'Are permanent residents covered?',
  'Is remote access a transfer?',
  'Are model weights controlled?',
  'Are allies exempt?',
  'Who grants licences?',
  'Does it reach acts abroad?',
  'What penalties apply?',
  'Is there judicial review?',
  'When did it take effect?',
];
const ANSWERS = [
  'Yes',
  'No',
  'Licence required',
  'Only listed items',
  'Case by case',
  'Nationality',
  'Location of the item',
  'Not addressed',
  'Exempt for allies',
  'Civil and criminal',
  'Contested in court',
  'In force',
];
const JURISDICTIONS = ['US', 'EU', 'CA', 'UK', 'MY', 'JP', 'KR', 'AU', 'Wassenaar', 'IN'];
const STATUSES = ['in force', 'proposed', 'contested', 'rescinded'];
const SENTENCES = [
  'A licence is required before controlled technology is released to a foreign person.',
  'This section applies wherever the recipient is located at the time of the release.',
  'Access through a remote connection is treated as a release of the technology.',
  'The parameters of a trained model are technology for the purposes of this part.',
  'No licence is required for a release to a national of a listed allied country.',
  'Published information and the results of fundamental research are not subject to this part.',
  'The Secretary may grant, deny, or revoke a licence after consulting the agencies concerned.',
  'A violation is punishable by civil penalties and, if wilful, by criminal penalties.',
];

/** Small deterministic generator, so every run seeds the same comparison. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export interface CompareSeed {
  caseId: string;
  comparisonId: string;
  regimes: number;
  dimensions: number;
  groups: number;
  cells: number;
  cellsWithEvidence: number;
  clauses: number;
  documents: number;
}

/**
 * Seeds the compare figure's case (replacing what an earlier seeding left in it) and makes it the
 * current case with the comparison chosen. The app must be reloaded to show it.
 */
export async function seedCompare({
  regimes: regimeCount = 30,
  dimensions: dimensionCount = 200,
  groups: groupCount = 10,
  documents: documentCount = 200,
}: { regimes?: number; dimensions?: number; groups?: number; documents?: number } = {}): Promise<CompareSeed> {
  // The reference's rows: the same generator as the library figure, in this case.
  const seeded = await seedLibrary(documentCount, { caseId: CASE_ID, caseName: `Bench: comparison ${regimeCount} × ${dimensionCount}` });
  const database = new ClausebenchDb();
  try {
    const random = lcg(20260707);
    const at = new Date(Date.parse('2026-01-01T00:00:00Z')).toISOString();
    const made = { createdBy: 'bench', createdAt: at, updatedAt: at };
    const docs = (await database.documents.where('caseIds').equals(CASE_ID).sortBy('id')).slice(0, EVIDENCE_DOCUMENTS);
    const { pageTexts, clauses } = evidenceFor(docs, made);
    const kindOf = new Map(docs.map((d) => [d.id, sourceKindOf(d, false)] as const));

    const comparison: Comparison = { id: COMPARISON_ID, caseId: CASE_ID, title: `Bench: ${regimeCount} regimes × ${dimensionCount} questions`, ...made };
    const regimes: Regime[] = Array.from({ length: regimeCount }, (_, i) => ({
      id: `${COMPARISON_ID}-r${String(i).padStart(3, '0')}`,
      caseId: CASE_ID,
      comparisonId: COMPARISON_ID,
      name: `Regime ${i + 1} (${JURISDICTIONS[i % JURISDICTIONS.length]})`,
      jurisdiction: JURISDICTIONS[i % JURISDICTIONS.length]!,
      status: STATUSES[i % STATUSES.length]!,
      instruments: [`Instrument ${i + 1}`],
      order: i,
      ...made,
    }));
    comparison.baselineRegimeId = regimes[0]?.id;
    const perGroup = Math.ceil(dimensionCount / groupCount);
    const dimensions: Dimension[] = Array.from({ length: dimensionCount }, (_, i) => ({
      id: `${COMPARISON_ID}-d${String(i).padStart(4, '0')}`,
      caseId: CASE_ID,
      comparisonId: COMPARISON_ID,
      question: `${QUESTIONS[i % QUESTIONS.length]} (${i + 1})`,
      group: GROUPS[Math.floor(i / perGroup) % GROUPS.length]! + (groupCount > GROUPS.length ? ` ${Math.floor(i / perGroup) + 1}` : ''),
      order: i,
      ...made,
    }));
    const cells: Cell[] = [];
    for (const [d, dimension] of dimensions.entries()) {
      // Every seventh question: all regimes answer alike, so "Show only differences" has rows to hide.
      const shared = d % 7 === 0 ? ANSWERS[d % ANSWERS.length]! : undefined;
      for (const regime of regimes) {
        const roll = random();
        const evidence = clauses.length && roll < 0.35 ? pickClauses(clauses, random, roll < 0.08 ? 2 : 1) : [];
        const analystStatus = random() < 0.03 ? 'disputed' : 'unsourced';
        cells.push({
          id: `${regime.id}-${dimension.id}`,
          caseId: CASE_ID,
          comparisonId: COMPARISON_ID,
          regimeId: regime.id,
          dimensionId: dimension.id,
          answer: shared ?? ANSWERS[Math.floor(random() * ANSWERS.length)]!,
          detail: random() < 0.2 ? `See **${regime.instruments[0]}**; the text is narrower than the draft.` : '',
          evidenceClauseIds: evidence.map((c) => c.id),
          // Stored as the app stores it: as last derived from the evidence (only "disputed" is chosen).
          status: deriveCellStatus(
            { status: analystStatus },
            evidence.map((c) => ({ anchorStatus: c.anchorStatus, sourceKind: kindOf.get(c.documentId) ?? 'secondary' })),
          ),
          ...made,
        });
      }
    }

    const analysis = [database.comparisons, database.regimes, database.dimensions, database.cells, database.clauses] as const;
    await database.transaction('rw', [...analysis, database.pageTexts], async () => {
      for (const table of analysis) await table.where('caseId').equals(CASE_ID).delete();
      await database.pageTexts.bulkPut(pageTexts);
      await database.clauses.bulkAdd(clauses);
    });
    await addComparisonParts(database, { comparisons: [comparison], regimes, dimensions, cells });
    await setSetting(database, chosenComparisonKey(CASE_ID), COMPARISON_ID);
    return {
      caseId: CASE_ID,
      comparisonId: COMPARISON_ID,
      regimes: regimes.length,
      dimensions: dimensions.length,
      groups: new Set(dimensions.map((d) => d.group)).size,
      cells: cells.length,
      cellsWithEvidence: cells.filter((c) => c.evidenceClauseIds.length > 0).length,
      clauses: clauses.length,
      documents: seeded.count,
    };
  } finally {
    database.close();
  }
}

/** First-page texts for the evidence documents and a clause on each sentence of them. */
function evidenceFor(docs: readonly DocumentRecord[], made: Pick<Clause, 'createdBy' | 'createdAt' | 'updatedAt'>) {
  const pageTexts = [];
  const clauses: Clause[] = [];
  for (const [n, doc] of docs.entries()) {
    const sentences = Array.from({ length: CLAUSES_PER_DOCUMENT }, (_, k) => `Sec. ${k + 1}. ${SENTENCES[(n + k) % SENTENCES.length]}`);
    const text = `${doc.title}\n${sentences.join('\n')}\n`;
    pageTexts.push({ documentId: doc.id, pageIndex: 0, text, start: 0, status: 'text' as const });
    for (const [k, sentence] of sentences.entries()) {
      const start = text.indexOf(sentence);
      clauses.push({
        id: `${doc.id}-c${k}`,
        caseId: CASE_ID,
        documentId: doc.id,
        // Page 0 starts the document text, so offsets in it are document offsets.
        target: { ...describeRange(text, start, start + sentence.length), pageIndex: 0, rects: [] },
        type: CLAUSE_TYPE.id,
        label: `Sec. ${k + 1}`,
        comment: '',
        tags: [],
        colour: CLAUSE_TYPE.colour,
        anchorStatus: 'anchored',
        ...made,
      });
    }
  }
  return { pageTexts, clauses };
}

/**
 * For the figure's notes, not its value: how long the Compare view's main read takes alone (the
 * comparison with its regimes, questions and cells from IndexedDB, getComparisonParts, as
 * loadComparison calls it), median of `repeats`, so the notes can tell reading from rendering.
 */
export async function compareRead(repeats = 5): Promise<{ medianMs: number; samplesMs: number[]; cells: number }> {
  const database = new ClausebenchDb();
  try {
    await database.open();
    const samplesMs: number[] = [];
    let cells = 0;
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      const parts = await getComparisonParts(database, COMPARISON_ID);
      samplesMs.push(performance.now() - start);
      cells = parts?.cells.length ?? 0;
    }
    const sorted = [...samplesMs].sort((a, b) => a - b);
    return { medianMs: sorted[sorted.length >> 1]!, samplesMs, cells };
  } finally {
    database.close();
  }
}

function pickClauses(clauses: readonly Clause[], random: () => number, count: number): Clause[] {
  const picked = new Set<Clause>();
  while (picked.size < Math.min(count, clauses.length)) picked.add(clauses[Math.floor(random() * clauses.length)]!);
  return [...picked];
}
