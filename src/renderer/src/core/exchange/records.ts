/**
 * The record schemas a bundle carries, one per table. Loose objects: fields a later issue adds to
 * a record travel through unchanged (a round trip gives back exactly the same records), while the
 * fields merging and reference checks rely on are required and typed.
 */
import { z } from '../zod';

const id = z.string().min(1).max(200);
const timestamp = z.string().min(1).max(64);
const provenance = { createdBy: z.string().max(500), createdAt: timestamp, updatedAt: timestamp };

export const caseSchema = z.looseObject({ id, name: z.string(), notes: z.string(), isSample: z.boolean().optional(), ...provenance });

export const documentSchema = z.looseObject({
  id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex'),
  caseIds: z.array(id),
  title: z.string(),
  kind: z.string(),
  pageCount: z.number().int().nonnegative(),
  pageStatus: z.array(z.string()),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  addedAt: timestamp,
  versionOf: id.optional(),
  ...provenance,
});

export const pageTextSchema = z.looseObject({
  documentId: id,
  pageIndex: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  status: z.string(),
});

export const clauseSchema = z.looseObject({
  id,
  caseId: id,
  documentId: id,
  target: z.looseObject({
    quote: z.looseObject({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
    position: z.looseObject({ start: z.number(), end: z.number() }),
    pageIndex: z.number().int().nonnegative(),
    rects: z.array(z.looseObject({ pageIndex: z.number().int().nonnegative(), rects: z.array(z.array(z.number()).length(4)) })),
  }),
  type: z.string(),
  label: z.string(),
  comment: z.string(),
  tags: z.array(z.string()),
  ...provenance,
});

export const entitySchema = z.looseObject({ id, caseId: id, name: z.string(), type: z.string(), aliases: z.array(z.string()), ...provenance });
export const linkSchema = z.looseObject({ id, caseId: id, clauseId: id, entityId: id, role: z.string(), ...provenance });
export const comparisonSchema = z.looseObject({ id, caseId: id, title: z.string(), ...provenance });
export const regimeSchema = z.looseObject({ id, caseId: id, comparisonId: id, name: z.string(), ...provenance });
export const dimensionSchema = z.looseObject({ id, caseId: id, comparisonId: id, question: z.string(), ...provenance });
export const cellSchema = z.looseObject({
  id,
  caseId: id,
  comparisonId: id,
  regimeId: id,
  dimensionId: id,
  evidenceClauseIds: z.array(id),
  ...provenance,
});
/** Backups only: the app's settings and where the reader left each document. */
export const settingSchema = z.looseObject({ key: z.string().min(1), value: z.unknown() });
export const viewStateSchema = z.looseObject({ documentId: id });

/** The tables a bundle carries, in the order they are written and checked. */
export const RECORD_SCHEMAS = {
  cases: caseSchema,
  documents: documentSchema,
  pageTexts: pageTextSchema,
  clauses: clauseSchema,
  entities: entitySchema,
  links: linkSchema,
  comparisons: comparisonSchema,
  regimes: regimeSchema,
  dimensions: dimensionSchema,
  cells: cellSchema,
  settings: settingSchema,
  viewStates: viewStateSchema,
} as const;

export type TableName = keyof typeof RECORD_SCHEMAS;
export const TABLE_NAMES = Object.keys(RECORD_SCHEMAS) as TableName[];
/** Tables whose records have an `id` and provenance: what merging compares and the report counts. */
export const MERGED_TABLES = ['cases', 'documents', 'clauses', 'entities', 'links', 'comparisons', 'regimes', 'dimensions', 'cells'] as const;
export type MergedTable = (typeof MERGED_TABLES)[number];

/** A record as the bundle carries it: plain JSON. */
export type BundleRecord = Record<string, unknown>;
export type BundleRecords = Record<TableName, BundleRecord[]>;

export function emptyRecords(): BundleRecords {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BundleRecords;
}
