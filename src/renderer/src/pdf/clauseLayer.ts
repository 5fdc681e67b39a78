/**
 * Clauses on the pages of one open document: reads the user's text selection as offsets in the
 * document text plus rectangles in PDF coordinates, draws highlights (highlightLayer.ts), finds
 * rectangles for clauses that have none yet (placed by anchoring, never drawn on this machine),
 * reports hover and click on a highlight, and lets the user draw a rectangle for an area clause.
 * Plain DOM and pdf.js page views; React hears only callbacks.
 */
import { pageIndexAtOffset } from '../core/documentText';
import { mergeLineBoxes, type Box } from '../core/lineRects';
import type { AnchorStatus, PdfRect } from '../core/types';
import { viewRectToPdf } from './coordinates';
import { HighlightLayer, type HighlightSpec, type PageViewLike } from './highlightLayer';
import { mapTextLayer, offsetsToRange, pointToOffset, type MappedNode } from './textLayerOffsets';

export interface PageRects {
  pageIndex: number;
  rects: PdfRect[];
}

/** What the viewer needs to draw one clause. Offsets are in the document text. */
export interface ClauseMark {
  clauseId: string;
  colour: string;
  status: AnchorStatus;
  title: string;
  start: number;
  end: number;
  area?: boolean;
  rects: PageRects[];
}

/** A selection in the text layer, as a clause target needs it. */
export interface SelectionTarget {
  start: number;
  end: number;
  pageIndex: number;
  rects: PageRects[];
}

export interface ClauseLayerOptions {
  container: HTMLElement;
  pageView(pageIndex: number): PageViewLike | undefined;
  pageTexts: readonly string[];
  pageStarts: readonly number[];
  /** Rectangles found for clauses placed without them (to be stored), a batch at a time. */
  onRects?(found: { clauseId: string; rects: PageRects[] }[]): void;
  onHover?(clauseId: string | null, box: DOMRect | null): void;
  onActivate?(clauseId: string): void;
  /** An area drawn in area mode, in PDF coordinates. */
  onArea?(area: PageRects): void;
}

/** Rectangles found while pages render are stored this long after the last one. */
const RECTS_FLUSH_MS = 500;

