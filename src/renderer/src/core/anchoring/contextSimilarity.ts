/**
 * How well a candidate's surroundings agree with a selector's prefix and suffix.
 *
 * Hypothesis scores context by searching the prefix anywhere in the text before a match; on 32
 * characters that lets unrelated prose score ~0.4. Here the prefix must END where the match
 * starts (and the suffix START where it ends), which is what "context" means and separates right
 * from wrong places far more sharply. One target is compared with many candidates (a common
 * quote occurs hundreds of times), so the context is compiled once into the bit masks of Myers'
 * algorithm (the one approx-string-match uses; a context fits one 32-bit word) and each
 * comparison reads the document text in place, without copying it.
 */

/** Context is compared on at most this many characters per side (one machine word of bits). */
export const CONTEXT_BITS = 32;

/** A pattern of ≤ 32 characters compiled for Myers' bit-parallel edit distance. */
class BitPattern {
  readonly length: number;
  private readonly ascii = new Int32Array(128);
  private readonly other = new Map<number, number>();

  /** Bit i stands for pattern[i]; the pattern is read in the order the text will be. */
  constructor(pattern: string) {
    this.length = pattern.length;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (c < 128) this.ascii[c]! |= 1 << i;
      else this.other.set(c, (this.other.get(c) ?? 0) | (1 << i));
    }
  }

  /**
   * Edit distance between the pattern and the best-fitting run of text that ENDS at the last
   * character read: the text is read from `from` towards `to` (backwards when to < from), and
   * leaving out text before the run is free. Invariant: 0 ≤ result ≤ length; 0 iff the text read
   * ends with the pattern (in reading order).
   */
  distanceEndingAt(text: string, from: number, to: number): number {
    const m = this.length;
    if (m === 0) return 0;
    const high = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    const step = to >= from ? 1 : -1;
    for (let j = from; j !== to; j += step) {
      const c = text.charCodeAt(j);
      const eq = c < 128 ? this.ascii[c]! : (this.other.get(c) ?? 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      // Search mode: row 0 stays 0 (nothing shifted in), so the run may start anywhere.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score;
  }
}

/** Context agreement of one candidate, in characters (so longer context weighs more). */
export interface ContextAgreement {
  /** Edits needed to turn the stored prefix and suffix into the candidate's surroundings. */
  errors: number;
  /** Characters of stored context compared (prefix + suffix lengths). */
  length: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
}

/** A target's normalised prefix and suffix, compiled once, compared with many candidates. */
export class ContextMatcher {
  private readonly prefix: BitPattern;
  private readonly suffix: BitPattern;

  /**
   * Only the CONTEXT_BITS characters nearest the quote are kept on each side (the stored context
   * is 32 raw characters; normalising rarely lengthens it).
   */
  constructor(prefix: string, suffix: string) {
    // The alignment is pinned to the quote and free at the far end: the prefix is read forwards
    // up to the candidate's start, the suffix backwards down to its end (so compiled reversed).
    this.prefix = new BitPattern(prefix.slice(Math.max(0, prefix.length - CONTEXT_BITS)));
    this.suffix = new BitPattern(reverse(suffix.slice(0, CONTEXT_BITS)));
  }

  /**
   * Compares the context with normalised `text` around [start, end). Invariants:
   * 0 ≤ errors ≤ length; a side with no stored context has similarity 1 and adds nothing to
   * length; identical surroundings give errors 0.
   */
  agreement(text: string, start: number, end: number): ContextAgreement {
    const p = this.prefix.length;
    const s = this.suffix.length;
    // Read a little more than the context, for inserted characters.
    const pe = this.prefix.distanceEndingAt(text, Math.max(0, start - p - slack(p)), start);
    const se = this.suffix.distanceEndingAt(text, Math.min(text.length, end + s + slack(s)) - 1, end - 1);
    return {
      errors: pe + se,
      length: p + s,
      prefixSimilarity: p === 0 ? 1 : 1 - pe / p,
      suffixSimilarity: s === 0 ? 1 : 1 - se / s,
    };
  }
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

function slack(n: number): number {
  return Math.ceil(n / 4) + 2;
}
