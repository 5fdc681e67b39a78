/**
 * Reading Web Annotations back (ours from core/webAnnotationExport.ts, or another tool's that
 * target a PDF by its SHA-256). Nothing here writes: the caller turns each ImportedAnnotation into
 * a Clause and merges by id, so importing the same file twice adds nothing.
 *
 * All or nothing: one bad annotation rejects the file, with the first problems named by item
 * number and property, so the user can fix the file rather than end up with half of it.
 */
import { z } from './zod';
import { EXT, PDF_FRAGMENT_SPEC, UUID_IRI_PREFIX } from './webAnnotationExport';
import type { PdfRect, TextPositionSelector, TextQuoteSelector } from './types';

export interface ImportedAnnotation {
  /** The clause id: the annotation's IRI without `urn:uuid:` (a foreign IRI is kept whole). */
  id: string;
  /** Lower-case hex SHA-256 of the PDF the annotation is on. */
  sha256: string;
  /** The file name the exporting app knew the PDF by, when it said. */
  fileName: string | null;
  /** The raw quote anchoring matches; for an area clause, the typed quote (prefix/suffix empty). */
  quote: TextQuoteSelector;
  position: TextPositionSelector | null;
  /** 0-based page from the FragmentSelector `page=N`, when there is one. */
  pageIndex: number | null;
  area: boolean;
  rects: { pageIndex: number; rects: PdfRect[] }[];
  /** The clause type id; "other" when the annotation does not classify. */
  type: string;
  label: string;
  comment: string;
  tags: string[];
  createdBy: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export type WebAnnotationImport = { ok: true; annotations: ImportedAnnotation[] } | { ok: false; problems: string[] };

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 8;

// --- zod schemas -------------------------------------------------------------------------------

const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const SHA256_IRI = /^urn:sha256:([0-9a-f]{64})$/i;

const isoDateTime = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'is not an ISO 8601 date-time' });

/** A single value or a list of them, as JSON-LD allows almost everywhere. */
const toList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

const typeIncludes = (name: string) => (v: unknown) => toList(v).includes(name);

const agentSchema = z.union([
  z.string(),
  z.looseObject({ name: z.union([z.string(), z.array(z.string())]).optional(), nickname: z.string().optional() }),
]);

const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const positionSelector = z
  .looseObject({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((s) => s.end >= s.start, { message: 'ends before it starts', path: ['end'] });
const fragmentSelector = z.looseObject({ type: z.literal('FragmentSelector'), value: z.string(), conformsTo: z.string().optional() });
const knownSelector = z.discriminatedUnion('type', [quoteSelector, positionSelector, fragmentSelector]);

const KNOWN_SELECTORS = new Set(['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector']);

/**
 * Selectors as one flat list: a list of alternatives and refinedBy chains alike (W3C allows
 * both), keeping only the kinds Clausebench reads; others (RangeSelector, a viewer's own page
 * selector) are skipped, not errors.
 */
function flattenSelectors(value: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 8) return;
    for (const s of toList(v)) {
      if (typeof s !== 'object' || s === null) continue;
      const type = (s as { type?: unknown }).type;
      if (typeof type === 'string' && KNOWN_SELECTORS.has(type)) out.push(s);
      visit((s as { refinedBy?: unknown }).refinedBy, depth + 1);
    }
  };
  visit(value, 0);
  return out;
}

const rectSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const targetSchema = z.looseObject({
  source: z.preprocess(
    // A source may be an IRI or an External Web Resource object with that IRI as its id.
    (v) => (typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : v),
    z.string().regex(SHA256_IRI, { message: 'is not urn:sha256:<64 hex digits> (Clausebench imports annotations on PDFs named by their SHA-256)' }),
  ),
  selector: z.preprocess(flattenSelectors, z.array(knownSelector)),
  [EXT.document]: z.looseObject({ fileName: z.string().optional(), title: z.string().optional() }).optional(),
  [EXT.rects]: z.array(z.object({ pageIndex: z.number().int().min(0), rects: z.array(rectSchema) })).optional(),
  [EXT.area]: z.looseObject({ quote: z.string() }).optional(),
});

const bodySchema = z.union([
  z.string(),
  z.looseObject({ value: z.string().optional(), purpose: z.union([z.string(), z.array(z.string())]).optional() }),
]);

const annotationSchema = z.looseObject({
  id: z.string().regex(IRI, { message: 'is not an IRI (Clausebench writes urn:uuid:<id>)' }),
  type: z.unknown().refine(typeIncludes('Annotation'), { message: 'is not "Annotation"' }),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: isoDateTime.optional(),
  modified: isoDateTime.optional(),
  creator: z.union([agentSchema, z.array(agentSchema)]).optional(),
  body: z.union([bodySchema, z.array(bodySchema)]).optional(),
  bodyValue: z.string().optional(),
  target: z.preprocess(pickTarget, targetSchema),
});
type AnnotationJson = z.infer<typeof annotationSchema>;

