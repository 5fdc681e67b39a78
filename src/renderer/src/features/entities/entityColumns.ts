/**
 * The columns of the "Entities" table and the TanStack Table (v9) features it declares: sorting,
 * a type filter (by the type's label) and a search over names, aliases and descriptions.
 */
import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import { entityTypeLabel } from '../../core/entities/entityKinds';
import type { Entity } from '../../core/types';

export const entityTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text, basic: sortFn_basic },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
});

/** An entity as the table shows it: with its link count and, in "All cases", its case's name. */
export interface EntityRow {
  entity: Entity;
  links: number;
  caseName: string;
}

export type EntityColumn = ColumnDef<typeof entityTableFeatures, EntityRow>;

/** Column id -> header, in display order; "Case" only when the table shows every case. */
export const ENTITY_COLUMNS: readonly { id: string; header: string }[] = [
  { id: 'name', header: 'Name' },
  { id: 'type', header: 'Type' },
  { id: 'aliases', header: 'Aliases' },
  { id: 'description', header: 'Description' },
  { id: 'links', header: 'Links' },
  { id: 'case', header: 'Case' },
];

export function entityColumns(withCase: boolean): EntityColumn[] {
  const columns: EntityColumn[] = [
    { id: 'name', accessorFn: (r) => r.entity.name, header: 'Name', sortFn: 'text' },
    { id: 'type', accessorFn: (r) => entityTypeLabel(r.entity.type), header: 'Type', sortFn: 'text', filterFn: 'equalsString' },
    { id: 'aliases', accessorFn: (r) => r.entity.aliases.join('; '), header: 'Aliases', sortFn: 'text' },
    { id: 'description', accessorFn: (r) => r.entity.description.replace(/\s+/g, ' '), header: 'Description', sortFn: 'text' },
    { id: 'links', accessorFn: (r) => r.links, header: 'Links', sortFn: 'basic', enableGlobalFilter: false },
  ];
  if (withCase) columns.push({ id: 'case', accessorFn: (r) => r.caseName, header: 'Case', sortFn: 'text' });
  return columns;
}
