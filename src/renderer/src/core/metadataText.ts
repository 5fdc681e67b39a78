/**
 * Text helpers for the metadata proposer (metadata.ts): cleaning extracted page text into lines,
 * finding dates, and turning shouted captions into readable titles. Pure functions, no state.
 */

/** At most this much of each page is examined: captions and headings sit at the top. */
const MAX_PAGE_CHARS = 20_000;

/**
 * Lines that are artefacts of print production or page layout, never content: GPO "VerDate"
 * slugs and operator stamps, graphics markers, FR filing trailers, pleading-paper line numbers,
 * CM/ECF header stamps.
 */
const NOISE_LINE = [
  /^VerDate\b/,
  /^[a-z][\w.]* on [A-Z0-9]*\d[A-Z0-9]* with [\w-]+$/,
  /<\/?GPH>|\.EPS\b/i,
  /^\[FR Doc\./,
  /^Filed \d{1,2}[-/]\d{1,2}[-/]\d{2,4};/,
  /^Billing code\b/i,
  /^\d{1,3}$/,
  /^Case:? \S+ +Document:? \S+/,
  /^\(?Page \d+ of \d+\)?$/i,
];

/** Unicode tidy-up shared by every rule: ligatures, dashes between digits, spacing. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/(\d)[\u2010-\u2013\u2212](?=\d)/g, '$1-')
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

/** One page's text as trimmed, non-empty, non-noise lines. */
export function contentLines(pageText: string): string[] {
  return normalizeText(pageText.slice(0, MAX_PAGE_CHARS))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !NOISE_LINE.some((re) => re.test(l)));
}

/** Joins lines into one string, undoing end-of-line hyphenation ("deploy-\nment"). */
export function joinLines(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/([a-z])-\n([a-z])/g, '$1$2')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const ORD = '(?:st|nd|rd|th)?';

/** Source of one date pattern; the alternatives are tried in this order by parseDate. */
export const DATE_PATTERN = [
  `${MONTH}\\.? (\\d{1,2})${ORD},? (\\d{4})`,
  `(\\d{1,2})${ORD} (?:day of )?${MONTH}\\.?,? (\\d{4})`,
  `(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?!\\d)`,
  `(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`,
].join('|');

function iso(year: number, month: number, day: number): string {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return '';
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return '';
  return d.toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Parses a date at the start of `text` (see DATE_PATTERN) to yyyy-mm-dd, or ''. */
export function parseDate(text: string): string {
  const m = new RegExp(`^(?:${DATE_PATTERN})`, 'i').exec(text.trim());
  if (!m) return '';
  if (m[1]) return iso(Number(m[3]), monthIndex(m[1]), Number(m[2]));
  if (m[4]) return iso(Number(m[6]), monthIndex(m[5] ?? ''), Number(m[4]));
  if (m[7]) {
    const y = Number(m[9]);
    return iso(y < 100 ? 2000 + y : y, Number(m[7]), Number(m[8]));
  }
  if (m[10]) return iso(Number(m[10]), Number(m[11]), Number(m[12]));
  return '';
}

/** The first date right after a label matched by `label` (e.g. /Decided:?\s+/), or ''. */
export function dateAfter(text: string, label: RegExp): string {
  const re = new RegExp(`${label.source}(?=${DATE_PATTERN})`, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const date = parseDate(text.slice(m.index + m[0].length));
    if (date) return date;
    if (m[0].length === 0) re.lastIndex++;
  }
  return '';
}

/** The date of the first line that is nothing but a date (a letter's or opinion's date line). */
export function dateLine(lines: readonly string[]): string {
  const re = new RegExp(`^\\[?(?:Dated:? )?(?:${DATE_PATTERN})\\.?\\]?$`, 'i');
  for (const line of lines) {
    if (re.test(line)) return parseDate(line.replace(/^\[?(?:Dated:? )?/i, ''));
  }
  return '';
}

/** A PDF date string ("D:20250131054524Z") to yyyy-mm-dd, or '' for anything else. */
export function pdfDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : '';
}

// ---------------------------------------------------------------------------------------------
// Casing

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'de',
  'del',
  'et',
  'al.',
  'al',
  'ex',
  'rel.',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'v.',
  'v',
  'vs.',
  'von',
  'van',
  'with',
  're',
  're:',
]);
const ACRONYMS = new Set([
  'AI',
  'USA',
  'LLC',
  'LLP',
  'LP',
  'PLC',
  'PC',
  'NA',
  'IVC',
  'MDL',
  'FBI',
  'EPA',
  'FDA',
  'FCC',
  'FTC',
  'SEC',
  'NLRB',
  'IRS',
  'DHS',
  'DOJ',
  'ICE',
  'NASA',
  'NATO',
  'EU',
  'UK',
  'UN',
  'CIA',
  'NSA',
  'ACLU',
  'NAACP',
  'TV',
  'DNA',
  'IBM',
  'AT&T',
  'US',
  'BIS',
  'OSTP',
  'OMB',
  'HHS',
  'HUD',
  'USDA',
  'CFR',
  'FR',
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'XII',
  'XIII',
  'XIV',
]);

