/**
 * The domain model (DESIGN.md). Plain data only: these records are what Dexie stores,
 * what bundles carry and what every feature reads. Fields added by later issues are
 * declared here now so the schema grows without reshaping old records.
 */

export type Id = string;
/** ISO 8601 timestamp. */
export type Timestamp = string;

/** Who made a record and when; bundles from colleagues merge on this. */
export interface Provenance {
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Case extends Provenance {
  id: Id;
  name: string;
  notes: string;
  /** True only for the bundled sample case (3/7); it never mixes into a user's case. */
  isSample?: boolean;
}

export const DOCUMENT_KINDS = [
  'executive-order',
  'agency-letter',
  'complaint',
  'regulation',
  'statute',
  'court-order',
  'filing',
  'statement',
  'article',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'executive-order': 'Executive order',
  'agency-letter': 'Agency letter',
  complaint: 'Complaint',
  regulation: 'Regulation',
  statute: 'Statute',
  'court-order': 'Court order',
  filing: 'Filing',
  statement: 'Statement',
  article: 'Article',
  other: 'Other',
};

export type PageTextStatus = 'text' | 'no-text-layer' | 'ocr' | 'error';

/** Editable descriptive metadata of a document (proposed on import, then the user's). */
export interface DocumentMetadata {
  title: string;
  kind: DocumentKind;
  issuer: string;
  /** ISO date (yyyy-mm-dd) when known exactly, else free text such as "before 2026-06-23". */
  date: string;
  citation: string;
  jurisdiction: string;
}

export interface DocumentRecord extends DocumentMetadata, Provenance {
  id: Id;
  sha256: string;
  /** Cases this document belongs to (multi-entry index). */
  caseIds: Id[];
  pageCount: number;
  /** One entry per page, in page order. */
  pageStatus: PageTextStatus[];
  fileName: string;
  size: number;
  addedAt: Timestamp;
  versionOf?: Id;
}

export interface FileRecord {
  sha256: string;
  bytes: Blob;
}

/**
 * The extracted text of one page. `start` is the offset of this page's first character in the
 * document text (see core/documentText.ts); anchoring (2/7-4/7) relies on it.
 */
export interface PageTextRecord {
  documentId: Id;
  pageIndex: number;
  text: string;
  start: number;
  status: PageTextStatus;
  /** Why the page is flagged (no text layer, extraction failed), for the user. */
  reason?: string;
}

/**
 * A clause type id: one of BUILT_IN_CLAUSE_TYPES (core/clauseTypes.ts) or one the user added
 * (stored in settings). Kept a string so a user's own types need no schema change.
 */
export type ClauseType = string;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
/** A rectangle in PDF user-space units: [x1, y1, x2, y2]. */
export type PdfRect = [number, number, number, number];

export interface ClauseTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  pageIndex: number;
  rects: { pageIndex: number; rects: PdfRect[] }[];
  /**
   * An area clause, drawn as a rectangle on a page without a text layer: its quote is typed by
   * the user, its position is empty (start === end, the start of its page) and only its rects
   * place it.
   */
  area?: boolean;
}

export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphaned';

export interface Clause extends Provenance {
  id: Id;
  caseId: Id;
  documentId: Id;
  target: ClauseTarget;
  type: ClauseType;
  label: string;
  comment: string;
  tags: string[];
  colour: string;
  anchorStatus: AnchorStatus;
}

export type EntityType = 'person' | 'organisation' | 'agency' | 'court' | 'country' | 'ai-model' | 'class-of-persons' | 'instrument' | 'other';

export interface Entity extends Provenance {
  id: Id;
  caseId: Id;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string;
  externalId?: string;
}

export type LinkRole =
  'issued-by' | 'addressed-to' | 'restricts' | 'obligates' | 'authorises' | 'exempts' | 'harms' | 'benefits' | 'plaintiff' | 'defendant' | 'mentions';

export interface Link extends Provenance {
  id: Id;
  caseId: Id;
  clauseId: Id;
  entityId: Id;
  role: LinkRole;
  note: string;
}

export interface Comparison extends Provenance {
  id: Id;
  caseId: Id;
  title: string;
  /** The regime the others are compared against (cells that differ from it are marked). */
  baselineRegimeId?: Id;
}
export interface Regime extends Provenance {
  id: Id;
  caseId: Id;
  comparisonId: Id;
  name: string;
  jurisdiction: string;
  status: string;
  instruments: string[];
  order: number;
}
export interface Dimension extends Provenance {
  id: Id;
  caseId: Id;
  comparisonId: Id;
  question: string;
  group: string;
  order: number;
  /**
   * The analyst's call on whether the regimes agree on this question; without it, they agree
   * when every shown regime's short answer is the same (core/compare/differences.ts).
   */
  agreement?: 'agree' | 'differ';
}
/**
 * sourced: evidence from a primary text (law, order, letter, filing, court paper); paraphrased:
 * evidence only from study notes or other secondary documents (or illustrative reconstructions);
 * unsourced: no evidence; disputed: the analyst marks the answer contested; needs-review: an
 * evidence clause is orphaned (or gone). Only 'disputed' is the analyst's choice; the others are
 * derived from the evidence (core/compare/cellStatus.ts) and stored as last derived.
 */
export type CellStatus = 'sourced' | 'paraphrased' | 'unsourced' | 'disputed' | 'needs-review';
export interface Cell extends Provenance {
  id: Id;
  caseId: Id;
  comparisonId: Id;
  regimeId: Id;
  dimensionId: Id;
  answer: string;
  detail: string;
  evidenceClauseIds: Id[];
  status: CellStatus;
}
