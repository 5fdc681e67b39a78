/**
 * Entry of bench.html, driven by scripts/bench/run.mjs (`npm run bench`). It exposes the app's
 * real modules to the bench so both sides of each comparison are timed inside the page, with
 * performance.now, on the same bytes and the same pdf.js worker (pdf/pdfjs.ts loadPdf): the
 * ratio then holds on a noisy machine (DESIGN.md, Tests and CI). Nothing in the app imports it.
 */
import { pageStartOffsets } from './core/documentText';
import { sha256Hex } from './core/hash';
import { proposeMetadata } from './core/metadata';
import { findRepeatedLines, pagesNeedingImageCheck } from './core/pageFlags';
import { sniffPdf } from './core/pdfSniff';
import { DOCUMENT_KINDS, type DocumentRecord, type PageTextRecord } from './core/types';
import { ClausebenchDb } from './db/database';
import { addImportedDocument, findDocumentBySha } from './db/documentsRepo';
import { ALL_CASES, CURRENT_CASE_KEY, getSetting, setSetting } from './db/settingsRepo';
import { importFile, type ImportContext } from './features/library/importFile';
import { extractPages, readInfo } from './pdf/extractText';
import { loadPdf, type PDFDocumentProxy } from './pdf/pdfjs';
import { DocumentViewer } from './pdf/viewer';
import { loadViewerLib } from './pdf/viewerLib';
import { OPEN_TO_FIRST_PAGE, markDocumentOpen } from './pdf/viewerTiming';

export interface Timed {
  ms: number;
  pages: number;
}

let dbSerial = 0;

/** A fresh, already open database per run: an import into a warm app finds its database open. */
async function freshDb(): Promise<ClausebenchDb> {
  const database = new ClausebenchDb(`clausebench-bench-${Date.now()}-${++dbSerial}`);
  await database.open();
  return database;
}

function context(database: ClausebenchDb): ImportContext {
  return {
    database,
    caseId: undefined,
    profile: 'bench',
    signal: new AbortController().signal,
    askPassword: async () => null,
    onPages: () => {},
  };
}

/** Raw pdf.js: open, getTextContent of every page in order, close. The floor the pipeline is held to. */
async function rawExtract(bytes: Uint8Array): Promise<Timed> {
  const t0 = performance.now();
  const pdf = await loadPdf(bytes);
  const pages = pdf.numPages;
  for (let i = 1; i <= pages; i++) await (await pdf.getPage(i)).getTextContent();
  // importFile closes its document too, so closing is on both sides of the ratio.
  await pdf.loadingTask.destroy();
  return { ms: performance.now() - t0, pages };
}

/** The whole import (sniff, hash, open, extract, flag, metadata, one transaction) via importFile. */
async function pipelineImport(bytes: Uint8Array, name: string): Promise<Timed & { flaggedPages: number }> {
  const database = await freshDb();
  try {
    const t0 = performance.now();
    const outcome = await importFile({ name, bytes }, context(database));
    const ms = performance.now() - t0;
    if (outcome.kind !== 'added') throw new Error(`import of ${name} ended "${outcome.kind}": ${JSON.stringify(outcome)}`);
    return { ms, pages: outcome.pageCount, flaggedPages: outcome.flaggedPages.length };
  } finally {
    await database.delete();
  }
}

/**
 * Diagnostic only: where the pipeline's time goes, stage by stage. It repeats importFile's steps
 * with the same modules (keep it in step with features/library/importFile.ts); the reported
 * pipeline figure is always importFile itself. Text extraction ends at the last onPage call;
 * what extractPages does after it is flagging (repeated lines, image checks of short pages).
 */
