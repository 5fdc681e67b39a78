/**
 * An entity page's linked clauses, grouped as the page shows them: by role (in the pickers'
 * order), then by document (by title), each clause in reading order as `items` gives them.
 */
import type { ClauseExportItem } from '../../core/clauseExport';
import { LINK_ROLES } from '../../core/entities/entityKinds';
import type { Link, LinkRole } from '../../core/types';

export interface LinkedClause {
  link: Link;
  item: ClauseExportItem;
}

export interface DocumentGroup {
  documentId: string;
  title: string;
  entries: LinkedClause[];
}

export interface RoleGroup {
  role: LinkRole;
  label: string;
  count: number;
  documents: DocumentGroup[];
}

/**
 * Invariant: every link whose clause is among `items` appears exactly once; a link whose clause
 * is not (still loading, or gone) is left out, never shown without its quote.
 */
export function groupLinks(links: readonly Link[], items: readonly ClauseExportItem[]): RoleGroup[] {
  const order = new Map(items.map((item, i) => [item.clause.id, i]));
  const byClause = new Map(items.map((item) => [item.clause.id, item]));
  const groups: RoleGroup[] = [];
  for (const { id: role, label } of LINK_ROLES) {
    const entries = links
      .filter((l) => l.role === role && byClause.has(l.clauseId))
      .map((link) => ({ link, item: byClause.get(link.clauseId)! }))
      .sort((a, b) => order.get(a.link.clauseId)! - order.get(b.link.clauseId)!);
    if (entries.length === 0) continue;
    const documents: DocumentGroup[] = [];
    for (const entry of entries) {
      const documentId = entry.item.clause.documentId;
      const group = documents.find((d) => d.documentId === documentId);
      if (group) group.entries.push(entry);
      else documents.push({ documentId, title: entry.item.document.title || entry.item.document.fileName, entries: [entry] });
    }
    groups.push({ role, label, count: entries.length, documents });
  }
  return groups;
}
