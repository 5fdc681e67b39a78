/** A place the reader is asked to show, e.g. a search hit: a page, and text on it to highlight with find. */
export interface RevealRequest {
  documentId: string;
  /** 1-based. */
  pageNumber: number;
  text?: string;
  /** Find the text as a whole word (a single matched word) rather than anywhere. */
  entireWord?: boolean;
  /** A clause to select and scroll to (its highlight), instead of finding text. */
  clauseId?: string;
}