/**
 * The one target Clausebench can use: several targets are W3C-legal, and the first that names a
 * PDF by hash is the one; otherwise the first, so its problem is the one reported.
 */
function pickTarget(v: unknown): unknown {
  const list = toList(v);
  const byHash = list.find((t) => {
    const source = typeof t === 'object' && t !== null ? (t as { source?: unknown }).source : undefined;
    const iri = typeof source === 'object' && source !== null ? (source as { id?: unknown }).id : source;
    return typeof iri === 'string' && SHA256_IRI.test(iri);
  });
  const first = byHash ?? list[0];
  // A bare IRI target has no selectors; give it the shape whose check says so.
  return typeof first === 'string' ? { source: first } : first;
}

// --- errors ------------------------------------------------------------------------------------

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
  boolean: 'true or false',
};

/** Phrases for zod's generic issues, read after "item 3: target.source …". */
const errorMap = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `is not ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} entries` : `is less than ${String(issue.minimum)}`;
    case 'invalid_value':
      return `is not ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_union':
      return 'is not in a form Clausebench reads';
    default:
      return undefined;
  }
};

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

// --- parsing -----------------------------------------------------------------------------------

/**
 * Parses a Web Annotation file: a single Annotation, an AnnotationCollection with an embedded
 * first page, an AnnotationPage, or a plain array of Annotations.
 *
 * Invariants: pure; ok:true carries every annotation of the file (duplicates by id collapse to
 * the first) and each has a urn:sha256 source and either a TextQuoteSelector or, for an area
 * clause, its page; ok:false carries 1..MAX_PROBLEMS+1 messages, item numbers 1-based.
 */
export function importWebAnnotations(text: string): WebAnnotationImport {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problems: [`The file is not JSON (${e instanceof Error ? e.message : String(e)}).`] };
  }
  return importWebAnnotationValue(json);
}

/** importWebAnnotations for an already parsed value. */
export function importWebAnnotationValue(json: unknown): WebAnnotationImport {
  const located = locateItems(json);
  if (typeof located === 'string') return { ok: false, problems: [located] };

  const problems: string[] = [];
  let more = 0;
  const annotations: ImportedAnnotation[] = [];
  const seen = new Set<string>();
  located.forEach((item, index) => {
    const n = index + 1;
    const found = readAnnotation(item);
    if (typeof found === 'string' || Array.isArray(found)) {
      for (const p of toList(found) as string[]) {
        if (problems.length < MAX_PROBLEMS) problems.push(`item ${n}: ${p}`);
        else more++;
      }
      return;
    }
    if (seen.has(found.id)) return;
    seen.add(found.id);
    annotations.push(found);
  });
  if (problems.length > 0) {
    if (more > 0) problems.push(`…and ${more} more problem${more === 1 ? '' : 's'}.`);
    return { ok: false, problems };
  }
  return { ok: true, annotations };
}

/** The annotations of the file, or the problem with its overall shape. */
function locateItems(json: unknown): unknown[] | string {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) return 'The file is not an AnnotationCollection or Annotation (it holds no JSON object).';
  const obj = json as { type?: unknown; first?: unknown; items?: unknown; total?: unknown };
  if (typeIncludes('Annotation')(obj.type)) return [json];
  if (typeIncludes('AnnotationCollection')(obj.type)) {
    if (obj.first === undefined) {
      return obj.total === undefined || obj.total === 0 ? [] : 'The AnnotationCollection has no first page of annotations.';
    }
    if (typeof obj.first === 'string') {
      return `The AnnotationCollection's first page is not in the file (it links to ${obj.first}); export the annotations with their page embedded.`;
    }
    return itemsOf(obj.first, 'The AnnotationCollection\u2019s first page');
  }
  if (typeIncludes('AnnotationPage')(obj.type)) return itemsOf(obj, 'The AnnotationPage');
  const type = obj.type === undefined ? 'no type' : `type ${JSON.stringify(obj.type)}`;
  return `The file is not an AnnotationCollection or Annotation (${type}).`;
}

function itemsOf(page: unknown, what: string): unknown[] | string {
  const items = typeof page === 'object' && page !== null ? (page as { items?: unknown }).items : undefined;
  return Array.isArray(items) ? items : `${what} has no items list.`;
}

