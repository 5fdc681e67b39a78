/**
 * A bundle is a zip: manifest.json (manifest.ts) and the PDFs under files/<sha256>.pdf. Writing
 * builds it from records and bytes; reading checks everything before anyone writes a thing: zip
 * safety (zipSafe.ts), the manifest's version (migrations.ts) and schema, the references between
 * records (references.ts), and that every PDF is there with the bytes its SHA-256 names.
 */
import { sha256Hex } from '../hash';
import { BundleError } from './bundleError';
import { BUNDLE_FORMAT, CURRENT_FORMAT_VERSION, filePath, MANIFEST_PATH, manifestSchema, type Manifest, type ManifestScope } from './manifest';
import { migrateManifest } from './migrations';
import { referenceProblems } from './references';
import type { BundleRecords } from './records';
import { readZipSafely, writeZip, type ZipLimits } from './zipSafe';

export interface BundleContents {
  manifest: Manifest;
  /** PDF bytes by SHA-256, each checked against it. */
  files: Map<string, Uint8Array>;
}

export interface BundleHeader {
  kind: Manifest['kind'];
  scope: ManifestScope;
  exportedBy: string;
  exportedAt: Date;
  appVersion: string;
}

/** Writes a bundle (or backup). Invariant: readBundle gives back exactly `records` and `files`. */
export function writeBundle(header: BundleHeader, records: BundleRecords, files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    kind: header.kind,
    exportedAt: header.exportedAt.toISOString(),
    exportedBy: header.exportedBy,
    appVersion: header.appVersion,
    scope: header.scope,
    records: records as Manifest['records'],
    files: [...files].map(([sha256, bytes]) => ({ sha256, path: filePath(sha256), size: bytes.length })),
  };
  const json = new TextEncoder().encode(JSON.stringify(manifest));
  return writeZip(
    [
      { path: MANIFEST_PATH, bytes: json, compress: true },
      ...[...files].map(([sha256, bytes]) => ({ path: filePath(sha256), bytes, compress: false })),
    ],
    header.exportedAt,
  );
}

export type ReadPhase = 'unpacking' | 'checking';

export interface ReadBundleOptions {
  limits?: ZipLimits;
  onProgress?: (phase: ReadPhase, done: number, total: number) => void | Promise<void>;
  signal?: AbortSignal;
}

/**
 * PDFs hashed at once. Web Crypto hashes off the main thread, so a few digests in flight use every
 * core; a few, not all, because each digest holds a copy of its input until it finishes.
 */
const HASHES_AT_ONCE = 4;

/** `fn` over `items` with at most `limit` calls in flight; results in the items' order; the first rejection rejects. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`);
  return shown.join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
}

/** Reads and checks a bundle; throws a BundleError saying what is wrong, having changed nothing. */
export async function readBundle(bytes: Uint8Array, options: ReadBundleOptions = {}): Promise<BundleContents> {
  const entries = await readZipSafely(bytes, {
    limits: options.limits,
    signal: options.signal,
    onProgress: (done, total) => options.onProgress?.('unpacking', done, total),
  });
  const manifestBytes = entries.get(MANIFEST_PATH);
  if (!manifestBytes) throw new BundleError('bad-manifest', `It has no ${MANIFEST_PATH}, so it is not a Clausebench bundle.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    throw new BundleError('bad-manifest', `Its ${MANIFEST_PATH} is not valid JSON.`);
  }
  const parsed = manifestSchema.safeParse(migrateManifest(json));
  if (!parsed.success)
    throw new BundleError(
      'bad-manifest',
      `Its manifest does not match format version ${CURRENT_FORMAT_VERSION}: ${describeIssues(parsed.error.issues)}.`,
    );
  const manifest = parsed.data;

  const problems = referenceProblems(manifest.records as BundleRecords);
  if (problems.length > 0)
    throw new BundleError(
      'missing-reference',
      `Its records do not fit together: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}.`,
      { problems },
    );

  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  if (listed.size !== manifest.files.length || new Set(manifest.files.map((f) => f.sha256)).size !== manifest.files.length)
    throw new BundleError('bad-manifest', 'Its manifest lists the same file twice.');
  for (const name of entries.keys())
    if (name !== MANIFEST_PATH && !listed.has(name)) throw new BundleError('bad-manifest', `It holds “${name}”, which its manifest does not list.`);
  const shas = new Set(manifest.files.map((f) => f.sha256));
  for (const d of manifest.records.documents)
    if (!shas.has(d.sha256))
      throw new BundleError('missing-file', `The PDF of “${d.title}” (${d.sha256.slice(0, 12)}…) is missing from it.`, { sha256: d.sha256 });

  const listedBytes = manifest.files.map((f) => {
    const data = entries.get(f.path);
    if (!data) throw new BundleError('missing-file', `Its file “${f.path}” is listed but missing.`, { sha256: f.sha256 });
    return data;
  });
  let checked = 0;
  const actual = await mapConcurrently(listedBytes, HASHES_AT_ONCE, async (data) => {
    if (options.signal?.aborted) throw new BundleError('cancelled', 'Reading was cancelled.');
    const sha256 = await sha256Hex(data);
    checked += data.length;
    await options.onProgress?.('checking', checked, bytes.length);
    return sha256;
  });
  const files = new Map<string, Uint8Array>();
  manifest.files.forEach((f, i) => {
    const data = listedBytes[i]!;
    if (data.length !== f.size || actual[i] !== f.sha256)
      throw new BundleError('hash-mismatch', `Its file “${f.path}” does not have the bytes its SHA-256 names (it was altered or damaged).`, {
        sha256: f.sha256,
        actual: actual[i],
      });
    files.set(f.sha256, data);
  });
  return { manifest, files };
}
