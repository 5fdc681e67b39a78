/**
 * Deterministic input for the anchoring figure of `npm run bench` (and its tests): a long
 * legal-ish document, thousands of clauses described on it, and a new version of the document
 * (a page inserted near the front, ~1% of words changed or removed, some clauses' passages
 * deleted) together with where each clause's words now are, so results can be scored against
 * the truth (anchorScore.ts). Pure: no DOM, no I/O.
 */
import { describeRange } from '../core/anchoring/describeRange';
import type { AnchorableTarget } from '../core/anchoring/anchorTarget';
import { PAGE_SEPARATOR, joinDocumentText, pageIndexAtOffset, pageStartOffsets } from '../core/documentText';

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

// A grammar rather than a phrase list: legal text repeats its formulas ("unless an exemption
// under paragraph (b) applies"), but whole sentences rarely recur, and a bench built from a few
// dozen fixed phrases would mostly measure how often identical passages collide.
const DETERMINERS = ['The', 'Each', 'Any', 'Every', 'A'];
const ROLES = [
  'Secretary', 'Under Secretary for Industry and Security', 'Bureau', 'licensing officer',
  'covered developer', 'exporter', 'applicant', 'foreign national', 'cloud provider', 'Committee',
  'Attorney General', 'reviewing agency', 'compliance officer', 'data centre operator',
  'research institution', 'end user', 'consignee', 'manufacturer', 'recipient', 'auditor',
  'Director of National Intelligence', 'Secretary of State', 'contracting officer', 'registrant',
];
const ROLE_ADJECTIVES = ['designated', 'registered', 'qualified', 'affected', 'principal', 'responsible', 'authorised'];
const MODALS = ['shall', 'may', 'shall not', 'must', 'may not', 'is required to', 'is authorised to', 'should', 'will'];
const VERBS = [
  'submit', 'maintain', 'obtain', 'review', 'publish', 'restrict', 'certify', 'disclose', 'retain',
  'audit', 'suspend', 'request', 'provide', 'revoke', 'approve', 'deny', 'document', 'verify',
  'assess', 'evaluate', 'register', 'designate', 'transmit', 'encrypt', 'store', 'delete', 'renew',
  'amend', 'consider', 'investigate', 'record', 'monitor', 'establish', 'limit', 'inspect',
];
const NOUNS = [
  'weights', 'model', 'licence', 'application', 'report', 'record', 'transfer', 'technology',
  'dataset', 'evaluation', 'system', 'facility', 'cluster', 'assessment', 'agreement',
  'certification', 'notice', 'request', 'determination', 'exemption', 'audit', 'disclosure',
  'inventory', 'safeguard', 'procedure', 'plan', 'schedule', 'threshold', 'parameter',
  'checkpoint', 'benchmark', 'contract', 'waiver', 'appeal', 'finding', 'registry', 'log',
  'architecture', 'deployment', 'shipment', 'component', 'service', 'account', 'credential',
];
const ADJECTIVES = [
  'covered', 'controlled', 'frontier', 'dual-use', 'foreign', 'domestic', 'annual', 'quarterly',
  'written', 'final', 'interim', 'proposed', 'prior', 'relevant', 'sensitive', 'classified',
  'commercial', 'academic', 'technical', 'physical', 'encrypted', 'proprietary', 'open-weight',
  'supplementary', 'consolidated', 'independent', 'emergency', 'temporary', 'general',
];
const EVENTS = ['the effective date', 'receipt of the request', 'the date of the transfer', 'publication of this rule', 'the determination', 'notice from the Bureau'];
const QUALIFIERS = [
  'within {n} days of {event}', 'in accordance with section {s}({l})', 'under section {s}({l})({r})',
  'unless an exemption under paragraph ({l}) applies', 'wherever that person is located',
  'to the extent permitted by law', 'as determined by the {role}', 'before {month} {d}, 20{yy}',
  'notwithstanding any other provision of this {unit}', 'subject to the limits in subsection ({l})',
  'for each reporting period ending after {month} {d}', 'except as provided in § {p}.{n}({l})',
  'on a form prescribed by the Bureau', 'in consultation with the {role}', 'pursuant to {t} U.S.C. {c}',
  'no later than {n} days after {event}', 'for any model trained using more than 10^{e} operations',
  'as amended on {month} {d}, 20{yy}', 'within the meaning of § {p}.{n}', 'at least once every {n} months',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS = ['order', 'part', 'section', 'subchapter', 'rule'];
const HEADINGS = [
  'Purpose', 'Definitions', 'Restrictions', 'Licences', 'Reports', 'Review', 'Exemptions',
  'Enforcement', 'Penalties', 'Records', 'Appeals', 'General Provisions', 'Coordination',
  'Scope', 'Applicability', 'Compliance', 'Delegation', 'Severability', 'Transition',
];
/** Words an edit may put in place of another. */
const REPLACEMENTS = [
  'agency', 'person', 'licence', 'report', 'model', 'export', 'notice', 'record', 'section',
  'promptly', 'reasonable', 'written', 'federal', 'annual', 'material', 'covered', 'foreign',
];
const LETTERS = 'abcdefghij';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];

