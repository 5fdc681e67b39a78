import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSampleManifest } from './sampleManifest';

describe('sample manifest', () => {
  it('accepts the shipped manifest', () => {
    const manifest = parseSampleManifest(JSON.parse(readFileSync('resources/sample-case/manifest.json', 'utf8')));
    expect(manifest.caseName).toBe('Legion export-control dispute (sample)');
    expect(manifest.documents.length).toBeGreaterThanOrEqual(11);
  });
  it('refuses a manifest with a bad kind or file name', () => {
    const doc = { fileName: 'a.pdf', title: 't', kind: 'executive-order', issuer: '', date: '', citation: '', jurisdiction: '' };
    expect(() => parseSampleManifest({ caseName: 'x', notice: '', documents: [{ ...doc, kind: 'poem' }] })).toThrow(/invalid/);
    expect(() => parseSampleManifest({ caseName: 'x', notice: '', documents: [{ ...doc, fileName: '../x.pdf' }] })).toThrow(/invalid/);
  });
});
