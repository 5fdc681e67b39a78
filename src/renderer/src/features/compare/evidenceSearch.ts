/**
 * Finding clauses to cite as evidence (the picker, the clause-diff pickers): matching a query
 * against what a user remembers of a clause, grouping by document, and keeping the chosen list in
 * the order the cell shows it. Pure, so 5,000 clauses are filtered without touching the database.
 */
import { clauseTypeLabel } from '../../core/clauseTypes';
import type { EvidenceItem } from '../../core/compare/comparisonModel';
import type { SourceKind } from '../../core/compare/sourceKind';

/** An evidence item with its lower-cased search text, computed once per load. */
export interface SearchableEvidence {
  item: EvidenceItem;
  /** Label or, without one, the type's name: how the clause is named in lists. */
  name: string;
  typeLabel: string;
  haystack: string;
}

export interface EvidenceGroup {
  documentId: string;
  documentTitle: string;
  sourceKind: SourceKind;
  entries: SearchableEvidence[];
}

export function searchable(items: readonly EvidenceItem[]): SearchableEvidence[] {
  return items.map((item) => {
    const typeLabel = clauseTypeLabel(item.clause.type);
    const { label, comment, tags } = item.clause;
    return {
      item,
      name: label || typeLabel,
      typeLabel,
      haystack: [item.quote, label, comment, item.documentTitle, item.citation, typeLabel, ...tags].join('\n').toLowerCase(),
    };
  });
}

/** Entries holding every word of `query` (quote, label, comment, document title, citation, type, tags), in their order. */
export function matchEvidence(entries: readonly SearchableEvidence[], query: string): SearchableEvidence[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => words.every((w) => e.haystack.includes(w)));
}

/** Consecutive entries of one document as one group (entries come in document, then reading, order). */
export function groupByDocument(entries: readonly SearchableEvidence[]): EvidenceGroup[] {
  const groups: EvidenceGroup[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.documentId === entry.item.documentId) last.entries.push(entry);
    else
      groups.push({
        documentId: entry.item.documentId,
        documentTitle: entry.item.documentTitle,
        sourceKind: entry.item.sourceKind,
        entries: [entry],
      });
  }
  return groups;
}

/** Checks or unchecks `id`: an unchecked id leaves its place, a newly checked one goes last (so earlier evidence stays first). */
export function toggleChoice(chosen: readonly string[], id: string): string[] {
  return chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
}

/** "…" after `max` characters, whitespace collapsed: a quote's excerpt for a list row. */
export function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max).trimEnd()}…` : flat;
}

/** How a clause is named in a select: "Sec. 3(b) — Executive order title". */
export function clauseOptionText(entry: SearchableEvidence): string {
  const orphaned = entry.item.anchorStatus === 'orphaned' ? ' (orphaned)' : '';
  return `${entry.name}${orphaned} — ${entry.item.documentTitle}`;
}