function actor(r: Random, start: boolean): string {
  const det = pick(r, DETERMINERS);
  const words = `${r() < 0.3 ? `${pick(r, ROLE_ADJECTIVES)} ` : ''}${pick(r, ROLES)}`;
  const a = `${det === 'A' && /^[aeiou]/i.test(words) ? 'An' : det} ${words}`;
  return start ? a : a[0]!.toLowerCase() + a.slice(1);
}

function thing(r: Random): string {
  const adj = r() < 0.6 ? `${pick(r, ADJECTIVES)} ` : '';
  const core = `the ${adj}${pick(r, NOUNS)}`;
  return r() < 0.5 ? `${core} of ${r() < 0.5 ? 'any' : 'each'} ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}` : core;
}

function qualifier(r: Random): string {
  return pick(r, QUALIFIERS)
    .replace('{n}', String(int(r, 2, 180)))
    .replace('{d}', String(int(r, 1, 28)))
    .replace('{s}', String(int(r, 1, 99)))
    .replace(/\{l\}/g, () => pick(r, [...LETTERS]))
    .replace('{r}', pick(r, ROMAN))
    .replace(/\{month\}/g, () => pick(r, MONTHS))
    .replace(/\{yy\}/g, () => String(int(r, 26, 35)))
    .replace('{p}', String(int(r, 700, 799)))
    .replace('{t}', String(int(r, 5, 50)))
    .replace('{c}', String(int(r, 100, 4999)))
    .replace('{e}', String(int(r, 23, 27)))
    .replace('{event}', pick(r, EVENTS))
    .replace('{role}', pick(r, ROLES))
    .replace('{unit}', pick(r, UNITS));
}

function sentence(r: Random): string {
  const q = qualifier(r);
  switch (int(r, 0, 5)) {
    case 0:
      return `${actor(r, true)} ${pick(r, MODALS)} ${pick(r, VERBS)} ${thing(r)} ${q}.`;
    case 1:
      return `${q[0]!.toUpperCase()}${q.slice(1)}, ${actor(r, false)} ${pick(r, MODALS)} ${pick(r, VERBS)} ${thing(r)}.`;
    case 2:
      return `If ${actor(r, false)} ${pick(r, VERBS)}s ${thing(r)}, ${actor(r, false)} ${pick(r, MODALS)} ${pick(r, VERBS)} ${thing(r)} ${q}.`;
    case 3:
      return `The term "${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}" means ${thing(r)} ${q}.`;
    case 4:
      return `Nothing in this ${pick(r, UNITS)} shall ${pick(r, VERBS)} ${thing(r)} ${q}.`;
    default:
      return `${actor(r, true)} ${pick(r, MODALS)} ${pick(r, VERBS)} ${thing(r)} and ${pick(r, VERBS)} ${thing(r)} ${q}.`;
  }
}

