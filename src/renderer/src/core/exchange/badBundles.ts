/**
 * Builders of bad bundles for the tests: each takes a good bundle's parts and breaks one thing.
 * Kept apart from the tests so the db tests and the e2e tests can make the same ones. Test-only.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { MANIFEST_PATH } from './manifest';

export interface BundleParts {
  manifest: Record<string, unknown>;
  /** Zip entries other than the manifest, by path. */
  entries: Record<string, Uint8Array>;
}

/** Zips parts as given, with no checks, so tests can make any bad bundle. */
export function zipParts(parts: BundleParts, extra: Zippable = {}): Uint8Array {
  return zipSync(
    { [MANIFEST_PATH]: strToU8(JSON.stringify(parts.manifest)), ...parts.entries, ...extra },
    { mtime: new Date('2026-01-01T00:00:00Z') },
  );
}