/** One annotation, or its problems (without the "item n:" prefix). */
function readAnnotation(item: unknown): ImportedAnnotation | string | string[] {
  if (typeof item === 'string') return `is only a link (${item}), not an Annotation with its target.`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'is not an Annotation object.';
  const parsed = annotationSchema.safeParse(item, { error: errorMap, reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${pathText(i.path) || 'the annotation'} ${i.message}`);
    return problems.slice(0, 3);
  }
  return toImported(parsed.data);
}

function toImported(a: AnnotationJson): ImportedAnnotation | string {
  const { target } = a;
  const selectors = target.selector;
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const pageIndex = pageOf(selectors);
  const area = target[EXT.area];

  if (area && pageIndex === null) return 'target.selector has no FragmentSelector "page=N", which an area clause needs to be placed.';
  if (!area && !quote) return 'target.selector has no TextQuoteSelector, so the clause cannot be found in the PDF text.';

  const bodies = readBodies(a);
  return {
    id: a.id.toLowerCase().startsWith(UUID_IRI_PREFIX) ? a.id.slice(UUID_IRI_PREFIX.length) : a.id,
    sha256: (SHA256_IRI.exec(target.source)?.[1] ?? '').toLowerCase(),
    fileName: target[EXT.document]?.fileName ?? null,
    quote: area
      ? { type: 'TextQuoteSelector', exact: area.quote, prefix: '', suffix: '' }
      : { type: 'TextQuoteSelector', exact: quote!.exact, prefix: quote!.prefix ?? '', suffix: quote!.suffix ?? '' },
    position: !area && position ? { type: 'TextPositionSelector', start: position.start, end: position.end } : null,
    pageIndex,
    area: Boolean(area),
    rects: (target[EXT.rects] ?? []).map((r) => ({ pageIndex: r.pageIndex, rects: r.rects.map((q) => [...q] as PdfRect) })),
    type: bodies.type || 'other',
    label: bodies.label,
    comment: bodies.comment,
    tags: bodies.tags,
    createdBy: agentName(a.creator),
    createdAt: a.created ?? null,
    updatedAt: a.modified ?? a.created ?? null,
  };
}

/** The 0-based page of the first PDF FragmentSelector with `page=N` (N >= 1). */
function pageOf(selectors: z.infer<typeof knownSelector>[]): number | null {
  for (const s of selectors) {
    if (s.type !== 'FragmentSelector') continue;
    // Fragment selectors of other media (e.g. `xywh=` for images) say nothing about PDF pages.
    if (s.conformsTo !== undefined && s.conformsTo.replace(/^https:/, 'http:') !== PDF_FRAGMENT_SPEC) continue;
    const m = /(?:^#?|&)page=(\d+)/.exec(s.value);
    if (m && Number(m[1]) >= 1) return Number(m[1]) - 1;
  }
  return null;
}

interface BodyFields {
  type: string;
  label: string;
  comment: string;
  tags: string[];
}

/**
 * Fields from textual bodies by purpose; a body without a purpose takes the annotation's single
 * motivation (W3C: the motivation then applies to every body). Describing bodies are derived
 * text (quote and citation) and are not read back; other free text becomes the comment.
 */
function readBodies(a: AnnotationJson): BodyFields {
  const motivations = toList(a.motivation) as string[];
  const fallback = motivations.length === 1 ? motivations[0] : undefined;
  const out: BodyFields = { type: '', label: '', comment: '', tags: [] };
  const comments: string[] = [];
  const bodies = [...toList(a.body), ...(a.bodyValue !== undefined ? [{ value: a.bodyValue }] : [])];
  for (const body of bodies) {
    if (typeof body !== 'object' || body === null) continue; // a linked body (an IRI) carries no text
    const { value, purpose } = body as { value?: string; purpose?: string | string[] };
    if (value === undefined) continue;
    const purposes = purpose === undefined ? (fallback ? [fallback] : []) : toList(purpose);
    if (purposes.includes('classifying')) {
      if (!out.type) out.type = value.trim();
    } else if (purposes.includes('identifying')) {
      if (!out.label) out.label = value;
    } else if (purposes.includes('tagging')) {
      const tag = value.trim();
      if (tag && !out.tags.includes(tag)) out.tags.push(tag);
    } else if (!purposes.includes('describing') && value.trim()) {
      // Commenting, and any other textual body (a reply, a question, a bare bodyValue): the
      // comment is the one free-text field a clause has.
      comments.push(value);
    }
  }
  out.comment = comments.join('\n\n');
  return out;
}

function agentName(creator: AnnotationJson['creator']): string | null {
  for (const agent of toList(creator) as z.infer<typeof agentSchema>[]) {
    if (typeof agent === 'string') continue; // an IRI names no one readable
    const name = toList(agent.name)[0] ?? agent.nickname;
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  return null;
}
