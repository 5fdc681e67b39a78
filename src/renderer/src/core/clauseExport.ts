/**
 * What every clause export (Web Annotations, CSV) is given per clause, and the quoting rules they
 * share, so the two formats never disagree about what a quote says.
 *
 * Invariant: an exported quote from an illustrative (sample-case) document always ends with
 * ILLUSTRATIVE_SUFFIX, exactly once; nothing from the sample case can be copied out of an export
 * looking like a real instrument's words.
 */
import { quoteWithCitation } from './citation';
import { LINK_ROLES, linkRoleLabel } from './entities/entityKinds';
import type { Clause, DocumentRecord, Entity, Link } from './types';

/** One link of a clause to an entity of its case, as the exports give it. */
export interface ClauseEntityLink {
  entity: Pick<Entity, 'id' | 'name' | 'type' | 'externalId'>;
  link: Pick<Link, 'id' | 'role' | 'note'>;
}

export interface ClauseExportItem {
  clause: Clause;
  document: Pick<DocumentRecord, 'sha256' | 'fileName' | 'title'>;
  /** The quote users read (no line numbers, running heads, joined hyphens); for area clauses, the typed quote. */
  cleanQuote: string;
  /** How to cite the clause's source, e.g. "Exec. Order No. 14999, § 3(b)". */
  citation: string;
  /** True for documents of the sample case (illustrative study documents, not official texts). */
  illustrative: boolean;
  /** The printed page label ("8637", "iv") when known; otherwise exports use the PDF page number. */
  pageLabel?: string;
  /** The clause's links to entities (clauseEntityLinks order); none when absent. */
  links?: readonly ClauseEntityLink[];
}

export const ILLUSTRATIVE_SUFFIX = ' (illustrative reconstruction)';

/** The clean quote as exported: with ILLUSTRATIVE_SUFFIX when the document is illustrative. */
export function exportedQuote(item: Pick<ClauseExportItem, 'cleanQuote' | 'illustrative'>): string {
  return withIllustrativeSuffix(item.cleanQuote, item.illustrative);
}

/**
 * The clean quote with its citation, for reading out of context, in the one form the app uses
 * everywhere (core/citation.ts: `“quote” citation`, then the illustrative mark). Falls back to
 * the document title when the citation is empty, so a quote never travels without its source.
 */
export function describedQuote(item: ClauseExportItem): string {
  const source = item.citation.trim() || item.document.title.trim() || item.document.fileName;
  return quoteWithCitation(stripSuffix(item.cleanQuote.trim()), source, item.illustrative);
}

/** The page as printed on it when known, else the 1-based PDF page number. */
export function exportedPage(item: Pick<ClauseExportItem, 'clause' | 'pageLabel'>): string {
  const label = item.pageLabel?.trim();
  return label ? label : String(item.clause.target.pageIndex + 1);
}

function stripSuffix(text: string): string {
  return text.endsWith(ILLUSTRATIVE_SUFFIX) ? text.slice(0, -ILLUSTRATIVE_SUFFIX.length) : text;
}

function withIllustrativeSuffix(text: string, illustrative: boolean): string {
  return illustrative ? `${stripSuffix(text)}${ILLUSTRATIVE_SUFFIX}` : text;
}

/**
 * A clause's links with their entities, in the order every export lists them: by role (the
 * pickers' order: issued by, addressed to, restricts, …), then entity name. A link whose entity
 * is not among `entities` (deleted meanwhile) is left out rather than exported half.
 */
export function clauseEntityLinks(links: readonly Link[], entities: ReadonlyMap<string, Entity>): ClauseEntityLink[] {
  const rank = (x: ClauseEntityLink) => LINK_ROLES.findIndex((r) => r.id === x.link.role);
  return links
    .flatMap((l) => {
      const e = entities.get(l.entityId);
      if (!e) return [];
      const entity: ClauseEntityLink['entity'] = { id: e.id, name: e.name, type: e.type, ...(e.externalId ? { externalId: e.externalId } : {}) };
      return [{ entity, link: { id: l.id, role: l.role, note: l.note } }];
    })
    .sort((a, b) => rank(a) - rank(b) || a.entity.name.localeCompare(b.entity.name));
}

/** "Anthropic (addressed to)": an entity with its role, as CSV and the case brief write it. */
export function entityWithRole(item: ClauseEntityLink): string {
  return `${item.entity.name} (${linkRoleLabel(item.link.role).toLowerCase()})`;
}

/** The distinct names of the entities a clause is linked to, in link order. */
export function linkedEntityNames(links: readonly ClauseEntityLink[] = []): string[] {
  return [...new Set(links.map((l) => l.entity.name))];
}
