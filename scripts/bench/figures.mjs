// Functions passed to page.evaluate/addInitScript run in the page, hence browser globals here
// (eslint.config.js gives scripts/ Node globals only).
/* global window, document, performance, requestAnimationFrame, MutationObserver, setTimeout */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareMatrixFigure } from './compareFigure.mjs';
import { median } from './report.mjs';

// The figures `npm run bench` reports, one entry each. run.mjs gives every figure the same
// treatment: setup, one discarded warm-up of each side, then `runs` rounds alternating raw and
// ours in the same page (so machine noise hits both), medians, and the target. Adding a figure
// is adding an entry here; nothing in run.mjs or report.mjs changes.
//
// An entry:
//   id, label            stable key (results.json) and the table's row name
//   unit, better         unit of `value`; 'higher' or 'lower' is better
//   setup?(ctx)          once, before the warm-up (ctx: see run.mjs)
//   raw?(ctx)            pdf.js alone on the same input, timed in the page; omit when pdf.js has no counterpart
//   ours(ctx)            the app doing the same job; both resolve to { value, ms, ...detail }
//   target(summary)      -> { text, met }; summary = { ours, raw, ratio, runs } (medians; ratio = our speed / raw speed)
//   diagnose?(ctx, runs) once after the runs: where the time goes, for results.json and the notes
//                        (diagnosis.notes, an array of lines, is printed under the table)
//   teardown?(ctx)
//   skip?(ctx)           -> a reason string to skip the figure (e.g. its input is missing), or undefined
//   also?                [{ label, raw(sample) }]: extra table rows comparing ours with another raw
//                        time each raw sample carries (e.g. raw + TextLayer); informative, no target
//
// Runs happen in ctx.page (bench.html) unless a figure opens its own page or browser context.

const MIN_RATIO = 0.8;
const LIBRARY_DOCUMENTS = 10_000;
/** Virtualised means dozens of rows in the DOM; this bound is far above that and far below 10,000. */
const MAX_DOM_ROWS = 200;

/** Issue 2/7: open to first painted page within 1.3x raw pdf.js; heap after all pages below 2x the heap after the first. */
const MAX_OPEN_TIME_MULTIPLE = 1.3;
const MAX_HEAP_GROWTH = 2;

/** Issue 4/7: 5,000 clauses re-anchored in a new version of the 500-page PDF's text. */
const ANCHOR_CLAUSES = 5_000;
/** No clause may land on the wrong words (placed wrongly = 0), and re-anchoring a new version may take no longer than pdf.js takes to read its text. */
const MAX_ANCHOR_TIME_MULTIPLE = 1;
/** Issue 4/7: the Clauses list with 5,000 clauses; each filter's result painted within RAIL's 100 ms response budget. */
const LIST_CLAUSES = 5_000;
const MAX_FILTER_MS = 100;
/** Issue 5/7: search over 10,000 pages; at p95 a query is at least 50 times faster than scanning the text. */
const SEARCH_PAGES = 10_000;
const MIN_SEARCH_P95_SPEEDUP = 50;

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The shared folder beside the checkout (../shared), or CLAUSEBENCH_SHARED, as the corpus tests find it. */
const SHARED = resolve(process.env.CLAUSEBENCH_SHARED ?? resolve(root, '..', 'shared'));
const FREECULTURE = resolve(SHARED, 'corpus/pdfjs/freeculture.pdf');

const pagesPerSecond = (r) => ({ ...r, value: r.pages / (r.ms / 1000) });

const ratioTarget = ({ ratio }) => ({ text: `>= ${MIN_RATIO}x raw`, met: ratio >= MIN_RATIO });