export class ClauseLayer {
  readonly #opts: ClauseLayerOptions;
  readonly #highlights: HighlightLayer;
  #marks: ClauseMark[] = [];
  #hovered: string | null = null;
  #areaMode = false;
  readonly #maps = new WeakMap<Element, { count: number; mapped: MappedNode[] }>();
  /** Rectangles found since the last flush, by clause: written in one go, not one write each. */
  readonly #found = new Map<string, PageRects[]>();
  #flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(opts: ClauseLayerOptions, signal: AbortSignal) {
    this.#opts = opts;
    this.#highlights = new HighlightLayer(opts.pageView);
    const { container } = opts;
    container.addEventListener('mousemove', (e) => this.#onMove(e), { signal });
    container.addEventListener('mouseleave', () => this.#setHover(null, null), { signal });
    container.addEventListener('click', (e) => this.#onClick(e), { signal });
    container.addEventListener('mousedown', (e) => this.#onAreaStart(e), { signal });
    signal.addEventListener('abort', () => clearTimeout(this.#flushTimer));
  }

  #remember(clauseId: string, rects: PageRects[]): void {
    this.#found.set(clauseId, rects);
    clearTimeout(this.#flushTimer);
    this.#flushTimer = setTimeout(() => {
      const batch = [...this.#found].map(([clauseId, r]) => ({ clauseId, rects: r }));
      this.#found.clear();
      this.#opts.onRects?.(batch);
    }, RECTS_FLUSH_MS);
  }

  setMarks(marks: ClauseMark[]): void {
    this.#marks = marks;
    this.#redraw();
  }

  /** After pdf.js (re)rendered a page or its text layer: draw it, and find missing rectangles. */
  pageRendered(pageIndex: number): void {
    this.#fillMissingRects(pageIndex);
    this.#highlights.apply(pageIndex);
  }

  /** After zoom or rotation: the same PDF rectangles, converted for the new viewports. */
  redrawAll(): void {
    this.#highlights.apply();
  }

  flash(clauseId: string): void {
    this.#highlights.flash(clauseId);
  }

  set areaMode(on: boolean) {
    this.#areaMode = on;
    this.#opts.container.classList.toggle('cb-area-mode', on);
  }
  get marks(): ClauseMark[] {
    return this.#marks;
  }

  get areaMode(): boolean {
    return this.#areaMode;
  }

  #redraw(): void {
    this.#highlights.set(this.#specsByPage());
    for (const page of this.#pagesNeedingRects()) this.#fillMissingRects(page);
  }

  #specsByPage(): Map<number, HighlightSpec[]> {
    const byPage = new Map<number, HighlightSpec[]>();
    for (const mark of this.#marks) {
      // An orphan has no place in this text: never drawn (the list shows it, marked).
      if (mark.status === 'orphaned') continue;
      for (const { pageIndex, rects } of mark.rects) {
        const list = byPage.get(pageIndex) ?? [];
        list.push({ clauseId: mark.clauseId, colour: mark.colour, status: mark.status, rects, title: mark.title });
        byPage.set(pageIndex, list);
      }
    }
    return byPage;
  }

  #pagesNeedingRects(): Set<number> {
    const pages = new Set<number>();
    for (const mark of this.#marks) for (const p of this.#missingPages(mark)) pages.add(p);
    return pages;
  }

  /** Pages a text clause spans that have no rectangles stored yet. */
  #missingPages(mark: ClauseMark): number[] {
    if (mark.area || mark.status === 'orphaned' || mark.end <= mark.start) return [];
    const first = this.#pageOf(mark.start);
    const last = this.#pageOf(mark.end - 1);
    const pages: number[] = [];
    for (let p = first; p <= last; p++) if (!mark.rects.some((r) => r.pageIndex === p)) pages.push(p);
    return pages;
  }

  #fillMissingRects(pageIndex: number): void {
    const view = this.#opts.pageView(pageIndex);
    const mapped = view && this.#mapped(view.div, pageIndex);
    if (!view || !mapped) return;
    let found = false;
    for (const mark of this.#marks) {
      if (!this.#missingPages(mark).includes(pageIndex)) continue;
      const pageStart = this.#opts.pageStarts[pageIndex] ?? 0;
      const rects = this.#rectsFor(view, mapped, mark.start - pageStart, mark.end - pageStart);
      if (rects.length === 0) continue;
      mark.rects = [...mark.rects, { pageIndex, rects }].sort((a, b) => a.pageIndex - b.pageIndex);
      this.#remember(mark.clauseId, mark.rects);
      found = true;
    }
    if (found) this.#highlights.set(this.#specsByPage());
  }

  #pageOf(offset: number): number {
    return pageIndexAtOffset(this.#opts.pageStarts, offset);
  }

  /** The text layer of a rendered page, mapped to the page's stored text (cached per layer). */
  #mapped(pageDiv: HTMLElement, pageIndex: number): MappedNode[] | undefined {
    const layer = pageDiv.querySelector(':scope > .textLayer');
    if (!layer || layer.childElementCount === 0) return undefined;
    const cached = this.#maps.get(layer);
    if (cached && cached.count === layer.childElementCount) return cached.mapped;
    const mapped = mapTextLayer(layer, this.#opts.pageTexts[pageIndex] ?? '');
    this.#maps.set(layer, { count: layer.childElementCount, mapped });
    return mapped;
  }

  /** Rectangles (PDF units, one per line run) of page offsets [start, end) on a rendered page. */
  #rectsFor(view: PageViewLike, mapped: MappedNode[], start: number, end: number): PdfRect[] {
    const range = offsetsToRange(mapped, Math.max(0, start), end);
    if (!range) return [];
    const origin = contentOrigin(view.div);
    const boxes: Box[] = [...range.getClientRects()].map((r) => [r.left - origin.x, r.top - origin.y, r.right - origin.x, r.bottom - origin.y]);
    return mergeLineBoxes(boxes).map((box) => roundRect(viewRectToPdf(box, view.viewport)));
  }

  /** The current text selection inside the viewer as a clause target, or null. */
  readSelection(): SelectionTarget | null {
    const selection = this.#opts.container.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!this.#opts.container.contains(range.commonAncestorContainer)) return null;
    const pages = [...this.#opts.container.querySelectorAll<HTMLElement>('.page[data-page-number]')].filter((div) => {
      const layer = div.querySelector(':scope > .textLayer');
      return layer && range.intersectsNode(layer);
    });
    let start: number | undefined;
    let end: number | undefined;
    const rects: PageRects[] = [];
    for (const div of pages) {
      const pageIndex = Number(div.dataset.pageNumber) - 1;
      const view = this.#opts.pageView(pageIndex);
      const mapped = view && this.#mapped(view.div, pageIndex);
      if (!view || !mapped || mapped.length === 0) continue;
      const pageText = this.#opts.pageTexts[pageIndex] ?? '';
      const layer = div.querySelector(':scope > .textLayer') as Element;
      const from = layer.contains(range.startContainer) ? pointToOffset(mapped, range.startContainer, range.startOffset, 'start') : 0;
      const to = layer.contains(range.endContainer) ? pointToOffset(mapped, range.endContainer, range.endOffset, 'end') : pageText.length;
      if (from === undefined || to === undefined || to <= from) continue;
      const [s, e] = trimWhitespace(pageText, from, to);
      if (e <= s) continue;
      const pageStart = this.#opts.pageStarts[pageIndex] ?? 0;
      start ??= pageStart + s;
      end = pageStart + e;
      const pageRects = this.#rectsFor(view, mapped, s, e);
      if (pageRects.length > 0) rects.push({ pageIndex, rects: pageRects });
    }
    if (start === undefined || end === undefined || end <= start) return null;
    return { start, end, pageIndex: rects[0]?.pageIndex ?? this.#pageOf(start), rects };
  }

  #pagePoint(e: MouseEvent): { pageIndex: number; x: number; y: number; div: HTMLElement } | undefined {
    const div = (e.target as Element | null)?.closest?.('.page[data-page-number]') as HTMLElement | null;
    if (!div) return undefined;
    const origin = contentOrigin(div);
    return { pageIndex: Number(div.dataset.pageNumber) - 1, x: e.clientX - origin.x, y: e.clientY - origin.y, div };
  }

