/**
 * The relationship map: which documents touch which entities, and how (the links' roles),
 * filterable by entity type and role. Clicking a node, on the canvas or in the list, opens the
 * entity's page or the document.
 */
import { useMemo, useState } from 'react';
import { buildEntityGraph, type MapNode } from '../../core/entities/entityGraph';
import { ENTITY_TYPES, LINK_ROLES } from '../../core/entities/entityKinds';
import type { EntityType, LinkRole } from '../../core/types';
import type { EntitiesContext } from './entitiesContext';
import { MapCanvas, type MapCanvasHandle } from './MapCanvas';
import { useMapData } from './mapData';
import { MapFilters } from './MapFilters';
import { MapNodeList } from './MapNodeList';
import './entityMap.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function toggled<T>(set: ReadonlySet<T>, value: T, shown: boolean): Set<T> {
  const next = new Set(set);
  if (shown) next.delete(value);
  else next.add(value);
  return next;
}

export function RelationshipMapTab({ context }: { context: EntitiesContext }) {
  const input = useMapData(context.caseId);
  // What is unticked, not what is ticked: a type or role that appears later shows by default.
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<EntityType>>(new Set());
  const [hiddenRoles, setHiddenRoles] = useState<ReadonlySet<LinkRole>>(new Set());
  const [canvas, setCanvas] = useState<MapCanvasHandle | null>(null);
  const graph = useMemo(
    () =>
      input &&
      buildEntityGraph(input, {
        types: new Set(ENTITY_TYPES.map((t) => t.id).filter((t) => !hiddenTypes.has(t))),
        roles: new Set(LINK_ROLES.map((r) => r.id).filter((r) => !hiddenRoles.has(r))),
      }),
    [input, hiddenTypes, hiddenRoles],
  );

  if (!input || !graph) return <p className="loading">Loading the map…</p>;
  if (graph.typeCounts.size === 0) {
    return (
      <p className="empty">
        No links in {context.caseName} yet. Link a clause to an entity (from the clause, or on the entity’s page) and the map draws the document and
        the entity, joined by the link’s role.
      </p>
    );
  }
  const open = (node: Pick<MapNode, 'kind' | 'refId'>) =>
    node.kind === 'entity' ? context.openEntity(node.refId) : context.openDocument(node.refId);
  const count = `${plural(graph.entityCount, 'entity', 'entities')}, ${plural(graph.documentCount, 'document', 'documents')}, ${plural(graph.edges.length, 'link', 'links')}`;
  return (
    <div className="map-tab">
      <MapFilters
        typeCounts={graph.typeCounts}
        roleCounts={graph.roleCounts}
        hiddenTypes={hiddenTypes}
        hiddenRoles={hiddenRoles}
        onToggleType={(type, shown) => setHiddenTypes((s) => toggled(s, type, shown))}
        onToggleRole={(role, shown) => setHiddenRoles((s) => toggled(s, role, shown))}
      />
      <div className="map-main">
        <div className="map-toolbar">
          <p role="status" className="map-count">
            {count}
          </p>
          <span className="hint">Hover a node to see its links; click it to open it.</span>
          <span className="map-zoom">
            <button type="button" disabled={!canvas} onClick={() => canvas?.zoom(1.25)}>
              Zoom in on map
            </button>
            <button type="button" disabled={!canvas} onClick={() => canvas?.zoom(0.8)}>
              Zoom out of map
            </button>
            <button type="button" disabled={!canvas} onClick={() => canvas?.fit()}>
              Fit map
            </button>
          </span>
        </div>
        {graph.nodes.length > 0 ? (
          <MapCanvas graph={graph} label={`Relationship map of ${context.caseName}: ${count}`} onOpen={open} onReady={setCanvas} />
        ) : (
          <p className="empty map-nothing">Nothing matches the filters. Tick an entity type and a role to see their links.</p>
        )}
        <MapNodeList graph={graph} onOpen={open} />
      </div>
    </div>
  );
}
