/**
 * Draws clause highlights over pdf.js page elements from rectangles in PDF coordinates, converted
 * by coordinates.ts for the page's current viewport, so zoom and rotation need no re-anchoring.
 * The layer sits between the canvas and the text layer and takes no pointer events (text stays
 * selectable through it); hover and click are found by hit-testing the rectangles instead.
 *
 * pdf.js empties a page element when it resets it (zoom, rotation, leaving its cache), so
 * `apply` is idempotent and runs after every page render.
 */
import type { AnchorStatus, PdfRect } from '../core/types';
import { pdfRectToView, type ViewportTransform, type ViewRect } from './coordinates';

export interface HighlightSpec {
  clauseId: string;
  colour: string;
  status: AnchorStatus;
  /** Rectangles on this page, PDF user space. */
  rects: PdfRect[];
  /** Read by screen readers and shown as a tooltip: "Prohibition, Sec. 3(b)". */
  title: string;
}

export interface PageViewLike {
  div: HTMLElement;
  viewport: ViewportTransform;
}

const LAYER_CLASS = 'cb-highlights';
const FLASH_CLASS = 'cb-hl-flash';
const FLASH_MS = 1600;

export class HighlightLayer {
  #byPage = new Map<number, HighlightSpec[]>();
  readonly #pageView: (pageIndex: number) => PageViewLike | undefined;
  #flashing: { clauseId: string; until: number } | null = null;

  constructor(pageView: (pageIndex: number) => PageViewLike | undefined) {
    this.#pageView = pageView;
  }

  /** Replaces every highlight (keyed by page index) and redraws the pages that are laid out. */
  set(byPage: Map<number, HighlightSpec[]>): void {
    const before = [...this.#byPage.keys()];
    this.#byPage = byPage;
    for (const page of new Set([...before, ...byPage.keys()])) this.apply(page);
  }

  /** Redraws one page (after pdf.js rendered it) or every page with highlights. */
  apply(pageIndex?: number): void {
    if (pageIndex === undefined) {
      for (const page of this.#byPage.keys()) this.apply(page);
      return;
    }
    const view = this.#pageView(pageIndex);
    if (!view) return;
    // A page pdf.js has not drawn yet gets its highlights when it is (the viewer calls apply then):
    // building them for hundreds of empty page elements would only slow the first paint.
    if (!view.div.querySelector(':scope > .canvasWrapper, :scope > .textLayer')) return;
    const specs = this.#byPage.get(pageIndex) ?? [];
    let layer = view.div.querySelector<HTMLElement>(`:scope > .${LAYER_CLASS}`);
    if (specs.length === 0) {
      layer?.remove();
      return;
    }
    if (!layer) {
      layer = document.createElement('div');
      layer.className = LAYER_CLASS;
    }
    // Between the canvas and the text layer: visible under transparent text, never on top of it.
    const textLayer = view.div.querySelector(':scope > .textLayer');
    if (textLayer && layer.nextElementSibling !== textLayer) view.div.insertBefore(layer, textLayer);
    else if (!textLayer && layer.parentElement !== view.div) view.div.append(layer);
    layer.replaceChildren(...specs.flatMap((spec) => this.#elements(spec, view.viewport)));
  }

  #elements(spec: HighlightSpec, viewport: ViewportTransform): HTMLElement[] {
    const flashing = this.#flashing && this.#flashing.clauseId === spec.clauseId && this.#flashing.until > Date.now();
    return spec.rects.map((rect) => {
      const [l, t, r, b] = pdfRectToView(rect, viewport);
      const el = document.createElement('div');
      el.className = `cb-hl cb-hl-${spec.status}${flashing ? ` ${FLASH_CLASS}` : ''}`;
      el.dataset.clauseId = spec.clauseId;
      el.title = spec.title;
      // CSSOM, not a style attribute: allowed by the page's strict CSP.
      Object.assign(el.style, { left: `${l}px`, top: `${t}px`, width: `${r - l}px`, height: `${b - t}px`, backgroundColor: spec.colour });
      return el;
    });
  }

  /** The clause whose highlight covers a point given in page-view CSS pixels, if any. */
  hitTest(pageIndex: number, x: number, y: number): string | undefined {
    const view = this.#pageView(pageIndex);
    if (!view) return undefined;
    for (const spec of this.#byPage.get(pageIndex) ?? []) {
      for (const rect of spec.rects) {
        const [l, t, r, b]: ViewRect = pdfRectToView(rect, view.viewport);
        if (x >= l && x <= r && y >= t && y <= b) return spec.clauseId;
      }
    }
    return undefined;
  }

  /** Pages (indexes) on which a clause has highlights, in order. */
  pagesOf(clauseId: string): number[] {
    return [...this.#byPage.entries()]
      .filter(([, specs]) => specs.some((s) => s.clauseId === clauseId))
      .map(([p]) => p)
      .sort((a, b) => a - b);
  }

  /** Makes a clause's highlights blink for a moment (after "go to clause"). */
  flash(clauseId: string): void {
    this.#flashing = { clauseId, until: Date.now() + FLASH_MS };
    for (const page of this.pagesOf(clauseId)) this.apply(page);
    setTimeout(() => {
      if (this.#flashing?.clauseId !== clauseId) return;
      this.#flashing = null;
      for (const page of this.pagesOf(clauseId)) this.apply(page);
    }, FLASH_MS);
  }
}
