import type { ClauseTarget } from '../../core/types';

/** A clause being made or edited in the dialog, before it is stored. */
export interface ClauseDraft {
  /** Set when editing an existing clause. */
  id?: string;
  /** The case to make it in; undefined means the workspace's current case. */
  caseId?: string;
  target: ClauseTarget;
  /** True for an area clause (drawn on a page without a text layer; the quote is typed). */
  area: boolean;
  /** The clean quote shown to the user; for an area clause, what they typed. */
  quote: string;
  citation: string;
  type: string;
  label: string;
  comment: string;
  tags: string[];
  colour: string;
}
