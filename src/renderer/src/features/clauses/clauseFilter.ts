import type { Clause } from '../../core/types';

export interface ClauseFilter {
  type: string;
  tag: string;
  text: string;
}

export const NO_FILTER: ClauseFilter = { type: '', tag: '', text: '' };

/** A clause as the list shows it: the record plus what is derived for display. */
export interface ClauseRow {
  clause: Clause;
  quote: string;
  citation: string;
  typeLabel: string;
  caseName?: string;
}

/** Rows matching every set part of the filter; text matches quote, label, comment, tags, citation. */
export function filterClauseRows(rows: readonly ClauseRow[], filter: ClauseFilter): ClauseRow[] {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter((row) => {
    if (filter.type && row.clause.type !== filter.type) return false;
    if (filter.tag && !row.clause.tags.includes(filter.tag)) return false;
    if (!needle) return true;
    const hay = [row.quote, row.clause.label, row.clause.comment, row.citation, row.typeLabel, ...row.clause.tags].join('\n').toLowerCase();
    return hay.includes(needle);
  });
}
