/**
 * Clauses as a W3C Web Annotation collection (JSON-LD, https://www.w3.org/TR/annotation-model/),
 * so other annotation tools can read an analyst's work and Clausebench can read it back
 * (core/webAnnotationImport.ts).
 *
 * One Annotation per clause:
 * - `id` `urn:uuid:<clause id>`: merging by id makes a second import a no-op.
 * - `motivation` "highlighting": a clause is a marked passage; what the analyst said about it is
 *   in the bodies, each with the W3C purpose that fits:
 *     classifying  the clause type id ("prohibition")
 *     identifying  the label ("Sec. 3(b)", "¶ 42"): it names which provision the passage is
 *     commenting   the Markdown comment (format text/markdown)
 *     tagging      one body per tag
 *     describing   the clean quote with its citation, for readers of the file; never read back
 * - One more body per link of the clause to an entity: a SpecificResource with purpose
 *   "identifying" (W3C 3.3.5: the body identifies what the target is about) whose `source` is the
 *   entity: its external id when that is an IRI (a Wikidata IRI, say; a bare "Q42" becomes
 *   Wikidata's entity IRI), else `urn:uuid:<entity id>`. Its `id` is `urn:uuid:<link id>`. The
 *   W3C model has no property for the part an entity plays in a passage, and anno.jsonld maps no
 *   term we could borrow honestly (a `schema:roleName` would claim schema.org's Role shape, and a
 *   tagging body "role: restricts" would come back as a tag), so the role, the note, the entity's
 *   name and type (and an external id that is not an IRI) sit in `clausebench:` properties of that
 *   body, like the target's. A SpecificResource may carry no `value` (W3C 4), and has none.
 * - `target`: a SpecificResource whose `source` is `urn:sha256:<hash of the PDF bytes>` (the
 *   document's identity everywhere in Clausebench, whatever the file is called) and whose
 *   `selector` is a list of alternative W3C selectors: FragmentSelector `page=N` (RFC 3778, the
 *   page the clause starts on; the coarse fallback a PDF viewer can open), TextQuoteSelector with
 *   the RAW extracted text that anchoring matches, and TextPositionSelector (offsets in the
 *   document text). Area clauses (no text layer) have only the FragmentSelector.
 * - Non-W3C data sits in `clausebench:`-prefixed properties of the target, never in `selector`
 *   (W3C tools must be able to read every selector): the document's file name and title, the
 *   highlight rectangles in PDF user space, and an area clause's typed quote. JSON-LD reads an
 *   unknown prefix as an IRI scheme, so these survive expansion instead of being dropped.
 *
 * Every annotation carries its own "@context", so each item is a valid standalone annotation
 * (the W3C suite checks annotations one at a time).
 */
import { describedQuote, type ClauseExportItem } from './clauseExport';
import { externalIdProblem } from './entities/externalId';
import { newId } from './ids';
import type { ClauseEntityLink } from './clauseExport';
import type { EntityType, LinkRole, PdfRect, TextPositionSelector } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** RFC 3778 (application/pdf) fragment identifiers: `page=N`, 1-based. */
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778';
export const UUID_IRI_PREFIX = 'urn:uuid:';
export const SHA256_IRI_PREFIX = 'urn:sha256:';
/** Names of the non-W3C properties Clausebench adds to a target. */
export const EXT = {
  document: 'clausebench:document',
  rects: 'clausebench:rects',
  area: 'clausebench:area',
  /** On an entity body: the entity's own id (urn:uuid:), also when `source` is its external IRI. */
  entity: 'clausebench:entity',
  entityName: 'clausebench:entityName',
  entityType: 'clausebench:entityType',
  /** An external id that is not an IRI, kept as typed. */
  externalId: 'clausebench:externalId',
  role: 'clausebench:role',
  note: 'clausebench:note',
} as const;
/** Wikidata's entity IRIs, for a bare item id ("Q42"). */
export const WIKIDATA_ENTITY_PREFIX = 'http://www.wikidata.org/entity/';

