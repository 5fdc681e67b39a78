/**
 * Entry of bench.html, driven by scripts/bench/run.mjs (`npm run bench`). It exposes the app's
 * real modules to the bench so both sides of each comparison are timed inside the page, with
 * performance.now, on the same bytes and the same pdf.js worker (pdf/pdfjs.ts loadPdf): the
 * ratio then holds on a noisy machine (DESIGN.md, Tests and CI). Nothing in the app imports it.
 */
import { pipelineImport, pipelineStages, rawExtract } from './bench/importBench';
import { libraryState, seedLibrary } from './bench/libraryBench';
import { compareRead, seedCompare } from './bench/compareBench';
import { memoryClose, memoryOpen, memoryScroll } from './bench/memoryBench';
import {
  exchangeExport,
  exchangeImport,
  exchangeImportStages,
  exchangePrepare,
  exchangeRawUnzip,
  exchangeRawZip,
  exchangeRelease,
} from './bench/exchangeBench';
import { rawFirstPage } from './bench/openBench';
import { searchBuild, searchPrepare, searchQueries, searchRecall, searchRelease, searchScan } from './bench/searchBench';
import { anchorGeneratedCheck, anchorPrepare, anchorRelease, anchorRun } from './bench/reanchorBench';
import { viewerFirstPage } from './bench/viewerHarness';

/** The clause-list figure's module, loaded when that figure first asks: it brings the app's stylesheets, which the other figures' page must not get. */
const clauseList = () => import('./bench/clauseListBench');

const bench = {
  rawExtract,
  pipelineImport,
  pipelineStages,
  seedLibrary,
  libraryState,
  seedCompare,
  compareRead,
  viewerFirstPage,
  rawFirstPage,
  memoryOpen,
  memoryScroll,
  memoryClose,
  anchorPrepare,
  anchorRun,
  anchorRelease,
  anchorGeneratedCheck,
  searchPrepare,
  searchBuild,
  searchQueries,
  searchScan,
  searchRecall,
  searchRelease,
  exchangePrepare,
  exchangeRawZip,
  exchangeExport,
  exchangeRawUnzip,
  exchangeImport,
  exchangeImportStages,
  exchangeRelease,
  clauseListPrepare: async (count: number) => (await clauseList()).clauseListPrepare(count),
  clauseListRun: async () => (await clauseList()).clauseListRun(),
  clauseListRelease: async () => (await clauseList()).clauseListRelease(),
};
export type ClausebenchBench = typeof bench;

declare global {
  interface Window {
    __clausebenchBench?: ClausebenchBench;
  }
}

window.__clausebenchBench = bench;
