/**
 * What a user may type into the reader's Page field, and which pages it means. A plain number is
 * a page index ("12") and also any page printed or labelled so; "90 FR 35394" and "35394" find a
 * Federal Register page; "slip op. at 5" a slip-opinion page (the Court's opinion first); "#12"
 * is the index only; "xiv" or "A-3" match the PDF's own page labels or printed folios.
 *
 * Invariants: pure; results are distinct 1-based page numbers within 1..pageCount, best first
 * (the index, then labels in page order, except slip opinions: the opinion of the Court first).
 */
import type { PrintedPage } from './printedPages';

export interface PageLabels {
  /** The PDF's own page labels (its PageLabels tree), one per page, or null when it has none. */
  pdf: readonly string[] | null;
  /** Printed numbers found in the stored text, one per page (null where none was found). */
  printed: readonly (PrintedPage | null)[];
}

export const NO_LABELS: PageLabels = { pdf: null, printed: [] };

export interface PageMatch {
  pageNumber: number;
  /** "p. 9 (Opinion of the Court, 5)": the index and what the page is called. */
  description: string;
}

/** The PDF's own label of a page, unless it merely repeats the index. */
function pdfLabel(labels: PageLabels, pageIndex: number): string | null {
  const label = labels.pdf?.[pageIndex];
  return label && label !== String(pageIndex + 1) ? label : null;
}

/** What a page is called beside its index: "90 FR 35394", "xiv", "Syllabus, 3"; null when nothing. */
/** A page's printed name for display; null when it has none or it only repeats the page number. */
export function describePageLabel(labels: PageLabels, pageIndex: number): string | null {
  const label = rawPageLabel(labels, pageIndex);
  return label === String(pageIndex + 1) ? null : label;
}

function rawPageLabel(labels: PageLabels, pageIndex: number): string | null {
  const own = pdfLabel(labels, pageIndex);
  if (own) return own;
  const printed = labels.printed[pageIndex];
  if (!printed) return null;
  if (printed.kind === 'federal-register') return printed.volume ? `${printed.volume} FR ${printed.label}` : `FR ${printed.label}`;
  if (printed.section) return `${printed.section}, ${printed.label}`;
  return printed.label;
}

export function describePage(labels: PageLabels, pageNumber: number): string {
  const label = describePageLabel(labels, pageNumber - 1);
  return label ? `p. ${pageNumber} (${label})` : `p. ${pageNumber}`;
}

type Query =
  | { kind: 'index'; index: number }
  | { kind: 'federal-register'; label: string; volume?: number }
  | { kind: 'slip-opinion'; label: string }
  | { kind: 'any'; label: string };

function parseQuery(raw: string): Query | null {
  const q = raw.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!q) return null;
  let m = /^(?:#|index ?)(\d+)$/.exec(q);
  if (m) return { kind: 'index', index: Number(m[1]) };
  m = /^(?:(\d+) ?)?f\.? ?r\.? ?(\d+)$/.exec(q);
  if (m) return { kind: 'federal-register', label: String(Number(m[2])), ...(m[1] ? { volume: Number(m[1]) } : {}) };
  m = /^slip op\.?,? ?(?:at )?(\S+)$/.exec(q);
  if (m) return { kind: 'slip-opinion', label: m[1] as string };
  m = /^(?:at|p\.|pp\.|page) ?(\S+)$/.exec(q);
  return { kind: 'any', label: m ? (m[1] as string) : q };
}

const sameLabel = (a: string | null | undefined, b: string) => !!a && a.toLowerCase() === b;

export function resolvePageQuery(raw: string, labels: PageLabels, pageCount: number): PageMatch[] {
  const query = parseQuery(raw);
  if (!query) return [];
  const pages: number[] = [];
  const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= pageCount;
  if (query.kind === 'index') {
    if (inRange(query.index)) pages.push(query.index);
  } else if (query.kind === 'federal-register') {
    labels.printed.forEach((p, i) => {
      if (
        p?.kind === 'federal-register' &&
        p.label === query.label &&
        (query.volume === undefined || p.volume === undefined || p.volume === query.volume)
      )
        pages.push(i + 1);
    });
  } else if (query.kind === 'slip-opinion') {
    const hits = labels.printed.flatMap((p, i) => (p?.kind === 'slip-opinion' && p.label === query.label ? [{ i, p }] : []));
    const court = (s?: string) => (s === 'Opinion of the Court' || s === 'Per Curiam' ? 0 : 1);
    hits.sort((a, b) => court(a.p.section) - court(b.p.section) || a.i - b.i);
    pages.push(...hits.map((h) => h.i + 1));
  } else {
    if (/^\d+$/.test(query.label) && inRange(Number(query.label))) pages.push(Number(query.label));
    for (let i = 0; i < pageCount; i++) {
      if (sameLabel(labels.pdf?.[i], query.label) || sameLabel(labels.printed[i]?.label, query.label)) pages.push(i + 1);
    }
  }
  return [...new Set(pages)].filter(inRange).map((n) => ({ pageNumber: n, description: describePage(labels, n) }));
}
