/**
 * The relationship map's graph: entities and documents as nodes, and one edge per (entity,
 * document, role) for the links from the document's clauses to the entity. A link joins a clause
 * to an entity; the map draws the clause's document, since a case has a few documents and many
 * clauses, and the question it answers is "which instruments touch whom, and how".
 */
import type { DocumentKind, DocumentRecord, Entity, EntityType, Link, LinkRole } from '../types';
import { ENTITY_TYPES, LINK_ROLES, linkRoleLabel } from './entityKinds';

export interface MapNode {
  /** "entity:<id>" or "document:<id>", so an entity and a document never share an id. */
  id: string;
  kind: 'entity' | 'document';
  /** The entity's or document's own id. */
  refId: string;
  /** The full name or title. */
  name: string;
  /** A short form for the canvas, at most LABEL_MAX characters. */
  label: string;
  type: EntityType | DocumentKind;
}

export interface MapEdge {
  id: string;
  /** The document's node. */
  source: string;
  /** The entity's node. */
  target: string;
  role: LinkRole;
  /** How many links (clauses of the document) the edge stands for. */
  count: number;
  /** The role's words, with "×n" when the edge stands for more than one link. */
  label: string;
}

export interface MapFilters {
  /** Entity types shown; undefined shows every type. */
  types?: ReadonlySet<EntityType>;
  /** Roles shown; undefined shows every role. */
  roles?: ReadonlySet<LinkRole>;
}

export interface EntityGraph {
  /** Entities (by name), then documents (by title); only nodes with an edge. */
  nodes: MapNode[];
  /** By entity name, document title, then role (LINK_ROLES order). */
  edges: MapEdge[];
  entityCount: number;
  documentCount: number;
  /** Entity types and roles the unfiltered graph has, with how many links each: the filters' choices. */
  typeCounts: Map<EntityType, number>;
  roleCounts: Map<LinkRole, number>;
}

export interface GraphInput {
  entities: readonly Pick<Entity, 'id' | 'name' | 'type'>[];
  links: readonly Pick<Link, 'clauseId' | 'entityId' | 'role'>[];
  /** Clause id -> the id of its document. */
  clauseDocuments: ReadonlyMap<string, string>;
  documents: readonly Pick<DocumentRecord, 'id' | 'title' | 'kind'>[];
}

export const LABEL_MAX = 32;

/** A name cut for the canvas: a "Reconstruction:" or "Study note:" prefix dropped, then cut at a word. */
export function shortLabel(name: string, max = LABEL_MAX): string {
  const bare = name.replace(/^(?:Reconstruction|Study note|Chronology note):\s*/i, '').trim() || name;
  if (bare.length <= max) return bare;
  const room = bare.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:]+$/, '')}…`;
}

const byOrder =
  <T extends string>(list: readonly { id: T }[]) =>
  (a: T, b: T) =>
    list.findIndex((x) => x.id === a) - list.findIndex((x) => x.id === b);

/**
 * The graph of `input` under `filters`. Invariants: pure; every edge's ends are nodes; every node
 * has an edge (entities without links, and documents none of whose clauses is linked, are left
 * out); a link whose clause, document or entity is missing is left out; edges are unique by
 * (entity, document, role) and their counts add up to the links shown; typeCounts and roleCounts
 * ignore the filters, so a filter unticked can be ticked again.
 */
export function buildEntityGraph(input: GraphInput, filters: MapFilters = {}): EntityGraph {
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const typeCounts = new Map<EntityType, number>();
  const roleCounts = new Map<LinkRole, number>();
  const edges = new Map<string, MapEdge>();
  for (const link of input.links) {
    const entity = entities.get(link.entityId);
    const documentId = input.clauseDocuments.get(link.clauseId);
    if (!entity || !documentId || !documents.has(documentId)) continue;
    typeCounts.set(entity.type, (typeCounts.get(entity.type) ?? 0) + 1);
    roleCounts.set(link.role, (roleCounts.get(link.role) ?? 0) + 1);
    if (filters.types && !filters.types.has(entity.type)) continue;
    if (filters.roles && !filters.roles.has(link.role)) continue;
    const id = `${entity.id}|${documentId}|${link.role}`;
    const edge = edges.get(id);
    if (edge) edge.count++;
    else edges.set(id, { id, source: `document:${documentId}`, target: `entity:${entity.id}`, role: link.role, count: 1, label: '' });
  }
  const shownEntities = new Set<string>();
  const shownDocuments = new Set<string>();
  for (const edge of edges.values()) {
    edge.label = edge.count > 1 ? `${linkRoleLabel(edge.role)} ×${edge.count}` : linkRoleLabel(edge.role);
    shownEntities.add(edge.target.slice('entity:'.length));
    shownDocuments.add(edge.source.slice('document:'.length));
  }
  const entityNodes: MapNode[] = [...shownEntities]
    .map((id) => entities.get(id)!)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((e) => ({ id: `entity:${e.id}`, kind: 'entity', refId: e.id, name: e.name, label: shortLabel(e.name), type: e.type }));
  const documentNodes: MapNode[] = [...shownDocuments]
    .map((id) => documents.get(id)!)
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .map((d) => ({ id: `document:${d.id}`, kind: 'document', refId: d.id, name: d.title, label: shortLabel(d.title), type: d.kind }));
  // By entity name, then document title, then role: the order the accessible list reads them in.
  const names = new Map([...entityNodes, ...documentNodes].map((n) => [n.id, n.name]));
  const roleOrder = byOrder(LINK_ROLES);
  const sortedEdges = [...edges.values()].sort(
    (a, b) =>
      names.get(a.target)!.localeCompare(names.get(b.target)!) ||
      a.target.localeCompare(b.target) ||
      names.get(a.source)!.localeCompare(names.get(b.source)!) ||
      a.source.localeCompare(b.source) ||
      roleOrder(a.role, b.role),
  );
  return {
    nodes: [...entityNodes, ...documentNodes],
    edges: sortedEdges,
    entityCount: entityNodes.length,
    documentCount: documentNodes.length,
    typeCounts: new Map([...typeCounts].sort(([a], [b]) => byOrder(ENTITY_TYPES)(a, b))),
    roleCounts: new Map([...roleCounts].sort(([a], [b]) => byOrder(LINK_ROLES)(a, b))),
  };
}
