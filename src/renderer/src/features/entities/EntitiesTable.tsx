import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTable, type ColumnFiltersState, type SortingState } from '@tanstack/react-table';
import { ENTITY_TYPES } from '../../core/entities/entityKinds';
import type { Entity } from '../../core/types';
import { ENTITY_COLUMNS, entityColumns, entityTableFeatures, type EntityRow } from './entityColumns';

interface EntitiesTableProps {
  rows: EntityRow[];
  /** True in "All cases": a "Case" column, and no new entity (it would belong to no case). */
  allCases: boolean;
  onNew(): void;
  onOpen(entity: Entity): void;
  onEdit(entity: Entity): void;
  onMerge(entity: Entity): void;
  onDelete(entity: Entity): void;
}

/**
 * The "Entities" table: sortable columns, a type filter and a search over names, aliases and
 * descriptions. A case holds tens to hundreds of entities, so every row is rendered (no
 * virtualiser). Keyboard (listed in Help under "Entities table", shared/commands.ts): arrows,
 * Home and End move, Enter opens the entity's page, F2 edits, M merges, Delete deletes. The row's
 * buttons stay out of the tab order (one stop per table), so each has its key.
 */
export function EntitiesTable({ rows: data, allCases, onNew, onOpen, onEdit, onMerge, onDelete }: EntitiesTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [activeIndex, setActiveIndex] = useState(0);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const focusWanted = useRef(false);
  const noteId = useId();
  const columns = useMemo(() => entityColumns(allCases), [allCases]);

  const table = useTable({
    features: entityTableFeatures,
    columns,
    data,
    getRowId: (r) => r.entity.id,
    state: { sorting, globalFilter, columnFilters },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    globalFilterFn: 'includesString',
  });
  const rows = table.getRowModel().rows;
  const active = Math.min(activeIndex, Math.max(rows.length - 1, 0));
  const typeFilter = (columnFilters.find((f) => f.id === 'type')?.value as string | undefined) ?? '';

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${active}"]`)?.focus();
  });

  const moveTo = (index: number) => {
    setActiveIndex(Math.max(0, Math.min(rows.length - 1, index)));
    focusWanted.current = true;
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, entity: Entity, index: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => onOpen(entity),
      F2: () => onEdit(entity),
      m: () => onMerge(entity),
      M: () => onMerge(entity),
      Delete: () => onDelete(entity),
    };
    const modified = e.ctrlKey || e.metaKey || e.altKey;
    const action = e.target === e.currentTarget && !modified ? keys[e.key] : undefined;
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div className="entity-list">
      <div className="table-toolbar entity-toolbar">
        <button type="button" className="primary" onClick={onNew} disabled={allCases} aria-describedby={allCases ? noteId : undefined}>
          New entity
        </button>
        {allCases && (
          <span id={noteId} className="hint">
            Choose a case in the Case switcher to add entities: each belongs to one case.
          </span>
        )}
        <label className="field inline">
          Search entities
          <input type="search" value={globalFilter} onChange={(e) => setGlobalFilter(e.target.value)} placeholder="Name, alias, description…" />
        </label>
        <label className="field inline">
          Filter by type
          <select value={typeFilter} onChange={(e) => setColumnFilters(e.target.value ? [{ id: 'type', value: e.target.value }] : [])}>
            <option value="">All types</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t.id} value={t.label}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <span className="count" aria-live="polite">
          {rows.length === data.length ? `${data.length} entities` : `${rows.length} of ${data.length} entities`}
        </span>
      </div>
      <div className="table-scroll">
        <table aria-label="Entities" className="data-table entity-table">
          <thead>
            <tr>
              {table.getHeaderGroups()[0]?.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    className={`entity-col-${header.column.id}`}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {ENTITY_COLUMNS.find((c) => c.id === header.column.id)?.header ?? header.column.id}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="entity-col-actions">
                Actions
              </th>
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {rows.map((row, index) => {
              const { entity } = row.original;
              return (
                <tr
                  key={row.id}
                  data-index={index}
                  data-entity-id={entity.id}
                  tabIndex={index === active ? 0 : -1}
                  onFocus={(e) => e.target === e.currentTarget && setActiveIndex(index)}
                  onKeyDown={(e) => onRowKey(e, entity, index)}
                >
                  {row.getAllCells().map((cell) =>
                    cell.column.id === 'name' ? (
                      <td key={cell.id} className="entity-col-name">
                        <button type="button" className="link" tabIndex={-1} onClick={() => onOpen(entity)}>
                          {entity.name}
                        </button>
                      </td>
                    ) : (
                      <td key={cell.id} className={`entity-col-${cell.column.id}`} title={String(cell.getValue() ?? '')}>
                        {String(cell.getValue() ?? '')}
                      </td>
                    ),
                  )}
                  <td className="entity-col-actions">
                    <button type="button" tabIndex={-1} aria-label={`Edit ${entity.name}`} aria-keyshortcuts="F2" onClick={() => onEdit(entity)}>
                      Edit
                    </button>
                    <button type="button" tabIndex={-1} aria-label={`Merge ${entity.name}`} aria-keyshortcuts="M" onClick={() => onMerge(entity)}>
                      Merge…
                    </button>
                    <button
                      type="button"
                      tabIndex={-1}
                      aria-label={`Delete ${entity.name}`}
                      aria-keyshortcuts="Delete"
                      onClick={() => onDelete(entity)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {data.length === 0 ? (
          <p className="empty">
            {allCases
              ? 'No entities in any case yet.'
              : 'No entities yet. Use “New entity” to add the people, agencies and models this case is about.'}
          </p>
        ) : (
          rows.length === 0 && <p className="empty">No entity matches the search or type.</p>
        )}
      </div>
    </div>
  );
}
