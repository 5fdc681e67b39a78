import { describe, expect, it } from 'vitest';
import { ContextMatcher } from './contextSimilarity';

/** Reference: plain dynamic programming, free at the far end, pinned at the quote. */
function tailDistance(pattern: string, text: string): number {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= pattern.length; i++) {
      cur[i] = Math.min(prev[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1), prev[i]! + 1, cur[i - 1]! + 1);
    }
    prev = cur;
  }
  return prev[pattern.length]!;
}
const rev = (s: string) => [...s].reverse().join('');

describe('ContextMatcher', () => {
  const text = 'the Secretary shall publish notice of the licence in the Federal Register within 30 days';
  const start = text.indexOf('notice');
  const end = start + 'notice of the licence'.length;

  it('finds identical surroundings perfect', () => {
    const m = new ContextMatcher(text.slice(start - 20, start), text.slice(end, end + 20));
    expect(m.agreement(text, start, end)).toEqual({ errors: 0, length: 40, prefixSimilarity: 1, suffixSimilarity: 1 });
  });

  it('counts edits next to the quote, and agrees with a plain edit-distance table', () => {
    const prefix = 'Secretary shall publish ';
    const suffix = ' in the Federal Register';
    for (const [p, s] of [
      ['Secretary shall print ', ' in the Federal Register'],
      ['Attorney General must publish ', ' on the agency website, and'],
      ['', ''],
    ] as const) {
      const other = `${p}notice of the licence${s}`;
      const a = new ContextMatcher(prefix, suffix).agreement(other, p.length, p.length + 'notice of the licence'.length);
      const pe = tailDistance(prefix, p.slice(Math.max(0, p.length - prefix.length - 8)));
      const se = tailDistance(rev(suffix), rev(s.slice(0, suffix.length + 8)));
      expect(a.errors).toBe(pe + se);
      expect(a.length).toBe(prefix.length + suffix.length);
    }
  });

  it('treats missing stored context as agreeing and weighs nothing', () => {
    const a = new ContextMatcher('', 'xyz').agreement('abc xyz', 0, 3);
    expect(a.prefixSimilarity).toBe(1);
    expect(a.length).toBe(3);
    expect(a.errors).toBe(1); // " xyz" vs "xyz": the suffix must start right after the quote
  });

  it('rates unrelated surroundings low', () => {
    const m = new ContextMatcher('under paragraph (b) the Bureau ', ' before any rule takes effect.');
    const a = m.agreement('Licence applications filed long before the effective date are decided', 20, 30);
    expect(1 - a.errors / a.length).toBeLessThan(0.5);
  });
});
