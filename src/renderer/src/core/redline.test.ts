import { describe, expect, it } from 'vitest';
import { redline } from './redline';

describe('redline', () => {
  it('marks added and removed words', () => {
    const r = redline('The Secretary shall approve requests.', 'The Secretary may approve written requests.')!;
    expect(r.segments.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual(['shall']);
    expect(r.segments.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual(['may', 'written']);
    expect(r.added).toBe(2);
    expect(r.removed).toBe(1);
  });
  it('folds long unchanged stretches but keeps their ends', () => {
    const same = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const r = redline(`${same} old`, `${same} new`)!;
    const folded = r.segments.find((s) => s.folded);
    expect(folded?.folded).toBeGreaterThan(100);
    expect(folded?.text.startsWith('w0 ')).toBe(true);
    expect(folded?.text).toContain('w199');
  });
  it('reports nothing for identical texts', () => {
    const r = redline('same words', 'same words')!;
    expect(r.added + r.removed).toBe(0);
  });
});

describe('redline within a time limit', () => {
  it('gives up (null) rather than freeze on two long texts that share nothing', () => {
    const words = (seed: string) => Array.from({ length: 40000 }, (_, i) => `${seed}${(i * 7919) % 10007}`).join(' ');
    expect(redline(words('a'), words('b'), 5)).toBeNull();
  });
});