async function pipelineStages(bytes: Uint8Array, name: string): Promise<Record<string, number>> {
  const database = await freshDb();
  try {
    const marks: [string, number][] = [['start', performance.now()]];
    const mark = (stage: string) => marks.push([stage, performance.now()]);
    if (!sniffPdf(bytes).ok) throw new Error('not a PDF');
    const sha256 = await sha256Hex(bytes);
    mark('hash');
    await findDocumentBySha(database, sha256);
    mark('duplicateLookup');
    const pdf = await loadPdf(bytes);
    mark('open');
    let textDone = 0;
    const pages = await extractPages(pdf, { onPage: () => (textDone = performance.now()) });
    marks.push(['extractText', textDone]);
    mark('flagPages');
    const info = await readInfo(pdf);
    const texts = pages.map((p) => p.text);
    const starts = pageStartOffsets(texts);
    const metadata = proposeMetadata({ fileName: name, info, pageTexts: texts.slice(0, 2) });
    const at = new Date().toISOString();
    const documentId = crypto.randomUUID();
    const document: DocumentRecord = {
      id: documentId, sha256, caseIds: [], ...metadata, pageCount: pdf.numPages, pageStatus: pages.map((p) => p.status),
      fileName: name, size: bytes.byteLength, addedAt: at, createdBy: 'bench', createdAt: at, updatedAt: at,
    };
    const pageTexts: PageTextRecord[] = pages.map((p, pageIndex) => ({ documentId, pageIndex, text: p.text, start: starts[pageIndex] ?? 0, status: p.status }));
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    mark('metadata');
    await addImportedDocument(database, { document, file: { sha256, bytes: blob }, pageTexts });
    mark('write');
    await pdf.loadingTask.destroy();
    mark('close');
    const out: Record<string, number> = {};
    for (let i = 1; i < marks.length; i++) out[marks[i]![0]] = marks[i]![1] - marks[i - 1]![1];
    out.total = marks[marks.length - 1]![1] - marks[0]![1];
    // flagPages is the repeated-line analysis (pure, timed again here on its own) plus image checks.
    const t0 = performance.now();
    out.pagesImageChecked = pagesNeedingImageCheck(texts, findRepeatedLines(texts)).length;
    out['flagPages.textAnalysis'] = performance.now() - t0;
    return out;
  } finally {
    await database.delete();
  }
}

// ---- Open to first painted page (issue 2/7) ---------------------------------------------------

/** Page 1 as drawn: CSS scale (the viewer's zoom, 1 = 100 %), device pixels per CSS pixel, canvas size. */
export interface PageGeometry {
  scale: number;
  outputScale: number;
  canvasWidth: number;
  canvasHeight: number;
  cssWidth: number;
  cssHeight: number;
}

export interface FirstPage extends PageGeometry {
  /** Open (bytes in hand) to page 1 painted with its text layer; for raw, to its canvas render. */
  ms: number;
  /** The same end, plus the next frame the browser paints after it. */
  framePaintedMs: number;
  textSpans: number;
  /** Cumulative ms from open at each step (ours: only when asked for, as watching the DOM costs a little). */
  stagesMs?: Record<string, number>;
}

export interface RawFirstPage extends FirstPage {
  /** Raw with pdf.js's TextLayer rendered after the canvas, as the viewer does. */
  withTextLayerMs: number;
  withTextLayerFramePaintedMs: number;
}

const FIRST_PAGE_TIMEOUT_MS = 60_000;
/** pdf.js's PixelsPerInch.PDF_TO_CSS_UNITS: a viewer scale of 1 shows a PDF point as 96/72 CSS px (benchEntry may not import pdfjs-dist). */
const PDF_TO_CSS_UNITS = 96 / 72;
let openSerial = 0;

/** A positioned, sized element filling the bench page's viewport, as the reader's host is in the app. */
function benchHost(): HTMLDivElement {
  const host = document.createElement('div');
  Object.assign(host.style, { position: 'fixed', inset: '0', background: '#e6e8ec', zIndex: '1' });
  document.body.append(host);
  return host;
}

/** Resolves after the browser has painted the next frame (rAF runs before the paint, a task queued from it after). */
function nextFramePainted(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
}

