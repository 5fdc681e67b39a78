/**
 * Printed page numbers found in each page's stored text, for documents whose PDF has no page
 * labels: the Federal Register page in the running head ("35394 Federal Register / Vol. 90 ..."),
 * slip-opinion folios ("3Cite as: 569 U. S. ____ (2013)" over "Opinion of the Court"), "Page 3
 * of 17" footers, "- 3 -" folios and book running heads ("INTRODUCTION 3", "xiv PREFACE").
 *
 * Only the first and last few lines of a page are looked at (that is where heads and feet are).
 * A weak candidate (a bare number, a number beside a running head) is kept only when a nearby
 * page carries a candidate of the same kind that counts on in step with the page index, so line
 * numbers of pleading paper, table cells or a table of contents are not taken for folios. Strong
 * forms (a Federal Register head, "Page n of m", "(Slip Opinion)") stand on their own.
 *
 * Invariants: pure; one entry per input page, in order; null where nothing was found; a page is
 * given a number only from its own text, except a gap of at most MAX_GAP pages inside a run
 * whose neighbours agree (numbers a book leaves off chapter openings), marked `inferred`.
 */

export type PrintedPageKind = 'federal-register' | 'slip-opinion' | 'page-of' | 'folio';

export interface PrintedPage {
  /** The number as printed: "35394", "5", "xiv". */
  label: string;
  kind: PrintedPageKind;
  /** Federal Register volume named by the running head ("Vol. 90"). */
  volume?: number;
  /** Part of a document numbered on its own ("Syllabus", "Opinion of the Court"). */
  section?: string;
  /** True when the page prints no number but sits inside a run whose neighbours agree. */
  inferred?: boolean;
}

interface Candidate extends PrintedPage {
  value: number;
  roman: boolean;
  strong: boolean;
  /** Lower wins when a page has several accepted candidates. */
  rank: number;
}

const HEAD_LINES = 4;
const FOOT_LINES = 3;
/** How far (in pages) a confirming neighbour may be. */
const NEIGHBOUR_REACH = 3;
export const MAX_GAP = 2;

