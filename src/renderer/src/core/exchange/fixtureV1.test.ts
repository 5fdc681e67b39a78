/**
 * The committed format-version-1 bundle (test/fixtures/bundles/v1-case.clausebench) must stay
 * readable: when the format changes, a migration step (migrations.ts) brings it up, and this test
 * checks it still gives back the records it was written with.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeV1Bundle, V1_FIXTURE, v1Contents } from '../../../../../test/fixtures/bundles/v1Bundle';
import { readBundle } from './bundle';
import { migrateManifest, type MigrationStep } from './migrations';
import { BUNDLE_FORMAT } from './manifest';
import { BundleError } from './bundleError';

const fixturePath = fileURLToPath(V1_FIXTURE);

describe('format version 1 fixture', () => {
  it('is committed (WRITE_BUNDLE_FIXTURE=1 writes it once, never over an existing one)', async () => {
    if (process.env.WRITE_BUNDLE_FIXTURE && !existsSync(fixturePath)) writeFileSync(fixturePath, await makeV1Bundle());
    expect(existsSync(fixturePath), fixturePath).toBe(true);
  });

  it('reads back, record by record, as the records it was written from', async () => {
    const bundle = await readBundle(new Uint8Array(readFileSync(fixturePath)));
    const expected = await v1Contents();
    expect(bundle.manifest.exportedBy).toBe('Ana');
    expect(bundle.manifest.scope).toEqual({ type: 'case', caseIds: ['case-1'] });
    for (const [table, rows] of Object.entries(expected.records)) {
      const got = bundle.manifest.records[table as keyof typeof expected.records] as { id?: string }[];
      expect(got.length, table).toBe(rows.length);
      rows.forEach((row, i) => expect(got[i], `${table} ${String(row.id ?? i)}`).toEqual(row));
    }
    expect([...bundle.files.keys()].sort()).toEqual([...expected.files.keys()].sort());
  });
});

describe('migrateManifest', () => {
  const v1 = { format: BUNDLE_FORMAT, formatVersion: 1, kind: 'bundle' };

  it('passes a current manifest through unchanged', () => {
    expect(migrateManifest(v1)).toEqual(v1);
  });

  it('runs each step from the manifest version up to the current one, in order', () => {
    // A registry as format version 3 will have it: 1 -> 2 renames a field, 2 -> 3 adds one.
    const steps: MigrationStep[] = [
      { from: 2, migrate: (m) => ({ ...m, added: `after ${String(m.renamed)}` }) },
      { from: 1, migrate: ({ kind, ...m }) => ({ ...m, renamed: kind }) },
    ];
    expect(migrateManifest(v1, steps, 3)).toEqual({ format: BUNDLE_FORMAT, formatVersion: 3, renamed: 'bundle', added: 'after bundle' });
  });

  it('refuses a newer version, a missing step, and a manifest that is not one', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as BundleError).code;
      }
      return 'accepted';
    };
    expect(code(() => migrateManifest({ ...v1, formatVersion: 2 }))).toBe('unsupported-version');
    expect(code(() => migrateManifest({ ...v1, formatVersion: 0 }))).toBe('unsupported-version');
    expect(code(() => migrateManifest({ ...v1, formatVersion: '1' }))).toBe('unsupported-version');
    expect(code(() => migrateManifest(v1, [], 2))).toBe('unsupported-version');
    expect(code(() => migrateManifest([]))).toBe('bad-manifest');
    expect(code(() => migrateManifest({ formatVersion: 1 }))).toBe('bad-manifest');
  });
});