/** Wraps a paragraph into lines of about `width` characters, as pdf.js ends lines with "\n". */
function wrap(r: Random, text: string, width: number): string {
  const words = text.split(' ');
  let line = '';
  let out = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      // Now and then a long word is hyphenated across the line end, as typeset text is.
      if (w.length >= 9 && r() < 0.15) {
        const cut = int(r, 3, w.length - 4);
        out += `${line} ${w.slice(0, cut)}-\n`;
        line = w.slice(cut);
        continue;
      }
      out += line + '\n';
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  return out + line + '\n';
}

/**
 * `count` pages of legal-ish text (~3,000 characters each: a running head, numbered sections of
 * lettered paragraphs wrapped at ~80 characters, a page number). Deterministic in `seed`.
 */
export function generatePages(count: number, seed: number, firstSection = 1): string[] {
  const r = seededRandom(seed);
  const pages: string[] = [];
  let section = firstSection;
  let letter = 0;
  for (let p = 0; p < count; p++) {
    let page = 'EXPORT CONTROLS ON ADVANCED AI MODELS — ILLUSTRATIVE STUDY TEXT\n';
    while (page.length < 2900) {
      if (letter === 0 || r() < 0.12) {
        page += `Sec. ${section}. ${pick(r, HEADINGS)}.\n`;
        section++;
        letter = 0;
      }
      const paragraph = Array.from({ length: int(r, 1, 3) }, () => sentence(r)).join(' ');
      page += wrap(r, `(${LETTERS[letter % LETTERS.length]}) ${paragraph}`, int(r, 72, 88));
      letter++;
    }
    pages.push(page + `Page ${p + 1}\n`);
  }
  return pages;
}