export interface FragmentSelectorJson {
  type: 'FragmentSelector';
  conformsTo: typeof PDF_FRAGMENT_SPEC;
  value: string;
}
/** TextQuoteSelector as written: prefix/suffix are left out when empty. */
export interface TextQuoteSelectorJson {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
export type WebSelector = FragmentSelectorJson | TextQuoteSelectorJson | TextPositionSelector;

export type BodyPurpose = 'classifying' | 'identifying' | 'commenting' | 'tagging' | 'describing';
export interface WebTextualBody {
  type: 'TextualBody';
  purpose: BodyPurpose;
  value: string;
  format: 'text/plain' | 'text/markdown';
}

/** A link of the clause to an entity (see the module comment). */
export interface WebEntityBody {
  type: 'SpecificResource';
  id: string;
  purpose: 'identifying';
  source: string;
  [EXT.entity]: string;
  [EXT.entityName]: string;
  [EXT.entityType]: EntityType;
  [EXT.externalId]?: string;
  [EXT.role]: LinkRole;
  [EXT.note]?: string;
}

export type WebBody = WebTextualBody | WebEntityBody;

export interface WebAnnotationTarget {
  source: string;
  selector: WebSelector[];
  [EXT.document]: { fileName: string; title: string };
  [EXT.rects]?: { pageIndex: number; rects: PdfRect[] }[];
  /** Present only on area clauses: the quote the user typed, since the page has no text to select. */
  [EXT.area]?: { quote: string };
}

export interface WebAgent {
  type: 'Person' | 'Software';
  name: string;
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created?: string;
  modified?: string;
  creator?: WebAgent;
  generated?: string;
  generator: WebAgent;
  body: WebBody[];
  target: WebAnnotationTarget;
}

export interface WebAnnotationPage {
  id: string;
  type: 'AnnotationPage';
  startIndex: 0;
  items: WebAnnotation[];
}

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated?: string;
  generator: WebAgent;
  /** Absent when there are no annotations (W3C: a first page only if there is anything in it). */
  first?: WebAnnotationPage;
}

export interface WebAnnotationExportOptions {
  /** When the export was made (ISO 8601); written as `generated`. */
  generatedAt: string;
  /** The collection's label, e.g. "Northwind v. Commerce — clauses". */
  label: string;
  /** The collection's uuid (or full IRI); a fresh uuid when absent. */
  id?: string;
}

const GENERATOR: WebAgent = { type: 'Software', name: 'Clausebench' };

/**
 * The clauses as one AnnotationCollection with a single embedded AnnotationPage.
 *
 * Invariants: pure apart from a fresh collection id when `options.id` is absent; one annotation
 * per item, in the items' order; `total` equals the number of items; every `id` and `source` is
 * an IRI; timestamps are RFC 3339 (`toISOString`) or left out when unparseable; selectors are
 * W3C selectors only; the describing body of an illustrative document ends with
 * " (illustrative reconstruction)"; one identifying SpecificResource per entity link, whose
 * source is always an absolute IRI.
 */
export function exportWebAnnotations(items: readonly ClauseExportItem[], options: WebAnnotationExportOptions): WebAnnotationCollection {
  const id = toIri(options.id ?? newId());
  const generated = isoTimestamp(options.generatedAt);
  const annotations = items.map((item) => toWebAnnotation(item, generated));
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label,
    total: annotations.length,
    ...(generated ? { generated } : {}),
    generator: GENERATOR,
    ...(annotations.length > 0 ? { first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items: annotations } } : {}),
  };
}