const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a lower- or upper-case roman numeral, or undefined. */
export function romanValue(text: string): number | undefined {
  const s = text.toLowerCase();
  if (!s || !ROMAN.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = value;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** GPO production slugs and graphics tags sit below the folio in Federal Register prints. */
const SLUG = /^(VerDate |.* with PRESDOC|.*<\/GPH>$|Jkt \d)/;
/** Autolinked URLs some books print beside every folio ("xiii<http://free-culture.org/get-it>"). */
const TRAILING_URL = /<https?:\/\/[^>]*>$/;
const RULE_ONLY = /^[\s_\-—–=.·*]+$/;
const SLIP_SECTION =
  /^(Syllabus|Per Curiam|Opinion of (?:the Court|[A-Z]+, (?:C\. )?J\.)|[A-Z]+, (?:C\. )?J\., (?:concurring|dissenting).*|Appendix.*|Statement of .+)$/;

function cleanLines(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.replace(TRAILING_URL, '').replace(/\s+/g, ' ').trim())
    .filter((l) => l && !RULE_ONLY.test(l) && !SLUG.test(l));
  // Pleading paper numbers its lines 1..28 down the margin; they come out first. Drop the run.
  let run = 0;
  while (run < lines.length && lines[run] === String(run + 1)) run++;
  return run >= 5 ? lines.slice(run) : lines;
}

function numberOf(token: string): { value: number; roman: boolean } | undefined {
  if (/^\d{1,6}$/.test(token)) return { value: Number(token), roman: false };
  const r = romanValue(token);
  return r === undefined ? undefined : { value: r, roman: true };
}

/** Candidates on one line; `next` are the lines after it (for sections and split FR heads). */
function lineCandidates(line: string, next: string[], atEdge: boolean): Candidate[] {
  const out: Candidate[] = [];
  const add = (label: string, kind: PrintedPageKind, strong: boolean, rank: number, extra: Partial<PrintedPage> = {}) => {
    const n = numberOf(label);
    if (n && n.value > 0) out.push({ label, kind, strong, rank, ...n, ...extra });
  };
  const fr = /^(\d{1,6}) ?Federal Register \/ Vol\. (\d+)/.exec(line) ?? /^Federal Register \/ Vol\. (\d+).* (\d{1,6})$/.exec(line);
  if (fr) {
    const [page, vol] = line.startsWith('Federal') ? [fr[2], fr[1]] : [fr[1], fr[2]];
    add(page as string, 'federal-register', true, 0, { volume: Number(vol) });
    return out;
  }
  if (/^\d{1,6}$/.test(line) && next[0] === 'Federal Register') {
    const vol = next
      .slice(1, 3)
      .map((l) => /^Vol\. (\d+)/.exec(l)?.[1])
      .find(Boolean);
    add(line, 'federal-register', true, 0, vol ? { volume: Number(vol) } : {});
    return out;
  }
  // "Page 3 of 17", a PACER stamp's "Page: 3", or a line that is only "Page 3"; not prose.
  const pageOf = /\bPage(:?) (\d{1,5})(?: of (\d{1,5}))?\b/.exec(line);
  if (pageOf && (pageOf[1] || pageOf[3] || /^Page \d+$/.test(line))) {
    const strong = !!pageOf[3] && Number(pageOf[2]) <= Number(pageOf[3]);
    add(pageOf[2] as string, 'page-of', strong, strong ? 1 : 4);
  }
  const slip = /^(\d{1,4}) ?(\(Slip Opinion\)|Cite as:|[A-Z][A-Z.,'’& -]+ v\. [A-Z])/.exec(line);
  if (slip) {
    const section = next[0] && SLIP_SECTION.test(next[0]) ? next[0] : undefined;
    add(slip[1] as string, 'slip-opinion', slip[2] === '(Slip Opinion)', 2, section ? { section } : {});
    return out;
  }
  const dashed = /^[-–—] ?(\d{1,4}) ?[-–—]$/.exec(line);
  if (dashed) add(dashed[1] as string, 'folio', false, 3);
  // A folio beside an all-capitals running head: "2 FREE CULTURE", "INTRODUCTION 3", "xiv PREFACE".
  const lead = /^(\d{1,4}|[ivxlcdm]{1,7}) ([^a-z\d]{3,60})$/.exec(line);
  if (lead && /[A-Z]/.test(lead[2] as string)) add(lead[1] as string, 'folio', false, 5);
  const trail = /^([^a-z\d]{3,60}) (\d{1,4}|[ivxlcdm]{1,7})$/.exec(line);
  if (trail && /[A-Z]/.test(trail[1] as string)) add(trail[2] as string, 'folio', false, 5);
  if (atEdge && /^(\d{1,4}|[ivxlcdm]{1,7})$/.test(line)) add(line, 'folio', false, 6);
  return out;
}

function pageCandidates(text: string): Candidate[] {
  const lines = cleanLines(text);
  const out: Candidate[] = [];
  const head = Math.min(HEAD_LINES, lines.length);
  const scan = (i: number) => out.push(...lineCandidates(lines[i] as string, lines.slice(i + 1, i + 4), i === 0 || i === lines.length - 1));
  for (let i = 0; i < head; i++) scan(i);
  for (let i = Math.max(head, lines.length - FOOT_LINES); i < lines.length; i++) scan(i);
  return out;
}

function sameSeries(a: Candidate, b: Candidate): boolean {
  return a.kind === b.kind && a.roman === b.roman && a.section === b.section;
}

export function detectPrintedPages(pageTexts: readonly string[]): (PrintedPage | null)[] {
  const candidates = pageTexts.map(pageCandidates);
  const accepted: (Candidate | null)[] = candidates.map((list, i) => {
    const confirmed = list.filter(
      (c) =>
        c.strong ||
        candidates.some((other, j) => {
          if (j === i || Math.abs(j - i) > NEIGHBOUR_REACH) return false;
          return other.some((d) => sameSeries(c, d) && d.value - c.value === j - i);
        }),
    );
    confirmed.sort((a, b) => a.rank - b.rank);
    return confirmed[0] ?? null;
  });
  fillGaps(accepted);
  return accepted.map((c) => (c ? publicPage(c) : null));
}

function publicPage(c: Candidate): PrintedPage {
  const page: PrintedPage = { label: c.label, kind: c.kind };
  if (c.volume !== undefined) page.volume = c.volume;
  if (c.section !== undefined) page.section = c.section;
  if (c.inferred) page.inferred = true;
  return page;
}

/** Fills short gaps whose two neighbours are of one series and agree with the page index. */
function fillGaps(pages: (Candidate | null)[]): void {
  let last = -1;
  for (let i = 0; i < pages.length; i++) {
    const here = pages[i];
    if (!here || here.inferred) continue;
    const before = last >= 0 ? pages[last] : null;
    const gap = i - last - 1;
    if (before && gap > 0 && gap <= MAX_GAP && sameSeries(before, here) && here.value - before.value === i - last) {
      for (let k = 1; k <= gap; k++) {
        const value = before.value + k;
        const label = before.roman ? toRoman(value) : String(value);
        pages[last + k] = { ...before, label, value, inferred: true, strong: false };
      }
    }
    last = i;
  }
}
