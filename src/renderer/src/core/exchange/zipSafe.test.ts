import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError } from './bundleError';
import { readZipSafely, unsafePathReason, writeZip, type ZipLimits } from './zipSafe';

const MiB = 1024 * 1024;
const small: ZipLimits = { maxEntries: 10, maxEntryBytes: 4 * MiB, maxTotalBytes: 6 * MiB };

async function refusal(bytes: Uint8Array, limits = small): Promise<BundleError> {
  const error = await readZipSafely(bytes, { limits }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleError);
  return error as BundleError;
}

/** Rewrites a zip's entry name in place (same length), in both its local header and the central directory. */
function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  expect(to.length).toBe(from.length);
  const out = zip.slice();
  const needle = strToU8(from);
  let count = 0;
  for (let i = 0; i + needle.length <= out.length; i++) {
    if (needle.every((b, j) => out[i + j] === b)) {
      out.set(strToU8(to), i);
      count++;
    }
  }
  expect(count).toBe(2);
  return out;
}

describe('readZipSafely', () => {
  it('gives back every entry of a zip it wrote, stored and deflated', async () => {
    const pdf = new Uint8Array(3 * MiB).map((_, i) => (i * 7) & 0xff);
    const zip = writeZip(
      [
        { path: 'manifest.json', bytes: strToU8('{"a":1}'), compress: true },
        { path: 'files/a.pdf', bytes: pdf, compress: false },
      ],
      new Date('2026-01-01'),
    );
    const progress: number[] = [];
    const entries = await readZipSafely(zip, { onProgress: (done) => void progress.push(done) });
    expect([...entries.keys()].sort()).toEqual(['files/a.pdf', 'manifest.json']);
    expect(Buffer.from(entries.get('files/a.pdf')!).equals(Buffer.from(pdf))).toBe(true);
    expect(progress.at(-1)).toBe(zip.length);
  });

  it('refuses bytes that are not a zip', async () => {
    expect((await refusal(strToU8('%PDF-1.7 this is a PDF, not a bundle'))).code).toBe('not-a-zip');
    expect((await refusal(new Uint8Array(0))).code).toBe('not-a-zip');
  });

  it('refuses a truncated zip (cut at the end, and in the middle of an entry)', async () => {
    const zip = zipSync({ 'manifest.json': strToU8('{}'), 'files/a.pdf': [new Uint8Array(200_000).fill(1), { level: 0 }] });
    expect((await refusal(zip.subarray(0, zip.length - 30))).code).toBe('truncated');
    expect((await refusal(zip.subarray(0, 100_000))).code).toBe('truncated');
  });

  it.each([
    ['../evil.pdf', 'a ".." segment'],
    ['files/../../evil', 'a ".." segment'],
    ['/etc/passwd', 'an absolute path'],
    ['C:/evil.pdf', 'a drive letter'],
    ['files\\evil.pdf', 'a backslash in its name'],
  ])('refuses an entry named %s', async (name, reason) => {
    expect(unsafePathReason(name)).toBe(reason);
    const zip = zipSync({ 'manifest.json': strToU8('{}'), [name]: strToU8('x') });
    const error = await refusal(zip);
    expect(error.code).toBe('unsafe-path');
    expect(error.message).toContain(reason);
  });

  it('refuses duplicate entry names', async () => {
    // fflate will not write two entries of one name; write two, then rename one onto the other.
    const zip = renameEntry(zipSync({ 'files/a.pdf': strToU8('one'), 'files/b.pdf': strToU8('two') }), 'files/b.pdf', 'files/a.pdf');
    const error = await refusal(zip);
    expect(error.code).toBe('duplicate-entry');
    expect(error.message).toContain('files/a.pdf');
  });

  it('refuses too many entries', async () => {
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.txt`, strToU8('x')]));
    expect((await refusal(zipSync(many))).code).toBe('too-many-entries');
  });

  it('stops inflating a zip bomb at the limit, whatever sizes the zip declares', async () => {
    // 64 MiB of zeros deflate to about 64 KiB: a ratio of 1000:1.
    const bomb = zipSync({ 'manifest.json': strToU8('{}'), 'files/bomb.pdf': [new Uint8Array(64 * MiB), { level: 9 }] });
    expect(bomb.length).toBeLessThan(MiB);
    // Lie about the inflated size in the central directory (and local header): declared 10 bytes.
    const lying = bomb.slice();
    const view = new DataView(lying.buffer);
    for (let i = 0; i + 4 <= lying.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50 && view.getUint32(i + 22, true) === 64 * MiB) view.setUint32(i + 22, 10, true);
      if (sig === 0x02014b50 && view.getUint32(i + 24, true) === 64 * MiB) view.setUint32(i + 24, 10, true);
    }
    let declared = 0;
    unzipSync(lying, { filter: (f) => ((declared += f.originalSize ?? 0), false) });
    expect(declared).toBeLessThan(100);

    for (const zip of [bomb, lying]) {
      const error = await refusal(zip);
      expect(error.code).toBe('too-large');
      // Stopped early: past the limit by at most what one 16 KiB push inflates to (~16.5 MiB), far from 64 MiB.
      expect(error.detail.inflatedBytes as number).toBeGreaterThan(small.maxEntryBytes);
      expect(error.detail.inflatedBytes as number).toBeLessThan(small.maxEntryBytes + 17 * MiB);
    }
  });

  it('refuses a zip whose entries together inflate past the total limit', async () => {
    const parts: Zippable = Object.fromEntries([0, 1, 2].map((i) => [`files/${i}.pdf`, [new Uint8Array(3 * MiB), { level: 6 as const }]]));
    const error = await refusal(zipSync(parts));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('6,291,456 bytes');
  });
});
