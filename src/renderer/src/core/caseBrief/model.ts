/**
 * The case brief: what a reader of the analyst's work needs on paper (or in a Markdown file): the
 * documents with their metadata, then every chosen clause as an exact quote with its pinpoint
 * citation, grouped by clause type or by document. The renderers (renderHtml.ts,
 * renderMarkdown.ts) only lay out this model, so both formats always say the same thing.
 *
 * It is built from the items the clause exports gather (core/clauseExport.ts), so quotes,
 * citations, printed pages and the sample case's illustrative mark never differ between a brief,
 * a CSV and a Web Annotation export.
 */
import { ILLUSTRATIVE_NOTE } from '../citation';
import { fileNameSlug } from '../fileNameSlug';
import { entityWithRole, exportedPage, type ClauseExportItem } from '../clauseExport';
import { BUILT_IN_CLAUSE_TYPES, clauseTypeLabel } from '../clauseTypes';
import { DOCUMENT_KIND_LABELS, type AnchorStatus, type DocumentMetadata, type Id } from '../types';

export type BriefGrouping = 'type' | 'document';

/** A document as the brief lists it. */
export interface BriefDocumentInput extends DocumentMetadata {
  id: Id;
  fileName: string;
  /** True for the sample case's documents (illustrative study documents, not official texts). */
  illustrative: boolean;
}

export interface BriefDocument extends BriefDocumentInput {
  kindLabel: string;
  clauseCount: number;
}

export interface BriefClause {
  id: Id;
  documentId: Id;
  /** The document's title, for clauses grouped by type. */
  documentTitle: string;
  type: string;
  typeLabel: string;
  label: string;
  /** The clean quote, exactly as the clause exports give it (without the illustrative mark). */
  quote: string;
  /** The pinpoint citation; never empty (falls back to the document title). */
  citation: string;
  /** The printed page when known, else the PDF page number. */
  page: string;
  illustrative: boolean;
  /** The analyst's comment (Markdown), "" when none. */
  comment: string;
  tags: string[];
  /** The entities the clause is linked to, each with its role: "Northwind Labs (addressed to)". */
  entities: string[];
  anchorStatus: AnchorStatus;
}

export interface BriefGroup {
  /** A stable id for in-document links ("type-prohibition", "doc-3"). */
  key: string;
  heading: string;
  /** Under a document heading: its kind, issuer, date and citation. */
  subheading: string;
  illustrative: boolean;
  clauses: BriefClause[];
}

export interface CaseBrief {
  caseName: string;
  /** ISO timestamp. */
  generatedAt: string;
  /** How the date is shown (the analyst's locale); generatedAt when not given. */
  generatedAtText: string;
  grouping: BriefGrouping;
  documents: BriefDocument[];
  groups: BriefGroup[];
  clauseCount: number;
  /** Shown on top when any listed document is illustrative (what that means, then the sample case's own notice). */
  illustrativeNotice: string;
}

export interface BuildCaseBriefInput {
  caseName: string;
  generatedAt: string;
  generatedAtText?: string;
  grouping: BriefGrouping;
  /** The documents in the order the brief lists them. */
  documents: BriefDocumentInput[];
  /** Clause items in reading order per document (features/clauses clauseExportItems). */
  items: ClauseExportItem[];
  /** Only these documents; all of them when undefined. */
  documentIds?: readonly Id[];
  /** The sample case's own notice, when it has one. */
  sampleNotice?: string;
}

/** What the illustrative mark means; the sample case's own notice (its case notes) says it in full when given. */
function illustrativeNotice(sampleNotice: string | undefined): string {
  const own = collapse(sampleNotice ?? '');
  return own ? `Documents marked “illustrative” belong to the sample case. ${own}` : DEFAULT_ILLUSTRATIVE_NOTICE;
}

export const DEFAULT_ILLUSTRATIVE_NOTICE =
  'Documents marked “illustrative” belong to the sample case: illustrative study documents written by the Clausebench project, not official texts.';

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Executive order · Issuer · 2026-06-23 · EO 14320"; empty parts left out. */
export function documentSubheading(doc: Pick<BriefDocumentInput, 'kind' | 'issuer' | 'date' | 'citation'>): string {
  return [DOCUMENT_KIND_LABELS[doc.kind] ?? doc.kind, doc.issuer, doc.date, doc.citation].map(collapse).filter(Boolean).join(' · ');
}

