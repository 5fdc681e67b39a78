// The sample PDFs' SHA-256 is their identity in the app: these tests pin determinism, the
// committed copies, and the manifest the app imports them with.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { SAMPLE_DIR, generateSampleCase, loadManifest, sourceNameFor, type Manifest } from './generate.mjs';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const KINDS = ['executive-order', 'agency-letter', 'complaint', 'regulation', 'statute', 'court-order', 'filing', 'statement', 'article', 'other'];

let manifest: Manifest;
let first: { fileName: string; bytes: Uint8Array }[];

beforeAll(async () => {
  manifest = await loadManifest();
  first = await generateSampleCase();
});

describe('generateSampleCase', () => {
  it('gives identical bytes on every run', async () => {
    const second = await generateSampleCase();
    expect(second.map((d) => d.fileName)).toEqual(first.map((d) => d.fileName));
    expect(second.map((d) => sha256(d.bytes))).toEqual(first.map((d) => sha256(d.bytes)));
  });

  it('matches the committed PDFs in resources/sample-case/pdf (regenerate with node scripts/sample-case/cli.mjs)', () => {
    for (const { fileName, bytes } of first) {
      const committed = join(SAMPLE_DIR, 'pdf', fileName);
      expect(existsSync(committed), `${fileName} is missing`).toBe(true);
      expect(sha256(new Uint8Array(readFileSync(committed))), fileName).toBe(sha256(bytes));
    }
    const committedNames = readdirSync(join(SAMPLE_DIR, 'pdf'))
      .filter((n) => n.endsWith('.pdf'))
      .sort();
    expect(committedNames).toEqual(first.map((d) => d.fileName).sort());
  });

  it('fixes the metadata pdf-lib would otherwise take from the clock and its own name', async () => {
    for (const { fileName, bytes } of first) {
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(doc.getProducer(), fileName).toMatch(/^Clausebench sample-case generator/);
      expect(doc.getCreator(), fileName).toBe('Clausebench scripts/sample-case');
      expect(doc.getCreationDate()?.toISOString(), fileName).toBe('2000-01-01T00:00:00.000Z');
      expect(doc.getModificationDate()?.toISOString(), fileName).toBe('2000-01-01T00:00:00.000Z');
      expect(doc.getAuthor(), fileName).toBe('Clausebench sample case (illustrative)');
    }
  });
});

describe('manifest.json', () => {
  it('names the case and describes every document with the fields the app imports', () => {
    expect(manifest.caseName).toBe('Legion export-control dispute (sample)');
    expect(manifest.documents.length).toBe(11);
    for (const d of manifest.documents) {
      expect(d.fileName).toMatch(/^\d\d-[a-z0-9-]+\.pdf$/);
      expect(KINDS, d.fileName).toContain(d.kind);
      for (const field of [d.title, d.issuer, d.citation, d.jurisdiction]) expect(field.length, d.fileName).toBeGreaterThan(0);
      // Exact ISO dates only where the facts give them; otherwise the uncertainty is spelled out.
      expect(d.date, d.fileName).toMatch(/^(\d{4}-\d{2}-\d{2}( \(year assumed from the reporting\))?|before \d{4}-\d{2}-\d{2}|undated)$/);
      expect(Array.isArray(d.assumptions)).toBe(true);
      expect(existsSync(join(SAMPLE_DIR, 'sources', sourceNameFor(d.fileName))), d.fileName).toBe(true);
    }
    expect(new Set(manifest.documents.map((d) => d.fileName)).size).toBe(manifest.documents.length);
  });

  it('lists assumptions exactly for the documents whose text marks something [assumed]', () => {
    for (const d of manifest.documents) {
      const source = readFileSync(join(SAMPLE_DIR, 'sources', sourceNameFor(d.fileName)), 'utf8');
      const marksAssumed = /\[assumed|assumed\]|\(year assumed/.test(source);
      expect(d.assumptions.length > 0, d.fileName).toBe(marksAssumed);
    }
  });

  it('dates the reconstructions as reported, with their uncertainty', () => {
    const byKind = (kind: string) => manifest.documents.find((d) => d.kind === kind);
    expect(byKind('executive-order')?.date).toBe('before 2026-06-23');
    expect(byKind('agency-letter')?.date).toBe('before 2026-06-23');
    // CASE-FACTS: the reporting gives "June 23" without a year; the date says so, not only the assumptions.
    expect(byKind('complaint')?.date).toBe('2026-06-23 (year assumed from the reporting)');
    expect(byKind('complaint')?.assumptions.join(' ')).toContain('year 2026');
  });
});
