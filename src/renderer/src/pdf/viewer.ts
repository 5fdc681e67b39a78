/**
 * The document viewer: pdf.js's PDFViewer (page virtualisation, canvas, text layer, link
 * annotations), PDFLinkService and PDFFindController on one EventBus, wrapped in one imperative
 * class that React drives through methods and hears from through callbacks. No PDF JavaScript:
 * no scripting manager, links and forms not scripted (AnnotationMode.ENABLE), no editor.
 */
import { AnnotationEditorType, AnnotationMode } from 'pdfjs-dist';
import type { ZoomSetting } from '../core/viewState';
import type { ClauseMark, SelectionTarget } from './clauseLayer';
import { ClauseLayerSlot, type ClauseLayerSetup } from './clauseLayerSlot';
import { interceptExternalLinks } from './externalLinks';
import { initialScale } from './initialScale';
import { PageDecorations } from './pageDecorations';
import type { PDFDocumentProxy } from './pdfjs';
import { quietL10n } from './quietL10n';
import { holdPreRenderingUntil } from './holdPreRendering';
import { loadRemainingPages } from './remainingPages';
import { loadViewerLib, type EventBus, type PDFFindController, type PDFLinkService, type PDFViewer } from './viewerLib';
import { markFirstPageReady } from './viewerTiming';
import type { FindOptions, FindResult, OpenOptions, ViewerCallbacks } from './viewerTypes';

export type { ClauseLayerSetup, ClauseMark, FindOptions, FindResult, OpenOptions, SelectionTarget, ViewerCallbacks, ZoomSetting };

/** pdf.js's PixelsPerInch.PDF_TO_CSS_UNITS: a PDF point is 96/72 CSS pixels at 100%. */
const PDF_TO_CSS_UNITS = 96 / 72;

const FIND_STATES: FindResult['status'][] = ['found', 'not-found', 'wrapped', 'pending'];

function assetUrl(dir: string): string {
  return new URL(`./pdfjs/${dir}/`, document.baseURI).href;
}

