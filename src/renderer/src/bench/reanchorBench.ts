/**
 * The anchoring figure (see ../benchEntry.ts): clauses described on the text the app extracts
 * from the bench's 500-page PDF, re-anchored in an edited version of that text, timed and scored.
 *
 * The clauses and the edit are built on the PDF's own extracted text (extractPages, as import
 * stores it), not on anchorBenchData's generated pages, so that the raw side of the figure
 * (pdf.js getTextContent of every page of that PDF, importBench.ts rawExtract) reads the same
 * document. The passages, the edit and the truth come from anchorBenchData.ts (pickPassages,
 * editDocument) with makeAnchorBench's parameters: a page inserted at index 2, 0.8% of words
 * changed and 0.2% removed, one clause in fifty deleted with its passage. The timed part is
 * core/anchoring's buildAnchorIndex + anchorAll, the code the app re-anchors with.
 */
import { anchorAll, buildAnchorIndex, describeRange, type AnchorableTarget } from '../core/anchoring';
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../core/documentText';
import { extractPages } from '../pdf/extractText';
import { loadPdf } from '../pdf/pdfjs';
import { editDocument, generatePages, makeAnchorBench, pickPassages, seededRandom, type ClauseTruth } from './anchorBenchData';
import { scoreAnchoring, type AnchorScore } from './anchorScore';

/** makeAnchorBench's seed, so the passages and edits are picked as in anchorBench.test.ts. */
const SEED = 20260417;

interface Prepared {
  targets: AnchorableTarget[];
  quotes: string[];
  text: string;
  pageStarts: number[];
  truth: ClauseTruth[];
}

let prepared: Prepared | undefined;

/** What the figure runs on, for the bench's log and results.json. */
export interface AnchorInput {
  pages: number;
  chars: number;
  editedPages: number;
  editedChars: number;
  clauses: number;
  /** Clauses whose passage was deleted whole by the edit. */
  passagesDeleted: number;
  /** Clauses none of whose letters or digits survive unreplaced (the truth says "removed"). */
  wordsRemoved: number;
  insertedAt: number;
  changeRate: number;
  removeRate: number;
  /** Untimed: extracting the PDF's text with the app's extractPages, and building the input. */
  extractMs: number;
  buildMs: number;
}

/**
 * Untimed setup: extracts `bytes` as import does (extractPages), picks `clauseCount` passages of
 * that text as clauses (W3C quote and position selectors, as the app stores them), and makes the
 * edited version with its truth. Kept in the page for anchorRun.
 */
export async function anchorPrepare(bytes: Uint8Array, clauseCount: number): Promise<AnchorInput> {
  const t0 = performance.now();
  const pdf = await loadPdf(bytes);
  let pages: string[];
  try {
    pages = (await extractPages(pdf)).map((p) => p.text);
  } finally {
    await pdf.loadingTask.destroy();
  }
  const t1 = performance.now();

  // As makeAnchorBench (anchorBenchData.ts), on these pages instead of generated ones.
  const text = joinDocumentText(pages);
  const starts = pageStartOffsets(pages);
  const ranges = pickPassages(text, clauseCount, SEED + 1);
  const targets = ranges.map((range): AnchorableTarget => ({ ...describeRange(text, range.start, range.end), pageIndex: pageIndexAtOffset(starts, range.start) }));
  const r = seededRandom(SEED + 2);
  const deleteRanges = ranges.filter(() => r() < 0.02);
  const insertedAt = Math.min(2, pages.length);
  const changeRate = 0.008;
  const removeRate = 0.002;
  const edited = editDocument(pages, ranges, {
    seed: SEED + 4,
    insertAt: insertedAt,
    insertedPage: generatePages(1, SEED + 3, 900)[0]!,
    changeRate,
    removeRate,
    deleteRanges,
  });
  const editedText = joinDocumentText(edited.pages);
  prepared = {
    targets,
    quotes: targets.map((t) => t.quote.exact),
    text: editedText,
    pageStarts: pageStartOffsets(edited.pages),
    truth: edited.truth,
  };
  return {
    pages: pages.length,
    chars: text.length,
    editedPages: edited.pages.length,
    editedChars: editedText.length,
    clauses: targets.length,
    passagesDeleted: deleteRanges.length,
    wordsRemoved: edited.truth.filter((t) => t.removed).length,
    insertedAt,
    changeRate,
    removeRate,
    extractMs: t1 - t0,
    buildMs: performance.now() - t1,
  };
}

export type AnchorRun = Omit<AnchorScore, 'wrong'> & {
  /** buildAnchorIndex + anchorAll. */
  ms: number;
  indexMs: number;
  anchorMs: number;
  /** The first wrongly placed clauses (none, when all is well): what to look at. */
  wrongExamples: { clause: number; quote: string; truth: string; placed: string; status: string }[];
};

/** Timed: builds the anchor index of the edited text and anchors every clause in it; then (untimed) scores the results against the truth. */
export function anchorRun(): AnchorRun {
  const input = prepared;
  if (!input) throw new Error('anchorRun: call anchorPrepare first');
  const t0 = performance.now();
  const index = buildAnchorIndex(input.text, input.pageStarts);
  const t1 = performance.now();
  const results = anchorAll(index, input.targets);
  const t2 = performance.now();
  const { wrong, ...score } = scoreAnchoring(results, input.truth, { text: input.text, quotes: input.quotes });
  const snippet = (start: number | undefined, end: number | undefined) => (start === undefined || end === undefined ? '' : input.text.slice(start, end).slice(0, 120));
  return {
    ms: t2 - t0,
    indexMs: t1 - t0,
    anchorMs: t2 - t1,
    ...score,
    wrongExamples: wrong.slice(0, 5).map((i) => {
      const t = input.truth[i]!;
      return {
        clause: i,
        quote: input.quotes[i]!.slice(0, 120),
        truth: t.removed ? '(words removed)' : snippet(t.start, t.end),
        placed: snippet(results[i]!.start, results[i]!.end),
        status: results[i]!.status,
      };
    }),
  };
}

/** Drops the input anchorPrepare kept. */
export function anchorRelease(): void {
  prepared = undefined;
}

/**
 * Diagnostic only (not the figure): the same scoring on makeAnchorBench's generated document (the
 * input anchorBench.test.ts asserts on), whose grammar repeats whole passages far less than the
 * bench PDF's phrase list does; one untimed-for-the-figure run, to tell the text's share of any
 * wrong placements from the anchoring's.
 */
export function anchorGeneratedCheck(pageCount: number, clauseCount: number): Omit<AnchorScore, 'wrong'> & { ms: number; pages: number; chars: number } {
  const data = makeAnchorBench(pageCount, clauseCount);
  const text = joinDocumentText(data.edited.pages);
  const t0 = performance.now();
  const index = buildAnchorIndex(text, pageStartOffsets(data.edited.pages));
  const results = anchorAll(index, data.clauses.map((c) => c.target));
  const ms = performance.now() - t0;
  const { wrong: _wrong, ...score } = scoreAnchoring(results, data.edited.truth, { text, quotes: data.clauses.map((c) => c.target.quote.exact) });
  return { ...score, ms, pages: data.edited.pages.length, chars: text.length };
}
