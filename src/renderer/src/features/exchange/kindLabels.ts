import type { MergedTable } from '../../core/exchange/records';

export const KIND_LABELS: Record<MergedTable, { one: string; many: string }> = {
  cases: { one: 'Case', many: 'Cases' },
  documents: { one: 'Document', many: 'Documents' },
  clauses: { one: 'Clause', many: 'Clauses' },
  entities: { one: 'Entity', many: 'Entities' },
  links: { one: 'Link', many: 'Links' },
  comparisons: { one: 'Comparison', many: 'Comparisons' },
  regimes: { one: 'Regime', many: 'Regimes' },
  dimensions: { one: 'Dimension', many: 'Dimensions' },
  cells: { one: 'Cell', many: 'Cells' },
};
