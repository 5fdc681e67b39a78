/**
 * Messages between the search client (UI thread) and the search worker, and their checks: each
 * side reads what arrives through these, so a malformed message is refused with a reason (or
 * ignored when it cannot be answered), never half-used.
 */
import type { SearchRequest, SearchResults } from '../../core/search/runSearch';
import { z } from '../../core/zod';
import type { IndexStatus } from './searchService';

export type ToWorker = { type: 'query'; id: number; request: SearchRequest };

export type FromWorker =
  { type: 'status'; status: IndexStatus } | { type: 'results'; id: number; results: SearchResults } | { type: 'failed'; id: number; message: string };

const words = z.array(z.string());
const requestSchema = z.object({
  query: z.string(),
  filters: z
    .object({
      kinds: words,
      clauseTypes: words,
      tags: words,
      from: z.string(),
      to: z.string(),
      within: z.enum(['all', 'pages', 'clauses', 'entities']),
    })
    .partial()
    .optional(),
  caseId: z.string().optional(),
  exact: z.boolean().optional(),
  limit: z.number().int().positive().optional(),
});
const toWorkerSchema = z.object({ type: z.literal('query'), id: z.number().int(), request: requestSchema });

/** A message to the worker as sent, or why not (with its id when it has one, so it can be answered). */
export function readToWorker(data: unknown): { message: ToWorker } | { problem: string; id: number | undefined } {
  const parsed = toWorkerSchema.safeParse(data);
  if (parsed.success) return { message: data as ToWorker };
  const id = (data as { id?: unknown } | null)?.id;
  const where = parsed.error.issues[0];
  return {
    problem: `the search request is malformed (${where ? `${where.path.join('.') || 'message'}: ${where.message}` : 'unknown shape'})`,
    id: typeof id === 'number' ? id : undefined,
  };
}

/** A message from the worker, or undefined when it is not one (checked by shape; results are the worker's own). */
export function readFromWorker(data: unknown): FromWorker | undefined {
  const m = data as Partial<Record<'type' | 'id' | 'status' | 'results' | 'message', unknown>> | null;
  if (typeof m !== 'object' || m === null) return undefined;
  if (m.type === 'status') return typeof (m.status as IndexStatus | null)?.phase === 'string' ? (m as FromWorker) : undefined;
  if (typeof m.id !== 'number') return undefined;
  if (m.type === 'results') return Array.isArray((m.results as SearchResults | null)?.groups) ? (m as FromWorker) : undefined;
  if (m.type === 'failed') return typeof m.message === 'string' ? (m as FromWorker) : undefined;
  return undefined;
}