/** The citation line after a quote: the pinpoint, then the illustrative note for the sample case. */
export function citationLine(clause: Pick<BriefClause, 'citation' | 'illustrative'>): string {
  return clause.illustrative ? `${clause.citation} ${ILLUSTRATIVE_NOTE}` : clause.citation;
}

function typeRank(type: string): number {
  const i = BUILT_IN_CLAUSE_TYPES.findIndex((t) => t.id === type);
  return i < 0 ? BUILT_IN_CLAUSE_TYPES.length : i;
}

function toBriefClause(item: ClauseExportItem, documentTitle: string): BriefClause {
  const { clause } = item;
  return {
    id: clause.id,
    documentId: clause.documentId,
    documentTitle,
    type: clause.type,
    typeLabel: clauseTypeLabel(clause.type),
    label: collapse(clause.label),
    quote: item.cleanQuote.trim(),
    citation: collapse(item.citation) || collapse(item.document.title) || item.document.fileName,
    page: exportedPage(item),
    illustrative: item.illustrative,
    comment: clause.comment.trim(),
    tags: [...clause.tags],
    entities: (item.links ?? []).map(entityWithRole),
    anchorStatus: clause.anchorStatus,
  };
}

/**
 * The brief's model.
 *
 * Invariants: pure; every item of a chosen document appears exactly once, and no other; by
 * document, groups follow `documents` and clauses keep the items' (reading) order; by type, groups
 * follow the built-in type order, then users' own types alphabetically, and inside a group
 * clauses follow `documents`, then reading order; a document without chosen clauses is still
 * listed (with 0) but gets no group; items whose document is not in `documents` are left out.
 */
export function buildCaseBrief(input: BuildCaseBriefInput): CaseBrief {
  const chosen = new Set(input.documentIds ?? input.documents.map((d) => d.id));
  const docs = input.documents.filter((d) => chosen.has(d.id));
  const docIndex = new Map(docs.map((d, i) => [d.id, i]));
  const clauses = input.items
    .filter((item) => docIndex.has(item.clause.documentId))
    .map((item, order) => ({ order, clause: toBriefClause(item, docs[docIndex.get(item.clause.documentId)!]!.title) }));

  const counts = new Map<string, number>();
  for (const { clause } of clauses) counts.set(clause.documentId, (counts.get(clause.documentId) ?? 0) + 1);
  const documents: BriefDocument[] = docs.map((d) => ({
    ...d,
    kindLabel: DOCUMENT_KIND_LABELS[d.kind] ?? d.kind,
    clauseCount: counts.get(d.id) ?? 0,
  }));

  const byDocThenOrder = (a: (typeof clauses)[number], b: (typeof clauses)[number]) =>
    docIndex.get(a.clause.documentId)! - docIndex.get(b.clause.documentId)! || a.order - b.order;

  let groups: BriefGroup[];
  if (input.grouping === 'document') {
    groups = documents
      .filter((d) => d.clauseCount > 0)
      .map((d) => ({
        key: `doc-${docIndex.get(d.id)! + 1}`,
        heading: collapse(d.title) || d.fileName,
        subheading: documentSubheading(d),
        illustrative: d.illustrative,
        clauses: clauses
          .filter((c) => c.clause.documentId === d.id)
          .sort(byDocThenOrder)
          .map((c) => c.clause),
      }));
  } else {
    const types = [...new Set(clauses.map((c) => c.clause.type))].sort((a, b) => typeRank(a) - typeRank(b) || a.localeCompare(b));
    groups = types.map((type, i) => {
      const inType = clauses.filter((c) => c.clause.type === type).sort(byDocThenOrder);
      return {
        key: `type-${i + 1}`,
        heading: clauseTypeLabel(type),
        subheading: '',
        illustrative: inType.every((c) => c.clause.illustrative),
        clauses: inType.map((c) => c.clause),
      };
    });
  }

  const anyIllustrative = documents.some((d) => d.illustrative);
  return {
    caseName: collapse(input.caseName) || 'Untitled case',
    generatedAt: input.generatedAt,
    generatedAtText: input.generatedAtText?.trim() || input.generatedAt,
    grouping: input.grouping,
    documents,
    groups,
    clauseCount: clauses.length,
    illustrativeNotice: anyIllustrative ? illustrativeNotice(input.sampleNotice) : '',
  };
}

/** A file name from the case: "clausebench-my-case-brief.html". */
export function briefFileName(caseName: string, extension: 'html' | 'md'): string {
  return `clausebench-${fileNameSlug(caseName, 'case')}-brief.${extension}`;
}
