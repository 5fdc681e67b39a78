/**
 * The sample case's clauses (resources/sample-case/clauses.json), stored by quote and placed on
 * install through the same anchoring as any clause, so a sample clause whose text moved is
 * found again or reported, never pinned to the wrong words.
 */
import { anchorTarget, buildAnchorIndex, describeRange } from './anchoring';
import { BUILT_IN_CLAUSE_TYPES, clauseTypeColour } from './clauseTypes';
import { joinDocumentText, pageIndexAtOffset, pageStartOffsets } from './documentText';
import { stamp } from './ids';
import type { Clause } from './types';
import { z } from './zod';

/** Context characters per side, as describeRange writes them. */
const MAX_CONTEXT = 32;
const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const builtInTypeIds = BUILT_IN_CLAUSE_TYPES.map((t) => t.id) as [string, ...string[]];

const sampleClause = z.object({
  /** Fixed in the file, so a reset gives every clause its old id (links and exports keep working). */
  id: z.uuid(),
  fileName: z.string().regex(/^[\w.-]+\.pdf$/),
  label: z.string().trim().min(1),
  // Only built-in types: a user's own types live in their settings, not in the app's resources.
  type: z.enum(builtInTypeIds),
  tags: z.array(z.string().regex(TAG)).max(6),
  comment: z.string().trim().min(1),
  quote: z.object({
    exact: z.string().refine((s) => s.trim().length > 0, { message: 'is empty' }),
    prefix: z.string().max(MAX_CONTEXT),
    suffix: z.string().max(MAX_CONTEXT),
  }),
});

export const sampleClausesSchema = z.object({ version: z.literal(1), clauses: z.array(sampleClause).min(1) }).superRefine((file, ctx) => {
  const ids = new Set<string>();
  const labels = new Set<string>();
  file.clauses.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `duplicate id ${c.id}` });
    const key = `${c.fileName}\u0000${c.label}`;
    if (labels.has(key)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'label'], message: `duplicate label ${c.label} in ${c.fileName}` });
    ids.add(c.id);
    labels.add(key);
  });
});

export type SampleClausesFile = z.infer<typeof sampleClausesSchema>;
export type SampleClauseEntry = SampleClausesFile['clauses'][number];

export function parseSampleClauses(json: unknown): SampleClausesFile {
  const result = sampleClausesSchema.safeParse(json);
  if (!result.success) throw new Error(`The sample case's clauses.json is invalid: ${result.error.message}`);
  return result.data;
}

export interface SampleDocumentText {
  fileName: string;
  documentId: string;
  /** The document's page texts in page order, as stored (PageTextRecord.text). */
  pageTexts: readonly string[];
}

export interface SampleClauseFailure {
  label: string;
  fileName: string;
  reason: string;
}

/**
 * Places every entry of `file` in its document's text.
 *
 * Invariants: each returned clause's target is describeRange of the range anchoring found (so its
 * quote is the text there now, and its position points at it), pageIndex is the page holding its
 * start, rects are empty (the reader computes them when it shows the page), anchorStatus is
 * anchorTarget's status ('anchored' or 'fuzzy'); every entry that cannot be placed (its document
 * is missing, or its quote is orphaned) is in failures instead, never guessed. Pure: the same
 * arguments give the same result. Each document's anchor index is built once.
 */
export function placeSampleClauses(
  file: SampleClausesFile,
  documents: readonly SampleDocumentText[],
  caseId: string,
  profile: string,
  now: Date,
): { clauses: Clause[]; failures: SampleClauseFailure[] } {
  const byName = new Map(documents.map((d) => [d.fileName, d]));
  const indexes = new Map<string, ReturnType<typeof buildAnchorIndex>>();
  const provenance = stamp(profile, now);
  const clauses: Clause[] = [];
  const failures: SampleClauseFailure[] = [];

  for (const entry of file.clauses) {
    const doc = byName.get(entry.fileName);
    if (!doc) {
      failures.push({ label: entry.label, fileName: entry.fileName, reason: 'its document is not in the sample case' });
      continue;
    }
    let index = indexes.get(doc.fileName);
    if (!index) {
      index = buildAnchorIndex(joinDocumentText(doc.pageTexts), pageStartOffsets(doc.pageTexts));
      indexes.set(doc.fileName, index);
    }
    const found = anchorTarget(index, {
      quote: { type: 'TextQuoteSelector', ...entry.quote },
      // No stored position or page: the file holds quotes only, so anchoring searches the whole text.
      position: { type: 'TextPositionSelector', start: 0, end: 0 },
      pageIndex: 0,
    });
    if (found.status === 'orphaned' || found.start === undefined || found.end === undefined) {
      failures.push({ label: entry.label, fileName: entry.fileName, reason: 'its quote was not found in the document text' });
      continue;
    }
    const { quote, position } = describeRange(index.docText, found.start, found.end);
    clauses.push({
      id: entry.id,
      caseId,
      documentId: doc.documentId,
      target: { quote, position, pageIndex: pageIndexAtOffset(index.pageStarts, found.start), rects: [] },
      type: entry.type,
      label: entry.label,
      comment: entry.comment,
      tags: [...entry.tags],
      colour: clauseTypeColour(entry.type),
      anchorStatus: found.status,
      ...provenance,
    });
  }
  return { clauses, failures };
}
