import { describe, expect, it } from 'vitest';
import './nodePolyfills';

describe('node polyfills', () => {
  it('Promise.withResolvers resolves and rejects', async () => {
    const a = (Promise as unknown as { withResolvers: <T>() => { promise: Promise<T>; resolve: (v: T) => void } }).withResolvers<number>();
    a.resolve(3);
    await expect(a.promise).resolves.toBe(3);
    const b = (Promise as unknown as { withResolvers: () => { promise: Promise<unknown>; reject: (e: unknown) => void } }).withResolvers();
    b.reject(new Error('no'));
    await expect(b.promise).rejects.toThrow('no');
  });
  it('Map.groupBy groups in order', () => {
    const g = (Map as unknown as { groupBy: <K, V>(i: Iterable<V>, k: (v: V) => K) => Map<K, V[]> }).groupBy([1, 2, 3, 4], (n) => n % 2);
    expect([...g.entries()]).toEqual([
      [1, [1, 3]],
      [0, [2, 4]],
    ]);
  });
});
