/**
 * The viewer's place for its clause layer: empty until the document's stored text arrives, then
 * one ClauseLayer; enabled again (the text arrived anew), the layer is replaced, its listeners
 * removed, its marks and area mode kept. Everything else reads through to the current layer.
 */
import { ClauseLayer, type ClauseLayerOptions, type ClauseMark, type SelectionTarget } from './clauseLayer';
import type { PageViewLike } from './highlightLayer';

/** What the clause layer needs besides the viewer's own pages: the stored text and the callbacks. */
export type ClauseLayerSetup = Omit<ClauseLayerOptions, 'container' | 'pageView'>;

export class ClauseLayerSlot {
  #layer: ClauseLayer | null = null;
  #abort: AbortController | null = null;
  readonly #container: HTMLElement;
  readonly #pageView: (pageIndex: number) => PageViewLike | undefined;
  readonly #viewerSignal: AbortSignal;

  constructor(container: HTMLElement, pageView: (pageIndex: number) => PageViewLike | undefined, viewerSignal: AbortSignal) {
    this.#container = container;
    this.#pageView = pageView;
    this.#viewerSignal = viewerSignal;
  }

  enable(setup: ClauseLayerSetup): void {
    this.#abort?.abort();
    const own = new AbortController();
    this.#abort = own;
    const previous = this.#layer;
    this.#layer = new ClauseLayer(
      { ...setup, container: this.#container, pageView: this.#pageView },
      AbortSignal.any([this.#viewerSignal, own.signal]),
    );
    if (previous) {
      this.#layer.areaMode = previous.areaMode;
      this.#layer.setMarks(previous.marks);
    }
  }

  setMarks(marks: ClauseMark[]): void {
    this.#layer?.setMarks(marks);
  }
  readSelection(): SelectionTarget | null {
    return this.#layer?.readSelection() ?? null;
  }
  set areaMode(on: boolean) {
    if (this.#layer) this.#layer.areaMode = on;
  }
  flash(clauseId: string): void {
    this.#layer?.flash(clauseId);
  }
  pageRendered(pageIndex: number): void {
    this.#layer?.pageRendered(pageIndex);
  }
  redrawAll(): void {
    this.#layer?.redrawAll();
  }
}
