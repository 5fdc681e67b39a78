// Functions passed to page.evaluate/addInitScript run in the page, hence browser globals here
// (eslint.config.js gives scripts/ Node globals only).
/* global window, document, performance, requestAnimationFrame, MutationObserver, setTimeout */

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
//   diagnose?(ctx)       once after the runs: where the time goes, for results.json and the notes
//   teardown?(ctx)
//
// Still to come (issue 2/7): "open to first painted page" — ours: open the imported document in
// the app's reader and resolve when page 1's canvas and its text layer are painted; raw: in
// bench.html, pdf.js alone renders page 1 (canvas + TextLayer) at the same scale. It is one more
// entry below, with raw() and ours() calling new functions of window.__clausebenchBench.

const MIN_RATIO = 0.8;
const LIBRARY_DOCUMENTS = 10_000;
/** Virtualised means dozens of rows in the DOM; this bound is far above that and far below 10,000. */
const MAX_DOM_ROWS = 200;

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
];

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
