/**
 * The comparison form of extracted text, with a map back to raw offsets.
 *
 * Two extractions of the same words differ in ways a reader never sees: how many spaces or line
 * breaks pdf.js put between items, a word hyphenated at a line end in one version and not in the
 * other, a ligature glyph ("ﬁ") instead of two letters, a soft hyphen, curly instead of straight
 * quotes. Anchoring compares quotes on this normalised form so those differences cost nothing,
 * then maps what it found back to raw offsets, since selectors store raw text.
 */

/** Normalised text plus, for every normalised code unit, the raw range it came from. */
export interface NormalisedText {
  /** The normalised text. */
  readonly text: string;
  /**
   * rawStart[i] is the raw offset of the source of normalised unit i; non-decreasing.
   * rawStart has text.length + 1 entries: the last is the raw length (an end sentinel).
   */
  readonly rawStart: Int32Array;
  /** rawEnd[i] is the raw offset just after the source of normalised unit i; non-decreasing. */
  readonly rawEnd: Int32Array;
}

const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const SOFT_HYPHEN = 0xad;
/** Invisible characters that extraction sometimes keeps and sometimes drops. */
const INVISIBLE = new Set([SOFT_HYPHEN, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033]);

function isWhitespace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;

/** NFKC per character, cached: most characters of a document repeat. */
const nfkcCache = new Map<string, string>();
function compatibilityForm(ch: string): string {
  let out = nfkcCache.get(ch);
  if (out === undefined) {
    const n = ch.normalize('NFKC');
    // A few compatibility forms contain a space ("¨" → " ̈"); keeping the character is safer than
    // inventing a word break.
    out = /\s/u.test(n) || n.length === 0 ? ch : n;
    nfkcCache.set(ch, out);
  }
  return out;
}

/**
 * Growable output: code units plus, when a map is wanted, the raw range each came from. Typed
 * arrays keep a 500-page document's map compact (and building it fast).
 */
class Output {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(
    capacity: number,
    private readonly mapped: boolean,
  ) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(mapped ? capacity : 0);
    this.ends = new Int32Array(mapped ? capacity : 0);
  }
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    if (this.mapped) {
      this.starts[this.length] = start;
      this.ends[this.length] = end;
    }
    this.length++;
  }
  last(): number {
    return this.length > 0 ? this.units[this.length - 1]! : -1;
  }
  private grow(): void {
    const size = this.units.length * 2 + 16;
    const u = new Uint16Array(size);
    u.set(this.units);
    this.units = u;
    if (this.mapped) {
      const s = new Int32Array(size);
      const e = new Int32Array(size);
      s.set(this.starts);
      e.set(this.ends);
      this.starts = s;
      this.ends = e;
    }
  }
  text(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 8192) {
      out += String.fromCharCode(...this.units.subarray(i, Math.min(this.length, i + 8192)));
    }
    return out;
  }
}

const isLetter = (unit: number) => unit >= 0 && LETTER.test(String.fromCharCode(unit));

/**
 * Normalises raw extracted text and records where each normalised unit came from.
 *
 * Invariants:
 * - Every run of whitespace (spaces, "\n", "\f", NBSP, other Unicode spaces) becomes one " ".
 * - A hyphen (or soft hyphen) after a letter, followed by whitespace containing a line break and
 *   then a lowercase letter, is dropped with that whitespace: "regu-\nlation" → "regulation".
 * - Soft hyphens and zero-width characters are dropped; curly quotes and primes become ' and ";
 *   U+2010/U+2011 become "-"; every other non-ASCII character takes its NFKC form (ligatures
 *   "ﬁ" → "fi"), each unit of an expansion mapping to the one raw character.
 * - Case, punctuation and digits are kept: they carry meaning in legal text.
 * - Normalising is deterministic and position-independent except at the two ends of `raw`, so a
 *   quote normalised alone equals the normalised document text at its place (save for a
 *   hyphenation or whitespace run cut by the quote's ends).
 */
export function normaliseWithMap(raw: string): NormalisedText {
  const out = normaliseInto(raw, true);
  const rawStart = new Int32Array(out.length + 1);
  rawStart.set(out.starts.subarray(0, out.length));
  rawStart[out.length] = raw.length;
  return { text: out.text(), rawStart, rawEnd: out.ends.slice(0, out.length) };
}

/** The normalised form of a string, without the map (for quotes and their context). */
export function normalise(raw: string): string {
  return normaliseInto(raw, false).text();
}

function normaliseInto(raw: string, mapped: boolean): Output {
  const n = raw.length;
  const out = new Output(n + 16, mapped);
  // Index in `out` of a hyphen that may turn out to be a line-end hyphenation, and whether a
  // soft hyphen was skipped just before the whitespace run (it marks the same thing).
  let lastHyphenAt = -1;
  let softHyphenBeforeRun = false;
  let i = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    // Most characters: printable ASCII, kept as is.
    if (c > 0x20 && c < 0x7f) {
      softHyphenBeforeRun = false;
      if (c === 0x2d) lastHyphenAt = out.length;
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    if (isWhitespace(c)) {
      let j = i;
      let lineBreak = false;
      while (j < n && isWhitespace(raw.charCodeAt(j))) {
        if (isLineBreak(raw.charCodeAt(j))) lineBreak = true;
        j++;
      }
      const hyphenated = lastHyphenAt === out.length - 1 && lastHyphenAt > 0 && isLetter(out.units[lastHyphenAt - 1]!);
      if (lineBreak && j < n && LOWERCASE.test(raw[j]!) && (hyphenated || softHyphenBeforeRun)) {
        if (hyphenated) out.length--;
      } else {
        out.push(0x20, i, j);
      }
      softHyphenBeforeRun = false;
      lastHyphenAt = -1;
      i = j;
      continue;
    }
    if (INVISIBLE.has(c)) {
      softHyphenBeforeRun = c === SOFT_HYPHEN && isLetter(out.last());
      i++;
      continue;
    }
    softHyphenBeforeRun = false;
    if (c < 0x80) {
      if (c === 0x2d) lastHyphenAt = out.length;
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    if (HYPHENS.has(c)) {
      lastHyphenAt = out.length;
      out.push(0x2d, i, i + 1);
      i++;
      continue;
    }
    if (SINGLE_QUOTES.has(c) || DOUBLE_QUOTES.has(c)) {
      out.push(SINGLE_QUOTES.has(c) ? 0x27 : 0x22, i, i + 1);
      i++;
      continue;
    }
    // A surrogate pair is one character: normalise it whole and map both halves to it.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const form = compatibilityForm(raw.slice(i, i + width));
    for (let k = 0; k < form.length; k++) out.push(form.charCodeAt(k), i, i + width);
    i += width;
  }
  return out;
}

/**
 * The first normalised offset whose source starts at or after raw offset `raw`
 * (text.length when none does). Monotonic in `raw`; O(log n).
 */
export function normalisedOffset(norm: NormalisedText, raw: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.rawStart[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The raw range covering normalised range [start, end). Invariant: for start < end the raw range
 * begins at the source of the first unit and ends after the source of the last, so it holds all
 * the matched characters and nothing beyond them but skipped invisibles.
 */
export function rawRange(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  const rawS = norm.rawStart[start] ?? norm.rawStart[norm.text.length]!;
  if (end <= start) return { start: rawS, end: rawS };
  return { start: rawS, end: norm.rawEnd[end - 1]! };
}
