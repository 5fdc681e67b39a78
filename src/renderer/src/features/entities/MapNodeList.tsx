/**
 * The map for keyboards and screen readers: every node with its type and its links, each name a
 * button that opens the entity's page or the document, as clicking the node on the canvas does.
 */
import type { EntityGraph, MapEdge, MapNode } from '../../core/entities/entityGraph';
import { entityTypeLabel } from '../../core/entities/entityKinds';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type EntityType } from '../../core/types';

export function mapNodeTypeLabel(node: MapNode): string {
  return node.kind === 'entity'
    ? entityTypeLabel(node.type as EntityType)
    : `Document: ${DOCUMENT_KIND_LABELS[node.type as DocumentKind] ?? node.type}`;
}

interface MapNodeListProps {
  graph: EntityGraph;
  onOpen(node: MapNode): void;
}

export function MapNodeList({ graph, onOpen }: MapNodeListProps) {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const edgesOf = new Map<string, MapEdge[]>();
  for (const edge of graph.edges) {
    for (const end of [edge.source, edge.target]) edgesOf.set(end, [...(edgesOf.get(end) ?? []), edge]);
  }
  return (
    <details className="map-list">
      <summary>Nodes and links</summary>
      <ul aria-label="Map nodes">
        {graph.nodes.map((node) => (
          <li key={node.id} data-node-id={node.id}>
            <button type="button" className="link" onClick={() => onOpen(node)}>
              {node.name}
            </button>{' '}
            <span className="map-list-type">({mapNodeTypeLabel(node)})</span>
            <ul aria-label={`Links of ${node.name}`}>
              {(edgesOf.get(node.id) ?? []).map((edge) => (
                <li key={edge.id}>
                  {/* A document "restricts" or is "issued by" an entity: the role reads from document to entity. */}
                  {node.kind === 'document' ? `${edge.label}: ${names.get(edge.target) ?? ''}` : `${names.get(edge.source) ?? ''}: ${edge.label}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
