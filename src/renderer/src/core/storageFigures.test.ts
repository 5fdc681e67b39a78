import { describe, expect, it } from 'vitest';
import { describeStorage, formatBytes } from './storageFigures';

describe('formatBytes', () => {
  it('uses decimal units, two figures below 10 and whole numbers above', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1000)).toBe('1 kB');
    expect(formatBytes(120_400_000)).toBe('120 MB');
    expect(formatBytes(2_149_000_000)).toBe('2.1 GB');
    expect(formatBytes(999_700)).toBe('1 MB');
    expect(formatBytes(-1)).toBe('unknown');
    expect(formatBytes(Number.NaN)).toBe('unknown');
  });
});

describe('describeStorage', () => {
  it('says used, left and whether the data is kept', () => {
    expect(describeStorage({ usage: 120_000_000, quota: 2_100_000_000, persisted: true })).toBe('Storage: 120 MB used, 2 GB left · kept');
    expect(describeStorage({ usage: 5_000, quota: 10_000_000, persisted: false })).toBe(
      'Storage: 5 kB used, 10 MB left · may be cleared if the disk runs low',
    );
    expect(describeStorage({ usage: 5_000 })).toBe('Storage: 5 kB used');
    expect(describeStorage({})).toBe('Storage: size unknown');
  });
});
