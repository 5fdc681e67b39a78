import { describe, expect, it } from 'vitest';
import { CaseDocumentCache } from './caseDocumentCache';

const cache = (maxCases = 3, maxChars = 100) => new CaseDocumentCache<string>((s) => s.length, { maxCases, maxChars });

describe('CaseDocumentCache', () => {
  it('gives back a value only for the same case, document and version', () => {
    const c = cache();
    c.set('A', 'd1', 'v1', 'text');
    expect(c.get('A', 'd1', 'v1')).toBe('text');
    expect(c.get('A', 'd1', 'v2')).toBeUndefined();
    expect(c.get('B', 'd1', 'v1')).toBeUndefined();
    expect(c.get('A', 'd2', 'v1')).toBeUndefined();
  });

  it('drops the entries of documents that left the case', () => {
    const c = cache();
    c.set('A', 'd1', 'v', 'one');
    c.set('A', 'd2', 'v', 'two');
    c.set('B', 'd1', 'v', 'one');
    c.retain('A', ['d2']);
    expect(c.get('A', 'd1', 'v')).toBeUndefined();
    expect(c.get('A', 'd2', 'v')).toBe('two');
    expect(c.get('B', 'd1', 'v')).toBe('one');
    c.retain('A', []);
    expect(c.size()).toEqual({ cases: 1, documents: 1, chars: 3 });
  });

  it('holds at most maxCases cases, dropping the least recently used', () => {
    const c = cache(2);
    c.set('A', 'd', 'v', 'a');
    c.set('B', 'd', 'v', 'b');
    c.get('A', 'd', 'v');
    c.set('C', 'd', 'v', 'c');
    expect(c.get('B', 'd', 'v')).toBeUndefined();
    expect(c.get('A', 'd', 'v')).toBe('a');
    expect(c.get('C', 'd', 'v')).toBe('c');
    expect(c.size().cases).toBe(2);
  });

  it('holds at most maxChars characters: other cases go first, then the oldest of this one, never the entry just written', () => {
    const c = cache(3, 10);
    c.set('A', 'd1', 'v', 'aaaaaa');
    c.set('B', 'd1', 'v', 'bbbb');
    c.set('B', 'd2', 'v', 'cccc');
    expect(c.get('A', 'd1', 'v')).toBeUndefined();
    expect(c.size()).toEqual({ cases: 1, documents: 2, chars: 8 });
    c.set('B', 'd3', 'v', 'dddd');
    expect(c.get('B', 'd1', 'v')).toBeUndefined();
    expect(c.size()).toEqual({ cases: 1, documents: 2, chars: 8 });
    c.set('B', 'd4', 'v', 'x'.repeat(50));
    expect(c.get('B', 'd4', 'v')).toBe('x'.repeat(50));
    expect(c.size().documents).toBe(1);
  });
});
