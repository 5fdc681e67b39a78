/**
 * Marks laid over pdf.js page elements: a badge ("No text layer") and, for a page pdf.js cannot
 * draw, a placeholder that says why. pdf.js empties a page element whenever it resets it (zoom,
 * rotation, leaving its render cache), so `apply` is idempotent and runs after such events.
 */
const BADGE_CLASS = 'cb-page-badge';
const ERROR_CLASS = 'cb-page-error';

export class PageDecorations {
  readonly #badges = new Map<number, string>();
  readonly #errors = new Map<number, string>();
  readonly #pageDiv: (pageNumber: number) => HTMLElement | undefined;

  constructor(pageDiv: (pageNumber: number) => HTMLElement | undefined) {
    this.#pageDiv = pageDiv;
  }

  setBadges(badges: ReadonlyMap<number, string>): void {
    this.#badges.clear();
    for (const [page, text] of badges) this.#badges.set(page, text);
    this.apply();
  }

  /** Remembers why a page could not be drawn; returns false when it was already known. */
  setError(pageNumber: number, reason: string): boolean {
    if (this.#errors.has(pageNumber)) return false;
    this.#errors.set(pageNumber, reason);
    this.apply();
    return true;
  }

  hasError(pageNumber: number): boolean {
    return this.#errors.has(pageNumber);
  }

  apply(): void {
    for (const [page, text] of this.#badges) this.#ensure(page, BADGE_CLASS, text);
    for (const [page, reason] of this.#errors) {
      this.#ensure(page, ERROR_CLASS, `Page ${page} could not be displayed: ${reason}`);
    }
  }

  #ensure(pageNumber: number, className: string, text: string): void {
    const div = this.#pageDiv(pageNumber);
    if (!div) return;
    let el = div.querySelector<HTMLElement>(`:scope > .${className}`);
    if (!el) {
      el = document.createElement('div');
      el.className = className;
      div.append(el);
    }
    if (el.textContent !== text) el.textContent = text;
  }
}