/** One clause as a standalone Web Annotation (see the module comment for its shape). */
export function toWebAnnotation(item: ClauseExportItem, generated?: string): WebAnnotation {
  const { clause } = item;
  const created = isoTimestamp(clause.createdAt);
  const modified = isoTimestamp(clause.updatedAt);
  const creator = clause.createdBy.trim();
  return {
    '@context': ANNO_CONTEXT,
    id: `${UUID_IRI_PREFIX}${clause.id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
    ...(creator ? { creator: { type: 'Person', name: creator } } : {}),
    ...(generated ? { generated } : {}),
    generator: GENERATOR,
    body: bodiesOf(item),
    target: targetOf(item),
  };
}

function bodiesOf(item: ClauseExportItem): WebBody[] {
  const { clause } = item;
  const text = (purpose: BodyPurpose, value: string): WebTextualBody => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });
  const bodies: WebBody[] = [text('classifying', clause.type)];
  if (clause.label.trim()) bodies.push(text('identifying', clause.label));
  if (clause.comment.trim()) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: clause.comment, format: 'text/markdown' });
  for (const tag of clause.tags) if (tag.trim()) bodies.push(text('tagging', tag));
  for (const link of item.links ?? []) bodies.push(entityBody(link));
  bodies.push(text('describing', describedQuote(item)));
  return bodies;
}

/** One entity link as an identifying SpecificResource. */
export function entityBody({ entity, link }: ClauseEntityLink): WebEntityBody {
  const own = `${UUID_IRI_PREFIX}${entity.id}`;
  const external = entity.externalId?.trim() ?? '';
  const iri = externalIri(external);
  return {
    type: 'SpecificResource',
    id: toIri(link.id),
    purpose: 'identifying',
    source: iri ?? own,
    [EXT.entity]: own,
    [EXT.entityName]: entity.name,
    [EXT.entityType]: entity.type,
    ...(external && !iri ? { [EXT.externalId]: external } : {}),
    [EXT.role]: link.role,
    ...(link.note.trim() ? { [EXT.note]: link.note } : {}),
  };
}

/**
 * An entity's external id as an absolute IRI in URI form (non-ASCII percent-encoded, as the W3C
 * checks' `uri` format wants), a bare Wikidata item id as Wikidata's entity IRI, else undefined.
 * Only what the entity dialog accepts (externalIdProblem: http(s) and urn) becomes the source: an
 * id from an old or hand-edited bundle such as "javascript:…" or "file:…" never does, and the
 * annotation is identified by the entity's urn:uuid instead.
 */
export function externalIri(externalId: string): string | undefined {
  if (/^Q[1-9]\d*$/.test(externalId)) return `${WIKIDATA_ENTITY_PREFIX}${externalId}`;
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(externalId) || externalIdProblem(externalId) !== undefined) return undefined;
  try {
    const href = new URL(externalId).href;
    return /^[\x21-\x7e]+$/.test(href) && !/[<>"{}|\\^`]/.test(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

function targetOf(item: ClauseExportItem): WebAnnotationTarget {
  const { target } = item.clause;
  const page: FragmentSelectorJson = { type: 'FragmentSelector', conformsTo: PDF_FRAGMENT_SPEC, value: `page=${target.pageIndex + 1}` };
  const selector: WebSelector[] = [page];
  if (!target.area) {
    const { exact, prefix, suffix } = target.quote;
    selector.push({ type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) });
    const { start, end } = target.position;
    // A position the W3C model cannot express (negative, fractional, reversed) is left out:
    // anchoring then falls back to the quote, which is what it would do with a stale position.
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start) {
      selector.push({ type: 'TextPositionSelector', start, end });
    }
  }
  // JSON has no NaN or Infinity (they would come back as null), so such rectangles are dropped.
  const rects = target.rects
    .map((r) => ({ pageIndex: r.pageIndex, rects: r.rects.filter((q) => q.every(Number.isFinite)).map((q) => [...q] as PdfRect) }))
    .filter((r) => r.rects.length > 0);
  return {
    source: `${SHA256_IRI_PREFIX}${item.document.sha256.toLowerCase()}`,
    selector,
    [EXT.document]: { fileName: item.document.fileName, title: item.document.title },
    ...(rects.length > 0 ? { [EXT.rects]: rects } : {}),
    ...(target.area ? { [EXT.area]: { quote: areaQuote(item) } } : {}),
  };
}

/** The typed quote of an area clause: stored as the quote selector's exact text. */
function areaQuote(item: ClauseExportItem): string {
  return item.clause.target.quote.exact || item.cleanQuote;
}

/** Keeps a full IRI; makes a bare uuid one. */
function toIri(id: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `${UUID_IRI_PREFIX}${id}`;
}

/** RFC 3339 form of a timestamp, or undefined when it does not parse (the W3C model requires date-time). */
export function isoTimestamp(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