/** A range of the document text a clause covers. */
export interface TextRange {
  start: number;
  end: number;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * `count` passages of `docText` that start and end on whole words: mostly 30-400 characters,
 * one in twenty 8-20 (a label, a defined term). Deterministic in `seed`; ranges may overlap.
 */
export function pickPassages(docText: string, count: number, seed: number): TextRange[] {
  const r = seededRandom(seed);
  const out: TextRange[] = [];
  let guard = 0;
  while (out.length < count && guard++ < count * 20) {
    let start = Math.floor(r() * docText.length);
    while (start < docText.length && !(isWordChar(docText[start]) && !isWordChar(docText[start - 1]))) start++;
    const length = r() < 0.05 ? int(r, 8, 20) : int(r, 30, 400);
    let end = Math.min(docText.length, start + length);
    while (end < docText.length && isWordChar(docText[end])) end++;
    while (end > start && !isWordChar(docText[end - 1])) end--;
    if (end - start < 8) continue;
    out.push({ start, end });
  }
  return out;
}

/** Where a clause's words are in the edited document, or that they are all gone. */
export type ClauseTruth = { removed: true } | { removed: false; start: number; end: number };

export interface EditOptions {
  seed: number;
  /** Index the new page takes; its text (without separator). */
  insertAt: number;
  insertedPage: string;
  /** Share of words replaced by another word, and share removed. */
  changeRate: number;
  removeRate: number;
  /** Ranges deleted whole (their page separators survive, so pages are not merged). */
  deleteRanges: readonly TextRange[];
}

/**
 * A new version of `pages` with the edits of `options`, and for each of `ranges` (offsets in
 * the old document text) the truth: the span, in the new text, from the first to the last of its
 * characters still there (a replaced word counting as still there; whitespace at the ends left
 * out), or removed when none of its letters or digits survive unreplaced.
 */
export function editDocument(
  pages: readonly string[],
  ranges: readonly TextRange[],
  options: EditOptions,
): { pages: string[]; truth: ClauseTruth[] } {
  const r = seededRandom(options.seed);
  const old = joinDocumentText(pages);
  const starts = pageStartOffsets(pages);
  const deleted = new Uint8Array(old.length);
  for (const d of options.deleteRanges) deleted.fill(1, d.start, d.end);

  // For each old character: where its content starts and ends in the new text (-1: gone), and
  // whether it survived unchanged.
  const newStart = new Int32Array(old.length).fill(-1);
  const newEnd = new Int32Array(old.length).fill(-1);
  const kept = new Uint8Array(old.length);
  const out: string[] = [];
  let length = 0;
  const emit = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const insertBefore = options.insertAt < pages.length ? starts[options.insertAt]! : -1;
  const word = /[\p{L}\p{N}]+/uy;
  let i = 0;
  let inserted = false;
  while (i < old.length) {
    if (i >= insertBefore && !inserted && insertBefore >= 0) {
      emit(options.insertedPage + PAGE_SEPARATOR);
      inserted = true;
    }
    const c = old[i]!;
    if (deleted[i] && c !== PAGE_SEPARATOR) {
      i++;
      continue;
    }
    word.lastIndex = i;
    const m = word.exec(old);
    if (!m) {
      newStart[i] = length;
      newEnd[i] = length + 1;
      kept[i] = 1;
      emit(c);
      i++;
      continue;
    }
    // A word (cut short where a deletion begins inside it).
    let end = i + m[0].length;
    for (let k = i; k < end; k++) {
      if (deleted[k]) {
        end = k;
        break;
      }
    }
    const w = old.slice(i, end);
    const roll = r();
    if (roll < options.removeRate) {
      // Gone: its characters map nowhere.
    } else if (roll < options.removeRate + options.changeRate) {
      let replacement = pick(r, REPLACEMENTS);
      if (replacement === w.toLowerCase()) replacement = `${replacement}s`;
      const s = length;
      emit(replacement);
      for (let k = i; k < end; k++) {
        newStart[k] = s;
        newEnd[k] = length;
      }
    } else {
      for (let k = i; k < end; k++) {
        newStart[k] = length + (k - i);
        newEnd[k] = length + (k - i) + 1;
        kept[k] = 1;
      }
      emit(w);
    }
    i = end;
  }
  if (!inserted) emit(PAGE_SEPARATOR + options.insertedPage);
  const text = out.join('');

  const truth = ranges.map((range): ClauseTruth => {
    let first = -1;
    let last = -1;
    let survives = false;
    for (let k = range.start; k < range.end; k++) {
      if (newStart[k] === -1 || /\s/.test(old[k]!)) continue;
      if (first === -1) first = k;
      last = k;
      if (kept[k] && isWordChar(old[k])) survives = true;
    }
    return survives ? { removed: false, start: newStart[first]!, end: newEnd[last]! } : { removed: true };
  });
  return { pages: text.split(PAGE_SEPARATOR), truth };
}

export interface BenchClause {
  target: AnchorableTarget;
  /** The clause's range in the original document text. */
  range: TextRange;
}

export interface AnchorBenchData {
  pages: string[];
  clauses: BenchClause[];
  edited: { pages: string[]; truth: ClauseTruth[] };
}

/**
 * The bench input: `pageCount` pages, `clauseCount` clauses described on them (W3C selectors,
 * as the app stores them), and the edited version with its truth: one page inserted at index 2,
 * 0.8% of words changed and 0.2% removed, and one clause in fifty deleted with its passage.
 * Deterministic in `seed`.
 */
export function makeAnchorBench(pageCount = 500, clauseCount = 5000, seed = 20260417): AnchorBenchData {
  const pages = generatePages(pageCount, seed);
  const text = joinDocumentText(pages);
  const starts = pageStartOffsets(pages);
  const ranges = pickPassages(text, clauseCount, seed + 1);
  const clauses = ranges.map((range): BenchClause => {
    const pageIndex = pageIndexAtOffset(starts, range.start);
    return { target: { ...describeRange(text, range.start, range.end), pageIndex }, range };
  });
  const r = seededRandom(seed + 2);
  const deleteRanges = ranges.filter(() => r() < 0.02);
  const inserted = generatePages(1, seed + 3, 900)[0]!;
  const edited = editDocument(pages, ranges, {
    seed: seed + 4,
    insertAt: Math.min(2, pageCount),
    insertedPage: inserted,
    changeRate: 0.008,
    removeRate: 0.002,
    deleteRanges,
  });
  return { pages, clauses, edited };
}
