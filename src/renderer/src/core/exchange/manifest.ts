/**
 * The bundle manifest (manifest.json inside a .clausebench zip), format version 1. A bundle
 * carries one case (or chosen documents of it) for a colleague; a backup is the same format with
 * kind 'backup' and every table. Older versions are migrated (migrations.ts) before this schema
 * checks them; a newer version is refused.
 */
import { z } from '../zod';
import { RECORD_SCHEMAS, TABLE_NAMES, type TableName } from './records';

export const BUNDLE_FORMAT = 'clausebench-bundle';
export const CURRENT_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';

/** Where a PDF sits in the zip: named by its SHA-256, so paths are safe and unique by construction. */
export function filePath(sha256: string): string {
  return `files/${sha256}.pdf`;
}

// Loose: a backup also carries tables added after this format was written (whole database);
// a bundle's import reads only the tables listed here.
const records = z.looseObject(
  Object.fromEntries(TABLE_NAMES.map((t) => [t, z.array(RECORD_SCHEMAS[t]).default([])])) as {
    [T in TableName]: z.ZodDefault<z.ZodArray<(typeof RECORD_SCHEMAS)[T]>>;
  },
);

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  kind: z.enum(['bundle', 'backup']),
  exportedAt: z.string().min(1),
  exportedBy: z.string(),
  appVersion: z.string(),
  scope: z.discriminatedUnion('type', [
    z.object({ type: z.literal('case'), caseIds: z.array(z.string()).min(1) }),
    z.object({ type: z.literal('documents'), caseIds: z.array(z.string()), documentIds: z.array(z.string()).min(1) }),
    z.object({ type: z.literal('all') }),
  ]),
  records,
  files: z.array(
    z.object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      path: z.string().min(1),
      size: z.number().int().nonnegative(),
    }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestScope = Manifest['scope'];
