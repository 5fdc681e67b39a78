/**
 * Manifest migrations: one step per format version, each taking the raw JSON of version `from`
 * to version `from + 1`. Version 1 is current, so the registry is empty; format version 2 adds
 * exactly one entry `{ from: 1, migrate }` here and bumps CURRENT_FORMAT_VERSION, and the committed
 * v1 fixture (test/fixtures/bundles) then proves the step. Steps work on plain JSON because an old
 * manifest does not match today's schema; the schema checks the result.
 */
import { BundleError } from './bundleError';
import { BUNDLE_FORMAT, CURRENT_FORMAT_VERSION } from './manifest';

export interface MigrationStep {
  from: number;
  migrate(manifest: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly MigrationStep[] = [];

/**
 * Brings a raw manifest up to `current` through `steps`. Invariant: the result's formatVersion is
 * `current`, or a BundleError ('unsupported-version', 'bad-manifest') is thrown and nothing else happens.
 */
export function migrateManifest(
  raw: unknown,
  steps: readonly MigrationStep[] = MIGRATIONS,
  current: number = CURRENT_FORMAT_VERSION,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new BundleError('bad-manifest', 'Its manifest is not a JSON object.');
  let manifest = raw as Record<string, unknown>;
  if (manifest.format !== BUNDLE_FORMAT) throw new BundleError('bad-manifest', 'Its manifest does not say it is a Clausebench bundle.');
  const version = manifest.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new BundleError(
      'unsupported-version',
      `Its format version (${JSON.stringify(version)}) is not one Clausebench has ever written: ask for a file exported by Clausebench.`,
    );
  if (version > current)
    throw new BundleError(
      'unsupported-version',
      `It was written in format version ${version} by a newer Clausebench; this one reads versions up to ${current}. Update Clausebench, then import it again.`,
      { version, current },
    );
  for (let v = version; v < current; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step)
      throw new BundleError(
        'unsupported-version',
        `Format version ${v} cannot be migrated (no step from ${v} to ${v + 1}): export it again with a current Clausebench.`,
      );
    manifest = { ...step.migrate(manifest), formatVersion: v + 1 };
  }
  return manifest;
}
