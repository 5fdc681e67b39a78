/**
 * The relationship map's canvas: cytoscape, loaded on first use (`import('cytoscape')`), so the
 * app's first paint and the entities list pay nothing for it. The canvas is for the eye and the
 * mouse; MapNodeList beside it says the same for keyboards and screen readers.
 */
import { useEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import type { EntityGraph, MapNode } from '../../core/entities/entityGraph';
import { ENTITY_TYPE_COLOURS, MAP_STYLE } from './mapStyle';
import type { EntityType } from '../../core/types';

// Cytoscape injects an inline <style> (its container's position) unless an element with this id
// exists. The Content-Security-Policy forbids inline styles, and entities.css already gives
// .map-canvas `position: relative`, so a placeholder stands in for the stylesheet.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function claimStylesheetSlot() {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(placeholder);
}

function elementsOf(graph: EntityGraph): ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return [
    ...graph.nodes.map((n) => ({
      group: 'nodes' as const,
      data: {
        id: n.id,
        kind: n.kind,
        refId: n.refId,
        label: n.label,
        degree: degree.get(n.id) ?? 1,
        colour: n.kind === 'entity' ? ENTITY_TYPE_COLOURS[n.type as EntityType] : '',
      },
    })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, label: e.label, count: e.count } })),
  ];
}

function graphSignature(graph: EntityGraph): string {
  return JSON.stringify([graph.nodes.map((n) => [n.id, n.label, n.type]), graph.edges.map((e) => [e.id, e.count])]);
}

/** A small seeded generator (mulberry32): the same graph starts from the same scatter every time. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Lays out the graph with cose, cytoscape's force-directed layout, from a seeded scatter rather
 * than cose's own random start, so the same case always draws the same map. The constants were
 * chosen by eye on the sample case and on a 200-node synthetic case: documents become hubs with
 * their entities around them, and the whole fits the canvas at a zoom where the shape reads.
 */
function layOut(cy: Core) {
  const n = cy.nodes().length;
  const side = Math.sqrt(n) * 90;
  const random = seeded(n * 7919 + cy.edges().length);
  cy.nodes().positions(() => ({ x: random() * side, y: random() * side }));
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: false,
    fit: true,
    padding: 30,
    // A small map has room for longer edges, so its labels overlap less.
    idealEdgeLength: () => (n <= 60 ? 70 : 40),
    nodeRepulsion: () => (n <= 60 ? 150000 : 80000),
    numIter: 1500,
  }).run();
  // A small graph would be blown up to fill the canvas: keep it near its natural size.
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
  keepDocumentLabelsReadable(cy);
}

const MAX_FIT_ZOOM = 1.3;
const DOCUMENT_FONT = 12;
const ENTITY_FONT = 11;
/** Up to this many nodes every name fits on screen; past it only the documents' do. */
const ALL_LABELS_UP_TO = 60;

/**
 * Labels keep their on-screen size when zoomed out: the documents' always (they are the map's
 * landmarks, and a dozen of them fit where 200 names do not), the entities' too on a small map.
 * On a large one entity names fade out instead (mapStyle) and come back on zooming in or hovering.
 */
function keepDocumentLabelsReadable(cy: Core) {
  const scale = 1 / Math.min(cy.zoom(), 1);
  cy.nodes('[kind = "document"]').style({ 'font-size': DOCUMENT_FONT * scale, 'text-max-width': `${150 * scale}px`, 'text-margin-y': 3 * scale });
  if (cy.nodes().length <= ALL_LABELS_UP_TO) {
    cy.nodes('[kind = "entity"]').style({ 'font-size': ENTITY_FONT * scale, 'text-max-width': `${140 * scale}px`, 'min-zoomed-font-size': 0 });
  }
}

/** Brings a node's neighbourhood forward, its names at a readable size whatever the zoom; null clears. */
function highlight(cy: Core, nodeId: string | null) {
  cy.elements().removeClass('map-faded map-focus map-near');
  cy.edges().removeStyle('font-size');
  if (cy.nodes().length > ALL_LABELS_UP_TO) cy.nodes('[kind = "entity"]').removeStyle('font-size text-max-width');
  if (!nodeId) return;
  const node = cy.getElementById(nodeId);
  const near = node.closedNeighborhood();
  const scale = 1 / Math.min(cy.zoom(), 1);
  cy.elements().not(near).addClass('map-faded');
  near.addClass('map-near');
  node.addClass('map-focus');
  near.nodes('[kind = "entity"]').style({ 'font-size': ENTITY_FONT * scale, 'text-max-width': `${140 * scale}px` });
  near.edges().style({ 'font-size': 10 * scale });
}

export interface MapCanvasHandle {
  zoom(factor: number): void;
  fit(): void;
}

interface MapCanvasProps {
  graph: EntityGraph;
  label: string;
  onOpen(node: Pick<MapNode, 'kind' | 'refId'>): void;
  /** Receives zoom and fit for the toolbar's buttons once cytoscape is ready. */
  onReady?(handle: MapCanvasHandle | null): void;
}

export function MapCanvas({ graph, label, onOpen, onReady }: MapCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // The latest callbacks, read by cytoscape's handlers (bound once, when it starts).
  const open = useRef(onOpen);
  open.current = onOpen;
  const ready = useRef(onReady);
  ready.current = onReady;
  const drawnSignature = useRef('');
  const [drawn, setDrawn] = useState<{ nodes: number; edges: number } | null>(null);
  const [failed, setFailed] = useState('');

  useEffect(() => {
    let cancelled = false;
    const draw = (cy: Core) => {
      // A live query fires on any write to its tables; only a change the map shows redraws it, so
      // an unrelated edit does not throw away the user's pan and zoom.
      const signature = graphSignature(graph);
      if (signature === drawnSignature.current) return;
      drawnSignature.current = signature;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elementsOf(graph));
      });
      layOut(cy);
      setDrawn({ nodes: cy.nodes().length, edges: cy.edges().length });
    };
    if (cyRef.current) {
      draw(cyRef.current);
      return;
    }
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (cancelled || !container.current) return;
        claimStylesheetSlot();
        const cy = cytoscape({ container: container.current, style: MAP_STYLE, minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false });
        cy.on('tap', 'node', (e) => open.current({ kind: e.target.data('kind'), refId: e.target.data('refId') }));
        let frame = 0;
        cy.on('zoom', () => {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => keepDocumentLabelsReadable(cy));
        });
        cy.on('mouseover', 'node', (e) => {
          highlight(cy, e.target.id());
          if (container.current) container.current.style.cursor = 'pointer';
        });
        cy.on('mouseout', 'node', () => {
          highlight(cy, null);
          if (container.current) container.current.style.cursor = '';
        });
        cyRef.current = cy;
        ready.current?.({
          zoom: (f) => cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
          fit: () => cy.fit(undefined, 24),
        });
        draw(cy);
      })
      .catch((err: unknown) => {
        if (!cancelled) setFailed(err instanceof Error ? err.message : String(err));
      });
    return () => {
      cancelled = true;
    };
  }, [graph]);

  useEffect(
    () => () => {
      cyRef.current?.destroy();
      cyRef.current = null;
      ready.current?.(null);
    },
    [],
  );

  if (failed) return <p role="alert">The map could not be drawn ({failed}). The list of nodes and links below has the same contents.</p>;
  return (
    <div
      ref={container}
      className="map-canvas"
      role="img"
      aria-label={label}
      data-node-count={drawn?.nodes}
      data-edge-count={drawn?.edges}
      data-state={drawn ? 'drawn' : 'loading'}
    />
  );
}