function message(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

export class DocumentViewer {
  readonly container: HTMLDivElement;
  readonly #viewer: PDFViewer;
  readonly #links: PDFLinkService;
  readonly #find: PDFFindController;
  readonly #bus: EventBus;
  readonly #callbacks: ViewerCallbacks;
  readonly #abort = new AbortController();
  readonly #decorations: PageDecorations;
  readonly #checkedPages = new Set<number>();
  #pdf: PDFDocumentProxy | null = null;
  #remainingPagesStarted = false;
  #documentKey = '';
  #lastQuery = '';
  #pageLabels: string[] | null = null;
  #pagesReady = false;
  readonly #clauses: ClauseLayerSlot;

  /** Builds the viewer inside `host` (which it fills); call open() next. */
  static async create(host: HTMLElement, callbacks: ViewerCallbacks): Promise<DocumentViewer> {
    const lib = await loadViewerLib();
    return new DocumentViewer(lib, host, callbacks);
  }

  private constructor(lib: Awaited<ReturnType<typeof loadViewerLib>>, host: HTMLElement, callbacks: ViewerCallbacks) {
    this.#callbacks = callbacks;
    const container = document.createElement('div');
    container.className = 'cb-viewer-container';
    container.tabIndex = 0;
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', 'Pages');
    // pdf.js requires an absolutely positioned scroll container; set here (CSSOM, CSP-safe) so the
    // viewer works in any host element that is positioned and sized (the reader, the bench).
    Object.assign(container.style, { position: 'absolute', inset: '0', overflow: 'auto' });
    const viewerDiv = document.createElement('div');
    viewerDiv.className = 'pdfViewer';
    container.append(viewerDiv);
    host.append(container);
    this.container = container;

    const signal = this.#abort.signal;
    this.#bus = new lib.EventBus();
    // Links and the outline go to their page but keep the reader's zoom (no "Fit" jumps).
    this.#links = new lib.PDFLinkService({ eventBus: this.#bus, externalLinkTarget: lib.LinkTarget.NONE, ignoreDestinationZoom: true });
    this.#find = new lib.PDFFindController({ eventBus: this.#bus, linkService: this.#links });
    this.#viewer = new lib.PDFViewer({
      container,
      viewer: viewerDiv,
      eventBus: this.#bus,
      linkService: this.#links,
      findController: this.#find,
      annotationMode: AnnotationMode.ENABLE,
      annotationEditorMode: AnnotationEditorType.DISABLE,
      imageResourcesPath: assetUrl('web/images'),
      enablePermissions: false,
      // Duck-typed: pdf.js types its L10n class, whose private parts PDFViewer never touches.
      l10n: quietL10n as unknown as ConstructorParameters<typeof lib.PDFViewer>[0]['l10n'],
      abortSignal: signal,
    } as ConstructorParameters<typeof lib.PDFViewer>[0]);
    this.#links.setViewer(this.#viewer);
    this.#decorations = new PageDecorations((n) => this.#viewer.getPageView(n - 1)?.div as HTMLElement | undefined);
    const pageView = (i: number) => {
      const view = this.#viewer.getPageView(i);
      return view?.div ? { div: view.div as HTMLElement, viewport: view.viewport } : undefined;
    };
    this.#clauses = new ClauseLayerSlot(container, pageView, signal);
    interceptExternalLinks(container, (url) => this.#callbacks.onExternalLink?.(url), signal);
    this.#listen();
  }

  /** Listens on the viewer's event bus until the viewer is destroyed. */
  #on(name: string, listener: (evt: never) => void): void {
    this.#bus.on(name, listener, { signal: this.#abort.signal });
  }

  #listen(): void {
    const cb = this.#callbacks;
    this.#on('pagechanging', (e: { pageNumber: number }) => cb.onPageChange?.(e.pageNumber));
    this.#on('scalechanging', (e: { scale: number; presetValue?: string }) => {
      const preset = e.presetValue as ZoomSetting | undefined;
      cb.onZoomChange?.({ scale: e.scale, setting: preset && preset !== String(e.scale) ? preset : e.scale });
      this.#decorations.apply();
      this.#clauses.redrawAll();
    });
    this.#on('rotationchanging', (e: { pagesRotation: number }) => {
      cb.onRotationChange?.(e.pagesRotation);
      this.#decorations.apply();
      this.#clauses.redrawAll();
    });
    this.#on('updatefindcontrolstate', (e: { state: number; matchesCount: { current: number; total: number } }) => {
      cb.onFind?.({ status: FIND_STATES[e.state] ?? 'pending', ...e.matchesCount });
    });
    this.#on('updatefindmatchescount', (e: { matchesCount: { current: number; total: number } }) => {
      cb.onFind?.({ status: e.matchesCount.total > 0 ? 'found' : 'pending', ...e.matchesCount });
    });
    let firstDone = false;
    // Drawing ahead waits for the first text layer, or for a first page that failed (none will come).
    let drawAhead = false;
    holdPreRenderingUntil(this.#viewer, () => drawAhead);
    this.#on('pagerender', () => this.#decorations.apply());
    this.#on('pagerendered', (e: { pageNumber: number; error?: unknown }) => {
      if (e.error) {
        this.#pageFailed(e.pageNumber, e.error);
        this.#loadRemainingPages(); // no text layer will follow this page
        drawAhead = true;
      }
      this.#decorations.apply();
      this.#clauses.pageRendered(e.pageNumber - 1);
    });
    this.#on('updateviewarea', () => this.#checkPages(this.#visiblePageNumbers()));
    this.#on('textlayerrendered', (e: { pageNumber: number }) => {
      this.#clauses.pageRendered(e.pageNumber - 1);
      if (firstDone || !this.#pdf) return;
      firstDone = true;
      const msSinceOpen = markFirstPageReady(this.#documentKey); // always, for the bench, with or without a listener
      cb.onFirstPageReady?.({ pageNumber: e.pageNumber, msSinceOpen });
      this.#loadRemainingPages();
      drawAhead = true;
      this.#viewer.update(); // now the pages ahead may be drawn
    });
  }

  /** Once, after the first page is usable: every page's size, and which pages cannot load (see remainingPages.ts). */
  #loadRemainingPages(): void {
    const pdf = this.#pdf;
    if (!pdf || this.#remainingPagesStarted) return;
    this.#remainingPagesStarted = true;
    void loadRemainingPages(
      pdf,
      {
        setPage: (n, page) => {
          const view = this.#viewer.getPageView(n - 1);
          if (view && !view.pdfPage) view.setPdfPage(page);
        },
        pageFailed: (n, reason) => {
          this.#checkedPages.add(n);
          this.#pageFailed(n, reason);
        },
      },
      this.#abort.signal,
    );
  }

  /** Shows a document; `initial` restores where the reader was (page, zoom, rotation). */
  open(pdf: PDFDocumentProxy, options: OpenOptions): void {
    this.#pdf = pdf;
    this.#documentKey = options.documentKey;
    this.#checkedPages.clear();
    this.#pagesReady = false;
    this.#pageLabels = options.pageLabels ?? null;
    const init = options.initial ?? { pageNumber: 1, zoom: 'auto', rotation: 0 };
    // Lay the pages out once, at the zoom they open at (initialScale.ts). This reaction to page 1
    // is registered before PDFViewer's, so it runs before PDFViewer builds the page views.
    if (!init.rotation) {
      pdf.getPage(1).then(
        (page) => {
          if (this.#pdf !== pdf || this.#pagesReady) return;
          const scale = initialScale(init.zoom, page.getViewport({ scale: PDF_TO_CSS_UNITS }), {
            width: this.container.clientWidth,
            height: this.container.clientHeight,
          });
          if (scale) (this.#viewer as unknown as { _currentScale: number })._currentScale = scale;
        },
        () => undefined,
      );
    }
    this.#on('pagesinit', () => {
      this.#labelPages();
      this.#viewer.currentScaleValue = String(init.zoom);
      if (init.rotation) this.#viewer.pagesRotation = init.rotation;
      if (init.pageNumber > 1) this.#viewer.currentPageNumber = Math.min(init.pageNumber, pdf.numPages);
      this.#pagesReady = true;
      if (this.#pageLabels) this.#viewer.setPageLabels(this.#pageLabels);
      this.#decorations.setBadges(options.badges ?? new Map());
      this.#checkPages(this.#visiblePageNumbers());
    });
    this.#viewer.setDocument(pdf);
    this.#links.setDocument(pdf, null);
  }

  /** The PDF's own page labels, given to pdf.js (data-page-label on each page element). */
  setPageLabels(labels: string[] | null): void {
    this.#pageLabels = labels;
    if (this.#pagesReady) {
      this.#viewer.setPageLabels(labels);
      this.#labelPages();
    }
  }

  /** Names each page element for assistive technology ("Page 3", "Page 3 (xiv)"), as pdf.js's own localisation would. */
  #labelPages(): void {
    const count = this.#pdf?.numPages ?? 0;
    for (let i = 0; i < count; i++) {
      const label = this.#pageLabels?.[i];
      this.#viewer.getPageView(i)?.div?.setAttribute('aria-label', label && label !== String(i + 1) ? `Page ${i + 1} (${label})` : `Page ${i + 1}`);
    }
  }

  #visiblePageNumbers(): number[] {
    const visible = (this.#viewer._getVisiblePages() as { views?: { id: number }[] }).views ?? [];
    return visible.map((v) => v.id);
  }

  /** pdf.js logs and skips a page it cannot load; find which of `pages` those are and say why. */
  #checkPages(pages: number[]): void {
    const pdf = this.#pdf;
    if (!pdf) return;
    for (const id of pages) {
      if (this.#checkedPages.has(id) || this.#viewer.getPageView(id - 1)?.pdfPage) continue;
      this.#checkedPages.add(id);
      pdf.getPage(id).catch((reason: unknown) => {
        if (this.#pdf === pdf) this.#pageFailed(id, reason);
      });
    }
    this.#decorations.apply();
  }

  #pageFailed(pageNumber: number, reason: unknown): void {
    const text = message(reason);
    if (this.#decorations.setError(pageNumber, text)) this.#callbacks.onPageError?.(pageNumber, text);
  }

  get pageCount(): number {
    return this.#pdf?.numPages ?? 0;
  }
  get pageNumber(): number {
    return this.#viewer.currentPageNumber;
  }
  goToPage(pageNumber: number): void {
    if (!this.#pdf) return;
    this.#viewer.currentPageNumber = Math.min(Math.max(1, Math.round(pageNumber)), this.#pdf.numPages);
  }
  nextPage(): void {
    this.#viewer.nextPage();
  }
  previousPage(): void {
    this.#viewer.previousPage();
  }
  /** Follows an outline entry or link destination (named or explicit). */
  goToDestination(dest: unknown): void {
    void this.#links.goToDestination(dest as string);
  }

  get scale(): number {
    return this.#viewer.currentScale;
  }
  setZoom(zoom: ZoomSetting): void {
    this.#settle();
    this.#viewer.currentScaleValue = String(zoom);
  }
  zoomIn(): void {
    this.#settle();
    this.#viewer.increaseScale();
  }
  zoomOut(): void {
    this.#settle();
    this.#viewer.decreaseScale();
  }
  /**
   * pdf.js keeps the page in view across zoom and rotation from the location it records on its
   * next animation frame; right after a jump that record is stale and the view would spring back.
   */
  #settle(): void {
    if (this.#pagesReady) this.#viewer.update();
  }
  get rotation(): number {
    return this.#viewer.pagesRotation;
  }
  rotate(delta: 90 | -90): void {
    this.#settle();
    const page = this.#viewer.currentPageNumber;
    this.#viewer.pagesRotation = (this.#viewer.pagesRotation + delta + 360) % 360;
    // The component keeps the scroll offset, not the page (pdf.js's app re-targets the page itself).
    if (this.#pdf) this.#viewer.currentPageNumber = page;
  }

  /** Starts or refines a search (highlights every hit); `step` moves to the next or previous hit. */
  find(query: string, options: FindOptions, step?: 'next' | 'previous'): void {
    const again = step !== undefined && query === this.#lastQuery;
    this.#lastQuery = query;
    this.#bus.dispatch('find', {
      source: this,
      type: again ? 'again' : '',
      query,
      caseSensitive: options.caseSensitive,
      entireWord: options.entireWord,
      highlightAll: true,
      findPrevious: step === 'previous',
      matchDiacritics: false,
    });
  }
  /**
   * Shows `text` on a page, highlighted by find (a search hit opened): goes to the page, then
   * finds from there (pdf.js's find starts at the current page). Right after open(), waits for the
   * pages to be laid out, so the restored page does not override it.
   */
  reveal(pageNumber: number, text: string, options: FindOptions): void {
    const go = () => {
      this.goToPage(pageNumber);
      if (text.trim()) this.find(text, options);
    };
    if (this.#pagesReady) go();
    else this.#bus.on('pagesinit', go, { once: true, signal: this.#abort.signal });
  }
  closeFind(): void {
    this.#lastQuery = '';
    this.#bus.dispatch('findbarclose', { source: this });
  }

  /** Turns on clause highlights, selection reading and area drawing for the open document. */
  enableClauses(setup: ClauseLayerSetup): void {
    this.#clauses.enable(setup);
  }

  setClauseMarks(marks: ClauseMark[]): void {
    this.#clauses.setMarks(marks);
  }

  /** The user's text selection in the pages, as a clause target; null when there is none. */
  readSelection(): SelectionTarget | null {
    return this.#clauses.readSelection();
  }

  set areaMode(on: boolean) {
    this.#clauses.areaMode = on;
  }

  /** Scrolls a clause's first rectangle (or its page) into view and makes it blink. */
  goToClause(clauseId: string, pageIndex: number, firstRect?: [number, number, number, number]): void {
    const pdf = this.#pdf;
    if (!pdf) return;
    const go = () => {
      if (this.#pdf !== pdf) return;
      const pageNumber = Math.min(Math.max(1, pageIndex + 1), pdf.numPages);
      if (firstRect) {
        // XYZ keeps the zoom (null) and puts the point a little above the rectangle at the top.
        this.#viewer.scrollPageIntoView({ pageNumber, destArray: [null, { name: 'XYZ' }, Math.max(0, firstRect[0] - 20), firstRect[3] + 40, null] });
      } else {
        this.#viewer.currentPageNumber = pageNumber;
      }
      this.#clauses.flash(clauseId);
    };
    // A clause asked for as the document opens (from an entity page or an evidence chip) waits
    // for pdf.js's pages: scrolling before they exist throws inside PDFViewer.
    if (this.#pagesReady) go();
    else this.#bus.on('pagesinit', go, { once: true, signal: this.#abort.signal });
  }

  focus(): void {
    this.container.focus({ preventScroll: true });
  }

  /** Stops rendering, drops listeners and page caches, and removes the viewer's elements. */
  destroy(): void {
    this.#abort.abort();
    this.#find.setDocument(null as unknown as PDFDocumentProxy);
    this.#viewer.cleanup();
    this.#viewer.setDocument(null as unknown as PDFDocumentProxy);
    this.#links.setDocument(null, null);
    this.#pdf = null;
    this.container.remove();
  }
}
