/**
 * Which pages have "no text layer": a page that draws an image over most of its area and carries
 * fewer than about 40 characters of its own text. "Its own" excludes lines that repeat on most
 * pages of a document of three or more pages (running heads, GPO print slugs, page numbers), so a
 * scanned annex page whose only text is the Federal Register running head is still flagged.
 *
 * Invariants: pure; page order in = page order out; a page is flagged only when its image
 * coverage was measured (coverage undefined means "plenty of text, not measured").
 */

import type { PageTextStatus } from './types';

export const MIN_OWN_CHARS = 40;
/**
 * "Drawn as an image": images cover at least a fifth of the page and one of them spans at least
 * half its width or height. A full-page scan passes easily; so does a Federal Register annex page
 * whose narrow table image covers 28% of the sheet but 76% of its height; a logo, a signature or
 * a thin banner does not.
 */
export const MIN_IMAGE_COVERAGE = 0.2;
export const MIN_IMAGE_SPAN = 0.5;
/**
 * A scan of a blank sheet hides no text: when at most this share of the page is inked (its only
 * marks being the page's own few characters), the page is not flagged. Scanned text, tables and
 * maps ink far more than this even at thumbnail size.
 */
export const MIN_INK = 0.01;

/** What pdf/imageCoverage.ts measures of a page: both shares are 0..1 of the page. */
export interface ImageMeasure {
  /** Share of the page area painted by images (union). */
  coverage: number;
  /** Largest share of the page's width or height spanned by a single image. */
  span: number;
  /** Share of the page's pixels that are not near-white when rendered small (undefined: not measured). */
  ink?: number;
}

/** Whether images are large enough for the page to count as drawn as an image (ink aside). */
export function isImageSized(image: ImageMeasure): boolean {
  return image.coverage >= MIN_IMAGE_COVERAGE && image.span >= MIN_IMAGE_SPAN;
}
/** A line counts as repeated when it is on at least this share of pages. */
const REPEAT_SHARE = 0.5;
const MIN_PAGES_FOR_REPEATS = 3;

/** A line's identity for repetition: whitespace collapsed, digits generalised (page numbers, dates). */
export function normaliseLine(line: string): string {
  return lineInfo(line).key;
}

export interface LineInfo {
  key: string;
  /** Non-whitespace characters. */
  chars: number;
}

/** Collapses whitespace, trims, turns each run of digits into "#"; counts non-whitespace characters. */
function lineInfo(line: string): LineInfo {
  const collapsed = line.replace(/\s+/g, ' ').trim();
  let spaces = 0;
  for (let i = collapsed.indexOf(' '); i !== -1; i = collapsed.indexOf(' ', i + 1)) spaces++;
  return { key: collapsed.replace(/\d+/g, '#'), chars: collapsed.length - spaces };
}

/** A page's lines, analysed once (import does this while pdf.js extracts the next page). */
export function pageLines(text: string): LineInfo[] {
  return text.split('\n').map(lineInfo);
}

function repeatedKeys(pages: readonly LineInfo[][]): Set<string> {
  const repeated = new Set<string>();
  if (pages.length < MIN_PAGES_FOR_REPEATS) return repeated;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(lines.map((l) => l.key))) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * REPEAT_SHARE));
  for (const [key, count] of counts) if (count >= needed) repeated.add(key);
  return repeated;
}

function ownChars(lines: readonly LineInfo[], repeated: ReadonlySet<string>): number {
  let n = 0;
  for (const line of lines) if (!repeated.has(line.key)) n += line.chars;
  return n;
}

/** Normalised lines that repeat on most pages (empty for documents under three pages). */
export function findRepeatedLines(pageTexts: readonly string[]): Set<string> {
  return repeatedKeys(pageTexts.map(pageLines));
}

/** Non-whitespace characters on the page outside repeated lines. */
export function ownTextLength(text: string, repeated: ReadonlySet<string>): number {
  return ownChars(pageLines(text), repeated);
}

/** Each page's own-text length, reading every line once. */
export function ownTextLengths(pageTexts: readonly string[]): number[] {
  return ownTextLengthsOfLines(pageTexts.map(pageLines));
}

/** Each page's own-text length from lines already analysed with pageLines. */
export function ownTextLengthsOfLines(pages: readonly LineInfo[][]): number[] {
  const repeated = repeatedKeys(pages);
  return pages.map((lines) => ownChars(lines, repeated));
}

export interface PageFlag {
  status: PageTextStatus;
  reason?: string;
}

/** The status of one page from its own-text length and measured images (undefined: not measured). */
export function flagPage(ownChars: number, image: ImageMeasure | undefined): PageFlag {
  const inked = image?.ink === undefined || image.ink > MIN_INK;
  if (image && isImageSized(image) && inked && ownChars < MIN_OWN_CHARS) {
    const pct = Math.round(image.coverage * 100);
    return {
      status: 'no-text-layer',
      reason: `No text layer: an image covers ${pct}% of the page and it has ${ownChars} characters of its own text.`,
    };
  }
  return { status: 'text' };
}