/** @type {import('./run.mjs').Figure[]} */
export const FIGURES = [
  {
    id: 'import',
    label: 'Import 500-page PDF (whole pipeline vs getTextContent)',
    unit: 'pages/s',
    better: 'higher',
    raw: async ({ page }) => pagesPerSecond(await page.evaluate(() => window.__clausebenchBench.rawExtract(window.__benchInput))),
    ours: async ({ page, input }) =>
      pagesPerSecond(await page.evaluate((name) => window.__clausebenchBench.pipelineImport(window.__benchInput, name), input.name)),
    target: ratioTarget,
    diagnose: async ({ page, input }) => {
      // Three breakdowns, medians per stage: enough to see which stage dominates.
      const samples = [];
      for (let i = 0; i < 3; i++) samples.push(await page.evaluate((name) => window.__clausebenchBench.pipelineStages(window.__benchInput, name), input.name));
      return { stagesMs: medianPerKey(samples), samples };
    },
  },
  {
    id: 'library',
    label: `Library with ${LIBRARY_DOCUMENTS.toLocaleString('en')} documents: load to first rows painted`,
    unit: 'ms',
    better: 'lower',
    setup: async (ctx) => {
      // Let the app finish its first run (first case, the sample case install, which ends by
      // switching the current case) before seeding, or it would switch away from the seeded case.
      ctx.appPage = await ctx.context.newPage();
      await ctx.appPage.addInitScript(watchDocumentsTable);
      await ctx.appPage.goto(`${ctx.baseUrl}index.html`);
      await ctx.appPage.getByRole('table', { name: 'Documents' }).waitFor();
      await waitUntilSettled(ctx);
      ctx.seeded = await ctx.page.evaluate((n) => window.__clausebenchBench.seedLibrary(n), LIBRARY_DOCUMENTS);
    },
    ours: async ({ appPage, baseUrl }) => {
      await appPage.goto(`${baseUrl}index.html`);
      const shown = await appPage.evaluate(() => window.__benchLibrary);
      // The virtualiser may add rows once it has measured; count again after things settle.
      await appPage.waitForTimeout(500);
      const settled = await appPage.evaluate(countRows);
      return { value: shown.paintedAt, ms: shown.paintedAt, rowsShownAt: shown.shownAt, ...shown.rows, domRowsSettled: settled.domRows };
    },
    target: ({ runs }) => {
      const domRows = Math.max(...runs.ours.map((r) => Math.max(r.domRows, r.domRowsSettled)));
      const listed = Math.min(...runs.ours.map((r) => r.listed));
      return {
        text: `all ${LIBRARY_DOCUMENTS} listed; <= ${MAX_DOM_ROWS} <tr> in DOM (max seen ${domRows}, listed ${listed})`,
        met: domRows <= MAX_DOM_ROWS && listed === LIBRARY_DOCUMENTS,
      };
    },
    teardown: async (ctx) => {
      await ctx.appPage?.close();
    },
  },
  openFigure({ id: 'open-500', name: 'the 500-page PDF', bytesIn: '__benchInput' }),
  openFigure({
    id: 'open-freeculture',
    name: 'freeculture.pdf',
    bytesIn: '__benchFreeculture',
    skip: () => (existsSync(FREECULTURE) ? undefined : `${FREECULTURE} not found (set CLAUSEBENCH_SHARED to the shared folder)`),
    load: async ({ page }) => putBytes(page, '__benchFreeculture', readFileSync(FREECULTURE)),
  }),
  {
    id: 'memory-scroll-500',
    label: 'JS heap: after reading all 500 pages vs after page 1 (main thread, after gc)',
    unit: 'MB',
    better: 'lower',
    setup: async (ctx) => {
      // The browser-level CDP session reads the pdf.js worker's heap (performance.memory exists
      // on the main thread only): informative, beside the main-thread figure the target is on.
      ctx.browserCdp = await ctx.browser.newBrowserCDPSession();
    },
    ours: async ({ browser, browserCdp, baseUrl, input }) => {
      // A browser context of its own for every run: its own renderer process, so the heap holds
      // the app's modules and this one document, not what earlier runs or figures left behind.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      try {
        const page = await context.newPage();
        page.on('pageerror', (e) => console.error(`[bench memory page] ${e.message}`));
        await page.goto(`${baseUrl}bench.html`);
        await page.waitForFunction(() => window.__clausebenchBench !== undefined);
        await putBytes(page, '__benchInput', input.bytes);
        const pageCdp = await context.newCDPSession(page);
        const { targetInfo } = await pageCdp.send('Target.getTargetInfo');
        await pageCdp.detach();

        const opened = await page.evaluate(() => window.__clausebenchBench.memoryOpen(window.__benchInput));
        if (!opened.gcAvailable) throw new Error('window.gc is missing: the bench launches Chromium with --js-flags=--expose-gc');
        const worker = await attachWorker(browserCdp, targetInfo.browserContextId);
        const workerFirst = await worker?.heap();
        const scrolled = await page.evaluate(() => window.__clausebenchBench.memoryScroll());
        const workerAll = await worker?.heap();
        await worker?.detach();
        await page.evaluate(() => window.__clausebenchBench.memoryClose());
        if (scrolled.pagesRendered !== opened.pages) throw new Error(`only ${scrolled.pagesRendered} of ${opened.pages} pages were drawn`);

        const mb = (bytes) => (bytes === undefined ? undefined : bytes / 2 ** 20);
        return {
          value: mb(scrolled.heapAfterAllPages),
          ms: scrolled.scrollMs,
          firstPageMB: mb(opened.heapAfterFirstPage),
          allPagesMB: mb(scrolled.heapAfterAllPages),
          peakWhileScrollingMB: mb(scrolled.heapPeakWhileScrolling),
          growth: scrolled.heapAfterAllPages / opened.heapAfterFirstPage,
          workerFirstPageMB: mb(workerFirst),
          workerAllPagesMB: mb(workerAll),
          pages: opened.pages,
          scrollSeconds: scrolled.scrollMs / 1000,
          scale: opened.firstPage.scale,
        };
      } finally {
        await context.close();
      }
    },
    diagnose: async (_ctx, runs) => {
      const med = (key, digits = 1) => {
        const values = runs.ours.map((r) => r[key]).filter((v) => v !== undefined);
        return values.length ? median(values).toFixed(digits) : '?';
      };
      const read = runs.ours.filter((r) => r.workerFirstPageMB !== undefined && r.workerAllPagesMB !== undefined);
      const workerGrowth = read.map((r) => r.workerAllPagesMB / r.workerFirstPageMB);
      const both = (r, key) => r[key] + r[`worker${key[0].toUpperCase()}${key.slice(1)}`];
      const bothFirst = read.map((r) => both(r, 'firstPageMB'));
      const bothAll = read.map((r) => both(r, 'allPagesMB'));
      return {
        notes: [
          `main thread: usedJSHeapSize (performance.memory, --enable-precise-memory-info), each reading after window.gc() (--js-flags=--expose-gc)`,
          `each run: a fresh browser context, bench.html, the DocumentViewer at scale ${runs.ours[0]?.scale}, every page from 1 to ${runs.ours[0]?.pages} brought into view in turn and awaited (canvas + text layer)`,
          `medians: after page 1 ${med('firstPageMB')} MB, after all pages ${med('allPagesMB')} MB (${med('growth', 2)}x), peak while scrolling (no gc, read every 25 pages) ${med('peakWhileScrollingMB')} MB; scrolling through took ${med('scrollSeconds')} s`,
          `pdf.js worker (not in the target; CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage): after page 1 ${med('workerFirstPageMB')} MB, after all pages ${med('workerAllPagesMB')} MB` +
            (workerGrowth.length ? ` (${median(workerGrowth).toFixed(2)}x)` : ' (not read)'),
          ...(read.length
            ? [`main thread + pdf.js worker: ${median(bothFirst).toFixed(1)} -> ${median(bothAll).toFixed(1)} MB (${median(read.map((r, i) => bothAll[i] / bothFirst[i])).toFixed(2)}x)`]
            : []),
        ],
      };
    },
    target: ({ runs }) => {
      const growth = median(runs.ours.map((r) => r.growth));
      const first = median(runs.ours.map((r) => r.firstPageMB));
      const all = median(runs.ours.map((r) => r.allPagesMB));
      const worst = Math.max(...runs.ours.map((r) => r.growth));
      return {
        text: `< ${MAX_HEAP_GROWTH}x page-1 heap: ${first.toFixed(1)} -> ${all.toFixed(1)} MB = ${growth.toFixed(2)}x (median; worst ${worst.toFixed(2)}x)`,
        met: growth < MAX_HEAP_GROWTH && worst < MAX_HEAP_GROWTH,
      };
    },
    teardown: async (ctx) => {
      await ctx.browserCdp?.detach();
    },
  },
  {
    id: 'anchor',
    label: `Re-anchor ${ANCHOR_CLAUSES.toLocaleString('en')} clauses in an edited version of the 500-page PDF's own text (index + anchorAll vs getTextContent of that PDF)`,
    unit: 'ms',
    better: 'lower',
    setup: async (ctx) => {
      // Untimed: the PDF's text as import extracts it, the clauses picked on it, the edited version and its truth.
      const made = await ctx.page.evaluate((n) => window.__clausebenchBench.anchorPrepare(window.__benchInput, n), ANCHOR_CLAUSES);
      ctx.anchorInput = made;
      console.log(
        `  anchor: ${made.clauses} clauses on ${ctx.input.name}'s extracted text (${made.pages} pages, ${made.chars} chars); edited version ${made.editedPages} pages, ${made.editedChars} chars ` +
          `(page inserted at index ${made.insertedAt}, ${made.changeRate * 100}% of words changed, ${made.removeRate * 100}% removed, ${made.passagesDeleted} clause passages deleted; ` +
          `${made.wordsRemoved} clauses have no words left)`,
      );
    },
    raw: async ({ page }) => {
      const r = await page.evaluate(() => window.__clausebenchBench.rawExtract(window.__benchInput));
      return { value: r.ms, ...r };
    },
    ours: async ({ page }) => {
      const r = await page.evaluate(() => window.__clausebenchBench.anchorRun());
      return { value: r.ms, ...r };
    },
    target: ({ ratio, runs }) => {
      const multiple = 1 / ratio;
      // Anchoring is deterministic, so every run scores the same; the worst run decides all the same.
      const wrong = Math.max(...runs.ours.map((r) => r.placedWrongly));
      const s = runs.ours[0];
      return {
        text:
          `placed wrongly = 0 (${wrong ? `${wrong} PLACED WRONGLY` : 'got 0'}) and <= ${MAX_ANCHOR_TIME_MULTIPLE}x raw time (ours = ${multiple.toFixed(2)}x raw); ` +
          `exact ${s.placedExactly}, fuzzy ${s.placedFuzzyRightWords}, orphaned ${s.orphanedButWordsSurvive} (words survive) + ${s.orphanedWordsRemoved} (words removed)`,
        met: wrong === 0 && multiple <= MAX_ANCHOR_TIME_MULTIPLE,
      };
    },
    diagnose: async ({ page, anchorInput }, runs) => {
      const med = (key) => median(runs.ours.map((r) => r[key])).toFixed(1);
      const s = runs.ours[0];
      if (s.placedWrongly) console.log(`  anchor: ${s.placedWrongly} of ${s.total} clauses PLACED WRONGLY (must be 0; see the notes under the table)`);
      // Not the figure: the same scoring on anchorBenchData's generated document, once.
      const generated = await page.evaluate(([pages, n]) => window.__clausebenchBench.anchorGeneratedCheck(pages, n), [anchorInput.pages, ANCHOR_CLAUSES]);
      const score = {
        placedExactly: s.placedExactly,
        placedFuzzyRightWords: s.placedFuzzyRightWords,
        placedWrongly: s.placedWrongly,
        orphanedButWordsSurvive: s.orphanedButWordsSurvive,
        orphanedWordsRemoved: s.orphanedWordsRemoved,
        total: s.total,
        surviving: s.surviving,
      };
      const signature = (r) => JSON.stringify([r.placedExactly, r.placedFuzzyRightWords, r.placedWrongly, r.orphanedButWordsSurvive, r.orphanedWordsRemoved]);
      const same = runs.ours.every((r) => signature(r) === signature(s));
      const placed = s.placedExactly + s.placedFuzzyRightWords;
      const wrong = runs.ours.find((r) => r.placedWrongly > 0);
      return {
        input: anchorInput,
        score,
        generatedDocumentCheck: generated,
        notes: [
          `input: ${anchorInput.clauses} clauses (W3C quote + position selectors) picked on the text extractPages gives for the bench PDF (${anchorInput.pages} pages); ` +
            `re-anchored in its edited version (${anchorInput.editedPages} pages; anchorBenchData.ts pickPassages + editDocument, makeAnchorBench's rates)`,
          `ours = buildAnchorIndex + anchorAll (core/anchoring), medians: index ${med('indexMs')} ms + anchor ${med('anchorMs')} ms = ${med('ms')} ms; raw = loadPdf + getTextContent of all ${runs.raw[0]?.pages} pages of that PDF ${median(runs.raw.map((r) => r.ms)).toFixed(1)} ms`,
          `score (anchorScore.ts, against the generator's truth): PLACED WRONGLY ${s.placedWrongly}; placed exactly ${s.placedExactly}, by fuzzy match on the right words ${s.placedFuzzyRightWords}; ` +
            `orphaned although their words survive ${s.orphanedButWordsSurvive}, orphaned because their words were removed ${s.orphanedWordsRemoved}; of ${s.total}`,
          `${placed} of the ${s.surviving} clauses whose words survive placed (${((100 * placed) / Math.max(1, s.surviving)).toFixed(1)}%)${same ? '; every run scored the same' : '; RUNS SCORED DIFFERENTLY'}`,
          ...(wrong ? wrong.wrongExamples.map((e) => `  wrong: clause ${e.clause} (${e.status}) quote ${JSON.stringify(e.quote)} -> placed on ${JSON.stringify(e.placed)}; truth ${JSON.stringify(e.truth)}`) : []),
          `not the figure: on makeAnchorBench's generated document instead (${generated.pages} pages after the edit, ${generated.chars} chars; the input anchorBench.test.ts asserts on): ` +
            `placed wrongly ${generated.placedWrongly}; exact ${generated.placedExactly}, fuzzy ${generated.placedFuzzyRightWords}, ` +
            `orphaned ${generated.orphanedButWordsSurvive} (words survive) + ${generated.orphanedWordsRemoved} (words removed) of ${generated.total}; index + anchor ${generated.ms.toFixed(0)} ms (one run)`,
        ],
      };
    },
    teardown: async ({ page }) => {
      await page.evaluate(() => window.__clausebenchBench.anchorRelease());
    },
  },
  {
    id: 'clauseList',
    label: `Clauses list with ${LIST_CLAUSES.toLocaleString('en')} clauses: render to first rows painted (ClausesPanel)`,
    unit: 'ms',
    better: 'lower',
    setup: async (ctx) => {
      // A bench page of its own: the panel brings the app's stylesheets, which ctx.page must not get.
      ctx.listPage = await ctx.context.newPage();
      ctx.listPage.on('pageerror', (e) => console.error(`[bench clause list page] ${e.message}`));
      await ctx.listPage.goto(`${ctx.baseUrl}bench.html`);
      await ctx.listPage.waitForFunction(() => window.__clausebenchBench !== undefined);
      ctx.listInput = await ctx.listPage.evaluate((n) => window.__clausebenchBench.clauseListPrepare(n), LIST_CLAUSES);
      const { expected } = ctx.listInput;
      console.log(
        `  clauseList: ${ctx.listInput.clauses} synthetic clause rows (${ctx.listInput.types} types); filters: text "${ctx.listInput.textFilter}" ` +
          `(${expected.text} rows), then type "${ctx.listInput.typeFilter}" (${expected.textAndType} rows)`,
      );
    },
    ours: async ({ listPage, listInput }) => {
      const r = await listPage.evaluate(() => window.__clausebenchBench.clauseListRun());
      return { value: r.ms, ...r, expectedText: listInput.expected.text, expectedTextAndType: listInput.expected.textAndType };
    },
    target: ({ runs }) => {
      const domRows = Math.max(...runs.ours.flatMap((r) => [r.domRows, r.domRowsSettled, r.domRowsText, r.domRowsType]));
      const listed = Math.min(...runs.ours.map((r) => r.listed));
      const filtersRight = runs.ours.every((r) => r.listedText === r.expectedText && r.listedTextAndType === r.expectedTextAndType);
      const text = median(runs.ours.map((r) => r.textFilterMs));
      const type = median(runs.ours.map((r) => r.typeFilterMs));
      return {
        text:
          `all ${LIST_CLAUSES} listed; <= ${MAX_DOM_ROWS} <li> in DOM (max seen ${domRows}, listed ${listed}); ` +
          `text filter ${text.toFixed(1)} ms, type filter ${type.toFixed(1)} ms (each <= ${MAX_FILTER_MS} ms${filtersRight ? '' : '; FILTERED COUNTS WRONG'})`,
        met: domRows <= MAX_DOM_ROWS && listed === LIST_CLAUSES && filtersRight && text <= MAX_FILTER_MS && type <= MAX_FILTER_MS,
      };
    },
    diagnose: async ({ listInput }, runs) => {
      const med = (key) => median(runs.ours.map((r) => r[key])).toFixed(1);
      const max = (key) => Math.max(...runs.ours.map((r) => r[key]));
      return {
        input: listInput,
        notes: [
          `ours = the reader's ClausesPanel (features/clauses) in a fresh React root, ${listInput.clauses} rows, panel at full height of a 1400x900 viewport; no raw side (pdf.js has no counterpart)`,
          `medians, ms: render to first rows in the DOM ${med('shownMs')}, to that frame painted ${med('ms')}; ` +
            `text filter "${listInput.textFilter}" (one input event) to the count updated ${med('textFilterShownMs')}, painted ${med('textFilterMs')}; ` +
            `then type "${listInput.typeFilter}" (one change event) ${med('typeFilterShownMs')}, painted ${med('typeFilterMs')}`,
          `<li> in the DOM (max over runs): first paint ${max('domRows')}, settled ${max('domRowsSettled')}, after the text filter ${max('domRowsText')}, after the type filter ${max('domRowsType')}; ` +
            `listed ${runs.ours[0]?.listed} -> ${runs.ours[0]?.listedText} (expected ${listInput.expected.text}) -> ${runs.ours[0]?.listedTextAndType} (expected ${listInput.expected.textAndType})`,
        ],
      };
    },
    teardown: async (ctx) => {
      await ctx.listPage?.evaluate(() => window.__clausebenchBench.clauseListRelease());
      await ctx.listPage?.close();
    },
  },
  // Issue 5/7: search. 10,000 generated pages indexed by the app's SearchIndex (core/search), beside
  // pdf.js reading the bench PDF's text (pages/s each); then 100 mixed queries through runSearch
  // beside RegExp scans of the same texts, and recall against those scans.
  {
    id: 'search-build',
    label: `Search index of ${SEARCH_PAGES.toLocaleString('en')} generated pages (vs pdf.js getTextContent of the 500-page PDF)`,
    unit: 'pages/s',
    better: 'higher',
    setup: async (ctx) => {
      const made = await ctx.page.evaluate((n) => window.__clausebenchBench.searchPrepare(n), SEARCH_PAGES);
      console.log(`  search: ${made.pages} pages, ${(made.chars / 1e6).toFixed(1)} M chars, ${made.documents} documents; queries ${JSON.stringify(made.queries)}`);
    },
    raw: async ({ page }) => pagesPerSecond(await page.evaluate(() => window.__clausebenchBench.rawExtract(window.__benchInput))),
    ours: async ({ page }) => pagesPerSecond(await page.evaluate(() => window.__clausebenchBench.searchBuild())),
    // Indexing a page may take no longer than pdf.js takes to read one: a first run's index then never doubles the import.
    target: ({ ratio }) => ({ text: `>= 1x raw (indexing a page no slower than extracting it)`, met: ratio >= 1 }),
  },
  {
    id: 'search-query',
    label: `Search: 100 mixed queries over ${SEARCH_PAGES.toLocaleString('en')} pages, median latency (vs RegExp scans of the same text)`,
    unit: 'ms',
    better: 'lower',
    setup: async (ctx) => {
      // Prepared and built again (untimed), so `--only search-query` runs on its own.
      await ctx.page.evaluate((n) => window.__clausebenchBench.searchPrepare(n), SEARCH_PAGES);
      await ctx.page.evaluate(() => window.__clausebenchBench.searchBuild());
    },
    raw: async ({ page }) => page.evaluate(() => window.__clausebenchBench.searchScan()),
    ours: async ({ page }) => page.evaluate(() => window.__clausebenchBench.searchQueries()),
    // The issue's target: p95 at least 50x faster than the scan's p95, with full recall of exact words and phrases.
    target: ({ runs }) => {
      const p95 = median(runs.ours.map((r) => r.p95));
      const scanP95 = median(runs.raw.map((r) => r.p95));
      const speedup = scanP95 / p95;
      const recall = runs.ours[0]?.recall;
      const exact = recall && ['word', 'phrase', 'filtered'].every((t) => recall[t].recall === 1);
      return {
        text: `p95 ${p95.toFixed(1)} ms vs scan p95 ${scanP95.toFixed(1)} ms = ${speedup.toFixed(1)}x faster (target >= ${MIN_SEARCH_P95_SPEEDUP}x); recall of words, phrases, filtered words = 100% (${exact ? 'yes' : 'NO'})`,
        met: speedup >= MIN_SEARCH_P95_SPEEDUP && Boolean(exact),
      };
    },
    diagnose: async ({ page }, runs) => {
      const recall = await page.evaluate(() => window.__clausebenchBench.searchRecall());
      runs.ours.forEach((r) => (r.recall = recall));
      const types = ['word', 'prefix', 'phrase', 'filtered'];
      const per = (side, t, k) => median(runs[side].map((r) => r.byType[t][k])).toFixed(1);
      return {
        recall,
        notes: [
          `ours = runSearch as the search worker runs it (its first 100 hits with snippets, phrases checked on the text); raw = a RegExp test of every page (all matches, no snippets)`,
          ...types.map((t) => `  ${t}: ours median ${per('ours', t, 'median')} ms, p95 ${per('ours', t, 'p95')} ms; scan median ${per('raw', t, 'median')} ms, p95 ${per('raw', t, 'p95')} ms`),
          `recall against the scan (pages found / pages the scan finds): ${types.map((t) => `${t} ${recall[t].found}/${recall[t].expected}`).join(', ')}`,
        ],
      };
    },
    teardown: async ({ page }) => page.evaluate(() => window.__clausebenchBench.searchRelease()),
  },
  // Issue 5/7: workspace bundles. The same 8 PDFs (copies of the bench PDF) and 2,000 clauses each
  // way; raw is fflate alone on the same files (zipSync stored, unzipSync of the bundle).
  {
    id: 'bundle-export',
    label: 'Workspace bundle export: 8 PDFs + 2,000 clauses from IndexedDB to a zip (vs fflate zipSync of the PDFs)',
    unit: 'MB/s',
    better: 'higher',
    setup: async (ctx) => {
      const made = await ctx.page.evaluate(() => window.__clausebenchBench.exchangePrepare(window.__benchInput));
      console.log(`  bundle: ${made.documents} PDFs, ${made.megabytes.toFixed(1)} MB, ${made.clauses} clauses; bundle ${made.bundleMegabytes.toFixed(1)} MB`);
    },
    raw: async ({ page }) => page.evaluate(() => window.__clausebenchBench.exchangeRawZip()),
    ours: async ({ page }) => page.evaluate(() => window.__clausebenchBench.exchangeExport()),
    target: ({ ratio }) => ({ text: `informative (${ratio.toFixed(2)}x raw)`, met: true }),
  },
  {
    id: 'bundle-import',
    label: 'Workspace bundle import into an empty profile: safe unzip, SHA-256 checks, merge, one transaction (vs fflate unzipSync)',
    unit: 'MB/s',
    better: 'higher',
    // Prepared again (untimed), so `--only bundle-import` runs on its own.
    setup: async (ctx) => void (await ctx.page.evaluate(() => window.__clausebenchBench.exchangePrepare(window.__benchInput))),
    raw: async ({ page }) => page.evaluate(() => window.__clausebenchBench.exchangeRawUnzip()),
    ours: async ({ page }) => page.evaluate(() => window.__clausebenchBench.exchangeImport()),
    target: ({ ratio }) => ({ text: '>= 0.5x raw unzip', met: ratio >= 0.5 }),
    diagnose: async ({ page }) => {
      const samples = [];
      for (let i = 0; i < 3; i++) samples.push(await page.evaluate(() => window.__clausebenchBench.exchangeImportStages()));
      const stagesMs = medianPerKey(samples);
      return { importStagesMs: stagesMs, samples, notes: [`bundle import stages (median ms): ${JSON.stringify(stagesMs)}`] };
    },
    teardown: async ({ page }) => page.evaluate(() => window.__clausebenchBench.exchangeRelease()),
  },
  // Issue 7/7: the Compare matrix beside the Library's Documents table with as many rows (compareFigure.mjs).
  compareMatrixFigure({ waitUntilSettled }),
];