  #onMove(e: MouseEvent): void {
    if (e.buttons !== 0) return; // selecting or drawing
    const point = this.#pagePoint(e);
    const id = point ? this.#highlights.hitTest(point.pageIndex, point.x, point.y) : undefined;
    if ((id ?? null) === this.#hovered) return;
    const el = id ? point?.div.querySelector<HTMLElement>(`.cb-hl[data-clause-id="${CSS.escape(id)}"]`) : null;
    this.#setHover(id ?? null, el?.getBoundingClientRect() ?? null);
  }

  #setHover(id: string | null, box: DOMRect | null): void {
    this.#hovered = id;
    this.#opts.onHover?.(id, box);
  }

  #onClick(e: MouseEvent): void {
    if (this.#areaMode) return;
    const selection = this.#opts.container.ownerDocument.getSelection();
    if (selection && !selection.isCollapsed) return; // the end of a selection, not a click
    const point = this.#pagePoint(e);
    const id = point && this.#highlights.hitTest(point.pageIndex, point.x, point.y);
    if (id) this.#opts.onActivate?.(id);
  }

  /** Area mode: press, drag and release on a page draws the rectangle of an area clause. */
  #onAreaStart(e: MouseEvent): void {
    if (!this.#areaMode || e.button !== 0) return;
    const point = this.#pagePoint(e);
    const view = point && this.#opts.pageView(point.pageIndex);
    if (!point || !view) return;
    e.preventDefault();
    const box = document.createElement('div');
    box.className = 'cb-area-draft';
    point.div.append(box);
    const origin = contentOrigin(point.div);
    const at = (ev: MouseEvent): [number, number] => [ev.clientX - origin.x, ev.clientY - origin.y];
    const draw = (ev: MouseEvent) => {
      const [x, y] = at(ev);
      const l = Math.min(x, point.x);
      const t = Math.min(y, point.y);
      Object.assign(box.style, { left: `${l}px`, top: `${t}px`, width: `${Math.abs(x - point.x)}px`, height: `${Math.abs(y - point.y)}px` });
    };
    const finish = (ev: MouseEvent) => {
      window.removeEventListener('mousemove', draw);
      window.removeEventListener('mouseup', finish);
      box.remove();
      const [x, y] = at(ev);
      if (Math.abs(x - point.x) < 4 || Math.abs(y - point.y) < 4) return; // a click, not a box
      const rect: Box = [Math.min(x, point.x), Math.min(y, point.y), Math.max(x, point.x), Math.max(y, point.y)];
      this.#opts.onArea?.({ pageIndex: point.pageIndex, rects: [roundRect(viewRectToPdf(rect, view.viewport))] });
    };
    window.addEventListener('mousemove', draw);
    window.addEventListener('mouseup', finish);
  }
}

/** Where a page's content (inside pdf.js's page border) starts on screen. */
function contentOrigin(div: HTMLElement): { x: number; y: number } {
  const box = div.getBoundingClientRect();
  return { x: box.left + div.clientLeft, y: box.top + div.clientTop };
}

/** Hundredths of a point are far below what anyone can see; rounding keeps records small. */
function roundRect(rect: PdfRect): PdfRect {
  return rect.map((v) => Math.round(v * 100) / 100) as PdfRect;
}

/** Narrows [start, end) of a page text so it neither starts nor ends with white space. */
function trimWhitespace(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}
