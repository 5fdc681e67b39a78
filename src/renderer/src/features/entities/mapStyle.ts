/**
 * How the relationship map looks: a colour per entity type (the legend shows the same ones),
 * documents as grey rounded rectangles, and the cytoscape stylesheet. Entity and role labels
 * hide when zoomed far out (min-zoomed-font-size), so 200 nodes read as a shape with its
 * documents named first, and the rest on zooming in or hovering.
 */
import type { StylesheetJson } from 'cytoscape';
import type { EntityType } from '../../core/types';

/** Tableau 10: distinct for the common colour-vision deficiencies, and dark enough for a white ring. */
export const ENTITY_TYPE_COLOURS: Record<EntityType, string> = {
  person: '#4e79a7',
  organisation: '#f28e2b',
  agency: '#e15759',
  court: '#76b7b2',
  country: '#59a14f',
  'ai-model': '#edc948',
  'class-of-persons': '#b07aa1',
  instrument: '#ff9da7',
  other: '#9c755f',
};

export const DOCUMENT_FILL = '#dfe3ea';
export const DOCUMENT_BORDER = '#4a5160';

export const MAP_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      color: '#1d1f23',
      'border-width': 1.5,
      'border-color': '#ffffff',
      width: 'mapData(degree, 1, 12, 18, 40)',
      height: 'mapData(degree, 1, 12, 18, 40)',
    },
  },
  { selector: 'node[kind = "entity"]', style: { shape: 'ellipse', 'background-color': 'data(colour)' } },
  {
    selector: 'node[kind = "document"]',
    style: {
      shape: 'round-rectangle',
      'background-color': DOCUMENT_FILL,
      'border-color': DOCUMENT_BORDER,
      'border-width': 1.5,
      width: 'mapData(degree, 1, 12, 26, 52)',
      height: 'mapData(degree, 1, 12, 20, 34)',
      'font-weight': 'bold',
      // MapCanvas keeps document labels at a readable size on screen, so they never need hiding.
      'min-zoomed-font-size': 0,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'mapData(count, 1, 6, 1.2, 4)',
      'line-color': '#9aa0ab',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9aa0ab',
      'arrow-scale': 0.8,
      label: 'data(label)',
      'font-size': 9,
      color: '#5b6270',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'min-zoomed-font-size': 9,
    },
  },
  // Hovering a node brings its neighbourhood forward and fades the rest: the way to read one
  // entity's links in a crowded map.
  { selector: '.map-faded', style: { opacity: 0.15, 'text-opacity': 0 } },
  { selector: 'node.map-focus', style: { 'border-color': '#1f5fbf', 'border-width': 3, 'min-zoomed-font-size': 0, 'z-index': 10 } },
  { selector: 'edge.map-near', style: { 'line-color': '#1f5fbf', 'target-arrow-color': '#1f5fbf', 'min-zoomed-font-size': 0, 'z-index': 9 } },
  { selector: 'node.map-near', style: { 'min-zoomed-font-size': 0, 'z-index': 9 } },
];