/**
 * "Open to first painted page" for one PDF: ours is the reader's DocumentViewer (open = bytes in
 * hand, end = page 1 painted with its text layer, the app's own 'clausebench:open-to-first-page'
 * measure); raw is loadPdf + getPage(1) + page.render to a canvas at the viewer's CSS scale and
 * output scale, then pdf.js's TextLayer, timed to the canvas (the table's primary raw) and to the
 * text layer (the extra row). Setup opens the document once in the viewer to learn its scale.
 */
function openFigure({ id, name, bytesIn, skip, load }) {
  return {
    id,
    label: `Open ${name} to page 1 painted + text layer (vs raw canvas render)`,
    unit: 'ms',
    better: 'lower',
    skip,
    setup: async (ctx) => {
      await load?.(ctx);
      const probe = await ctx.page.evaluate((key) => window.__clausebenchBench.viewerFirstPage(window[key]), bytesIn);
      ctx[`${id}:geometry`] = { scale: probe.scale, outputScale: probe.outputScale };
      console.log(
        `  ${id}: viewer draws page 1 at scale ${probe.scale} x devicePixelRatio ${probe.outputScale}: ` +
          `canvas ${probe.canvasWidth}x${probe.canvasHeight} px, ${probe.textSpans} text spans; raw renders at the same scale`,
      );
    },
    raw: async (ctx) => {
      const r = await ctx.page.evaluate(([key, geometry]) => window.__clausebenchBench.rawFirstPage(window[key], geometry), [bytesIn, ctx[`${id}:geometry`]]);
      return { value: r.ms, ...r };
    },
    ours: async ({ page }) => {
      const r = await page.evaluate((key) => window.__clausebenchBench.viewerFirstPage(window[key]), bytesIn);
      return { value: r.ms, ...r };
    },
    also: [{ label: `Open ${name}: same ours vs raw canvas + TextLayer render`, raw: (sample) => sample.withTextLayerMs }],
    target: openTarget,
    diagnose: async ({ page }, runs) => {
      const med = (side, key) => median(runs[side].map((r) => r[key])).toFixed(1);
      const g = runs.ours[0];
      const r = runs.raw[0];
      // Where ours spends its time: three more runs watching page 1 in the DOM (not in the figures).
      const staged = [];
      for (let i = 0; i < 3; i++) staged.push((await page.evaluate((key) => window.__clausebenchBench.viewerFirstPage(window[key], true), bytesIn)).stagesMs);
      const oursStages = medianPerKey(staged);
      const rawStages = medianPerKey(runs.raw.map((s) => s.stagesMs));
      const list = (stages) => Object.entries(stages).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
      return {
        oursStagesMs: oursStages,
        rawStagesMs: rawStages,
        notes: [
          `page 1 at scale ${g.scale} x devicePixelRatio ${g.outputScale}: viewer canvas ${g.canvasWidth}x${g.canvasHeight} px (${g.cssWidth}x${g.cssHeight} CSS px), raw canvas ${r.canvasWidth}x${r.canvasHeight} px (${r.cssWidth}x${r.cssHeight} CSS px)`,
          `primary raw = loadPdf + getPage(1) + page.render to that canvas (no text layer); the "+ TextLayer" row adds pdf.js's TextLayer (${r.textSpans} spans; viewer ${g.textSpans})`,
          `ours = the app's clausebench:open-to-first-page measure (markDocumentOpen, loadPdf, DocumentViewer.create + open, page 1 textlayerrendered); ratio column = raw time / our time (a speed ratio, as for every figure); the target reads on our time / raw time`,
          `medians, ms: raw canvas ${med('raw', 'ms')}, raw canvas + TextLayer ${med('raw', 'withTextLayerMs')}, ours ${med('ours', 'ms')}; ` +
            `to the next painted frame: raw canvas ${med('raw', 'framePaintedMs')}, raw + TextLayer ${med('raw', 'withTextLayerFramePaintedMs')}, ours ${med('ours', 'framePaintedMs')}`,
          `where the time goes, ms from open (medians): raw: ${list(rawStages)}`,
          `  ours (${staged.length} extra runs watching page 1): ${list(oursStages)}`,
        ],
      };
    },
    teardown: async ({ page }) => {
      if (bytesIn !== '__benchInput') await page.evaluate((key) => delete window[key], bytesIn);
    },
  };
}