function withTimeout<T>(promise: Promise<T>, what: string, ms = FIRST_PAGE_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function geometryOf(canvas: HTMLCanvasElement, scale: number): PageGeometry {
  const rect = canvas.getBoundingClientRect();
  return {
    scale,
    outputScale: window.devicePixelRatio || 1,
    canvasWidth: canvas.width,
    canvasHeight: canvas.height,
    cssWidth: Math.round(rect.width * 100) / 100,
    cssHeight: Math.round(rect.height * 100) / 100,
  };
}

/** The page element pdf.js made for page `n` inside `root`. */
function pageDiv(root: HTMLElement, n: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.page[data-page-number="${n}"]`);
}

/** Page `n` has its canvas drawn (pdf.js drops "loadingIcon" when the render finishes) and its text layer rendered. */
function pageRendered(root: HTMLElement, n: number): boolean {
  const div = pageDiv(root, n);
  return Boolean(div && !div.classList.contains('loadingIcon') && div.querySelector('canvas') && div.querySelector('.textLayer .endOfContent'));
}

/** Opens `bytes` in the app's DocumentViewer; resolves once page 1 is painted with its text layer. */
async function openViewer(bytes: Uint8Array, host: HTMLElement, stages = false): Promise<{ pdf: PDFDocumentProxy; viewer: DocumentViewer; first: FirstPage }> {
  const key = `bench-open-${Date.now()}-${++openSerial}`;
  let firstPageReady: (msSinceOpen: number | undefined) => void = () => {};
  const ready = new Promise<number | undefined>((resolve) => (firstPageReady = resolve));
  const failed: string[] = [];
  let pdf: PDFDocumentProxy | undefined;
  let viewer: DocumentViewer | undefined;
  try {
    // As useOpenedPdf + useDocumentViewer do it: mark, load, create the viewer, open.
    markDocumentOpen(key);
    const t0 = performance.now();
    const at: Record<string, number> = {};
    let watch: MutationObserver | undefined;
    if (stages) {
      // Diagnostic runs only: when pdf.js lays out the page boxes, starts page 1's canvas render
      // (adds "loadingIcon") and finishes it (drops "loadingIcon", canvas in place).
      watch = new MutationObserver(() => {
        const div = pageDiv(host, 1);
        if (!div) return;
        const now = performance.now() - t0;
        at.pagesLaidOut ??= now;
        if (div.classList.contains('loadingIcon')) at.canvasStarted ??= now;
        else if (at.canvasStarted !== undefined && div.querySelector('canvas')) at.canvasDone ??= now;
      });
      watch.observe(host, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    }
    pdf = await loadPdf(bytes);
    at.loaded = performance.now() - t0;
    viewer = await DocumentViewer.create(host, {
      onFirstPageReady: ({ msSinceOpen }) => firstPageReady(msSinceOpen),
      onPageError: (page, reason) => failed.push(`page ${page}: ${reason}`),
    });
    at.viewerCreated = performance.now() - t0;
    viewer.open(pdf, { documentKey: key });
    at.openCalled = performance.now() - t0;
    const msSinceOpen = await withTimeout(ready, 'the viewer\'s first page');
    at.textLayerDone = performance.now() - t0;
    watch?.disconnect();
    const framePaintedAt = await nextFramePainted();
    const measure = performance.getEntriesByName(OPEN_TO_FIRST_PAGE, 'measure').find((m) => (m as PerformanceMeasure).detail?.documentKey === key);
    if (!measure || msSinceOpen === undefined) throw new Error(`no ${OPEN_TO_FIRST_PAGE} measure for ${key}`);
    if (failed.length) throw new Error(`the viewer could not draw ${failed.join('; ')}`);
    const div = pageDiv(viewer.container, 1);
    const canvas = div?.querySelector('canvas');
    if (!div || !canvas) throw new Error('page 1 has no canvas after its first-page event');
    performance.clearMeasures(OPEN_TO_FIRST_PAGE);
    performance.clearMarks();
    return {
      pdf,
      viewer,
      first: {
        ms: measure.duration,
        framePaintedMs: framePaintedAt - measure.startTime,
        textSpans: div.querySelectorAll('.textLayer span').length,
        ...geometryOf(canvas, viewer.scale),
        ...(stages ? { stagesMs: at } : {}),
      },
    };
  } catch (error) {
    viewer?.destroy();
    await pdf?.loadingTask.destroy();
    throw error;
  }
}

/** Ours: the reader's DocumentViewer from bytes in hand to page 1 painted with its text layer, then closed. */
async function viewerFirstPage(bytes: Uint8Array, stages = false): Promise<FirstPage> {
  const host = benchHost();
  try {
    const { pdf, viewer, first } = await openViewer(bytes, host, stages);
    viewer.destroy();
    await pdf.loadingTask.destroy();
    return first;
  } finally {
    host.remove();
  }
}

/**
 * Raw pdf.js on the same bytes and worker (loadPdf): page 1 rendered to a canvas at the viewer's
 * CSS scale and output scale (`geometry`, from the viewer), then pdf.js's TextLayer over it, as
 * PDFPageView does after its canvas. `ms` ends at the canvas; `withTextLayerMs` after the text
 * layer. The TextLayer comes through pdf.js's own TextLayerBuilder (pdf_viewer.mjs, loaded before
 * timing) with no highlighter: the same streamTextContent parameters PDFPageView uses.
 */
async function rawFirstPage(bytes: Uint8Array, geometry: Pick<PageGeometry, 'scale' | 'outputScale'>): Promise<RawFirstPage> {
  const { TextLayerBuilder } = await loadViewerLib();
  const host = benchHost();
  let pdf: PDFDocumentProxy | undefined;
  let textLayer: InstanceType<typeof TextLayerBuilder> | undefined;
  try {
    const t0 = performance.now();
    pdf = await loadPdf(bytes);
    const loadedAt = performance.now();
    const page = await pdf.getPage(1);
    const pageAt = performance.now();
    const viewport = page.getViewport({ scale: geometry.scale * PDF_TO_CSS_UNITS });
    const wrapper = document.createElement('div');
    Object.assign(wrapper.style, { position: 'relative', width: `${Math.floor(viewport.width)}px`, height: `${Math.floor(viewport.height)}px`, margin: '8px auto' });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * geometry.outputScale);
    canvas.height = Math.floor(viewport.height * geometry.outputScale);
    Object.assign(canvas.style, { width: '100%', height: '100%', display: 'block' });
    wrapper.append(canvas);
    host.append(wrapper);
    const s = geometry.outputScale;
    await page.render({ canvas, viewport, transform: s === 1 ? undefined : [s, 0, 0, s, 0, 0] }).promise;
    const canvasAt = performance.now();
    const canvasPaintedAt = await nextFramePainted();
    const textStart = performance.now();
    textLayer = new TextLayerBuilder({ pdfPage: page, onAppend: (div: HTMLDivElement) => wrapper.append(div) });
    await textLayer.render({ viewport, images: null as never });
    // The text layer starts once the canvas is done (as in PDFPageView); the frame waited for above is not its time.
    const textAt = performance.now();
    const textPaintedAt = await nextFramePainted();
    const canvasMs = canvasAt - t0;
    return {
      ms: canvasMs,
      framePaintedMs: canvasPaintedAt - t0,
      withTextLayerMs: canvasMs + (textAt - textStart),
      withTextLayerFramePaintedMs: canvasMs + (textPaintedAt - textStart),
      textSpans: textLayer.div.querySelectorAll('span').length,
      stagesMs: { loaded: loadedAt - t0, gotPage1: pageAt - t0, canvasDone: canvasMs, textLayerDone: canvasMs + (textAt - textStart) },
      ...geometryOf(canvas, geometry.scale),
    };
  } finally {
    textLayer?.cancel(); // drops pdf.js's global selection listener for it, as PDFPageView does
    await pdf?.loadingTask.destroy();
    host.remove();
  }
}

// ---- Memory while reading through a document (issue 2/7) -------------------------------------
// Three steps, so the bench can read the pdf.js worker's heap (over CDP) between them:
// memoryOpen (page 1 painted, heap read), memoryScroll (every page in turn, heap read), memoryClose.

interface MemoryInfo {
  usedJSHeapSize: number;
}

/** Chromium's main-thread JS heap, after a full gc when window.gc exists (--js-flags=--expose-gc). */
async function heapNow(collect = true): Promise<number> {
  const gc = (window as { gc?: () => void }).gc;
  if (collect && gc) {
    // Two passes with a task between: pdf.js and DOM wrappers free through finalizers and weak maps.
    gc();
    await new Promise((r) => setTimeout(r, 50));
    gc();
  }
  const memory = (performance as { memory?: MemoryInfo }).memory;
  if (!memory) throw new Error('performance.memory is missing (Chromium only; launch with --enable-precise-memory-info)');
  return memory.usedJSHeapSize;
}

function waitForPage(root: HTMLElement, n: number): Promise<void> {
  if (pageRendered(root, n)) return Promise.resolve();
  let observer: MutationObserver | undefined;
  return withTimeout(
    new Promise<void>((resolve) => {
      observer = new MutationObserver(() => {
        if (pageRendered(root, n)) resolve();
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    }),
    `page ${n} to render`,
  ).finally(() => observer?.disconnect());
}

let reading: { host: HTMLElement; pdf: PDFDocumentProxy; viewer: DocumentViewer } | undefined;

/** Opens `bytes` in the DocumentViewer and reads the heap (after gc) once page 1 is painted with its text layer. */
async function memoryOpen(bytes: Uint8Array): Promise<{ gcAvailable: boolean; heapAfterFirstPage: number; pages: number; firstPage: FirstPage }> {
  if (reading) throw new Error('memoryOpen: a document is already open; call memoryClose first');
  const host = benchHost();
  let opened: Awaited<ReturnType<typeof openViewer>>;
  try {
    opened = await openViewer(bytes, host);
  } catch (error) {
    host.remove();
    throw error;
  }
  reading = { host, pdf: opened.pdf, viewer: opened.viewer };
  return {
    gcAvailable: typeof (window as { gc?: unknown }).gc === 'function',
    heapAfterFirstPage: await heapNow(),
    pages: opened.viewer.pageCount,
    firstPage: opened.first,
  };
}

/**
 * Goes to every page of the open document in turn, as scrolling through it does, waiting for each
 * to be drawn with its text layer; then reads the heap (after gc). The peak is read without gc
 * every 25 pages.
 */
async function memoryScroll(): Promise<{ heapAfterAllPages: number; heapPeakWhileScrolling: number; scrollMs: number; pagesRendered: number }> {
  if (!reading) throw new Error('memoryScroll: call memoryOpen first');
  const { viewer } = reading;
  const t0 = performance.now();
  let peak = 0;
  let rendered = 0;
  for (let n = 1; n <= viewer.pageCount; n++) {
    viewer.goToPage(n);
    await waitForPage(viewer.container, n);
    rendered++;
    if (n % 25 === 0) peak = Math.max(peak, await heapNow(false));
  }
  const scrollMs = performance.now() - t0;
  return { heapAfterAllPages: await heapNow(), heapPeakWhileScrolling: peak, scrollMs, pagesRendered: rendered };
}

/** Closes what memoryOpen opened. */
async function memoryClose(): Promise<void> {
  const open = reading;
  reading = undefined;
  if (!open) return;
  open.viewer.destroy();
  await open.pdf.loadingTask.destroy();
  open.host.remove();
}

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
async function seedLibrary(count: number): Promise<{ caseId: string; count: number }> {
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
async function libraryState(): Promise<string> {
  const database = new ClausebenchDb();
  try {
    const current = await getSetting(database, CURRENT_CASE_KEY, ALL_CASES);
    return JSON.stringify([current, await database.cases.count(), await database.documents.count(), await database.settings.count()]);
  } finally {
    database.close();
  }
}

const bench = { rawExtract, pipelineImport, pipelineStages, seedLibrary, libraryState, viewerFirstPage, rawFirstPage, memoryOpen, memoryScroll, memoryClose };
export type ClausebenchBench = typeof bench;

declare global {
  interface Window {
    __clausebenchBench?: ClausebenchBench;
  }
}

window.__clausebenchBench = bench;