/** True when a string's letters are (almost) all capitals, as in court captions. */
export function isShouting(text: string): boolean {
  const upper = (text.match(/\p{Lu}/gu) ?? []).length;
  const lower = (text.match(/\p{Ll}/gu) ?? []).length;
  return upper >= 4 && lower <= upper * 0.1;
}

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  return lower
    .replace(/^(\P{L}*)(\p{L})/u, (_, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/([-/])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/^(\P{L}*\p{L})'(\p{L})/u, (_, pre: string, c: string) => `${pre}'${c.toUpperCase()}`)
    .replace(/^(\P{L}*Mc)(\p{L})(?=\p{L}{2})/u, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/**
 * Title-cases an ALL-CAPS string ("TARRANT REGIONAL WATER DISTRICT v. HERRMANN ET AL." ->
 * "Tarrant Regional Water District v. Herrmann et al."); mixed-case text is returned as is.
 * Known acronyms and dotted initialisms (U.S.) stay capitals; "In re", "v.", "et al." follow
 * legal usage.
 */
export function titleCase(text: string): string {
  if (!isShouting(text)) return text;
  const words = text.split(' ');
  return words
    .map((word, i) => {
      const bare = word.replace(/^[("“'‘]+|[)"”'’,;:]+$/g, '');
      const lower = bare.toLowerCase();
      const last = i === words.length - 1;
      if (i > 0 && SMALL_WORDS.has(lower) && !(last && lower === 'a')) return word.toLowerCase();
      if (/^(?:\p{Lu}\.){2,}\p{Lu}?$/u.test(bare) || ACRONYMS.has(bare.replace(/\.$/, ''))) return word;
      return capitalise(word);
    })
    .join(' ')
    .replace(/^In [Rr]e:? /, 'In re ');
}

// ---------------------------------------------------------------------------------------------
// Titles from the PDF Info dictionary and the file name

const PLACEHOLDER_TITLE = [
  /^untitled\b/i,
  /^(?:microsoft|ms) (?:word|powerpoint|excel)\b/i,
  /^document\d*$/i,
  /^(?:powerpoint presentation|slide \d+|title|no title|none|null|undefined|unknown)$/i,
  /\.(?:pdf|docx?|rtf|odt|wpd|txt|png|jpe?g|tiff?|gif|bmp|indd|pages|xlsx?|pptx?|html?)$/i,
  /^[\d\s._-]*$/,
];

/** The PDF Title if it names the document, else '' (placeholders, file names, binary junk). */
export function meaningfulInfoTitle(value: unknown): string {
  if (typeof value !== 'string') return '';
  const title = normalizeText(value).replace(/\s+/g, ' ').trim();
  if (title.length < 3 || title.length > 300) return '';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\ufffd]/.test(title)) return '';
  const letters = (title.match(/\p{L}/gu) ?? []).length;
  if (letters < 3 || letters < title.length * 0.4) return '';
  if (PLACEHOLDER_TITLE.some((re) => re.test(title))) return '';
  return title;
}

/** The file's base name without a ".pdf" extension. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.pdf$/i, '').trim();
}