/** ratio = raw time / our time (speed ratio, as for every figure); the target is on our time as a multiple of raw. */
function openTarget({ ratio, runs }) {
  const multiple = 1 / ratio;
  const geometryDiffers = runs.raw.some((r, i) => r.canvasWidth !== runs.ours[i]?.canvasWidth || r.canvasHeight !== runs.ours[i]?.canvasHeight);
  return {
    text: `<= ${MAX_OPEN_TIME_MULTIPLE}x raw time (ours = ${multiple.toFixed(2)}x raw)${geometryDiffers ? '; CANVAS SIZES DIFFER' : ''}`,
    met: multiple <= MAX_OPEN_TIME_MULTIPLE && !geometryDiffers,
  };
}

/**
 * The pdf.js worker of the page in browser context `browserContextId`, attached over the browser's
 * CDP session (Playwright opens no CDP session to a worker): heap() collects garbage there and
 * returns its used JS heap in bytes. Undefined when the worker is not found.
 */
async function attachWorker(cdp, browserContextId) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'worker' && t.browserContextId === browserContextId && /pdf\.worker/.test(t.url));
  if (!target) return undefined;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 0;
  const pending = new Map();
  const onMessage = (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const call = (method) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(reject);
    });
  return {
    heap: async () => {
      await call('HeapProfiler.collectGarbage');
      return (await call('Runtime.getHeapUsage')).usedSize;
    },
    detach: async () => {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}

/** Copies bytes into the page as window[name] (a Uint8Array), before any timing. */
export async function putBytes(page, name, bytes) {
  await page.evaluate(
    ([key, b64]) => {
      const bin = window.atob(b64);
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      window[key] = out;
    },
    [name, Buffer.from(bytes).toString('base64')],
  );
}

/** Settled: no progress bar in the app and its database unchanged for 2 s (first-run work runs in the background). */
async function waitUntilSettled({ page, appPage }) {
  const deadline = Date.now() + 180_000;
  let last = '';
  let since = Date.now();
  while (Date.now() - since < 2_000) {
    if (Date.now() > deadline) throw new Error(`the app's first run did not settle within 3 minutes (last state ${last})`);
    const busy = (await appPage.getByRole('progressbar').count()) > 0;
    const state = await page.evaluate(() => window.__clausebenchBench.libraryState());
    if (busy || state !== last) since = Date.now();
    last = state;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Runs in the app page before its scripts: notes when the Documents table first has a data row, then when that frame is painted. */
function watchDocumentsTable() {
  const countRowsInPage = () => {
    const table = document.querySelector('table[aria-label="Documents"]');
    return {
      domRows: table ? table.querySelectorAll('tr').length : 0,
      dataRows: table ? table.querySelectorAll('tbody tr[data-document-id]').length : 0,
      // aria-rowcount counts the header row too; it says how many documents the table lists.
      listed: table ? Number(table.getAttribute('aria-rowcount')) - 1 : 0,
    };
  };
  window.__benchLibrary = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('table[aria-label="Documents"] tbody tr[data-document-id]')) return;
      observer.disconnect();
      const shownAt = performance.now();
      // rAF runs before the next paint; a task queued from it runs after that paint.
      requestAnimationFrame(() => setTimeout(() => resolve({ shownAt, paintedAt: performance.now(), rows: countRowsInPage() })));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

function countRows() {
  const table = document.querySelector('table[aria-label="Documents"]');
  return { domRows: table ? table.querySelectorAll('tr').length : 0 };
}

function medianPerKey(samples) {
  const out = {};
  for (const key of Object.keys(samples[0] ?? {})) {
    const values = samples.map((s) => s[key]).sort((a, b) => a - b);
    out[key] = values[Math.floor(values.length / 2)];
  }
  return out;
}
