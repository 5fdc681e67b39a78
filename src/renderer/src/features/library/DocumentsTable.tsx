import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTable, type ColumnVisibilityState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { DocumentRecord } from '../../core/types';
import { DOCUMENT_COLUMNS, cellText, documentColumns, documentTableFeatures } from './documentColumns';

interface DocumentsTableProps {
  documents: DocumentRecord[];
  onOpen: (doc: DocumentRecord) => void;
  onEdit: (doc: DocumentRecord) => void;
  onDelete: (doc: DocumentRecord) => void;
}

const ROW_HEIGHT = 36;

/**
 * The library's "Documents" table: sortable, filterable, columns can be hidden, and rows are
 * virtualised (only visible rows are in the DOM; spacer rows keep the scroll height), so 10,000
 * documents stay fast. Keyboard: arrows move, Enter opens, F2 edits, Delete deletes.
 */
export function DocumentsTable({ documents, onOpen, onEdit, onDelete }: DocumentsTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'addedAt', desc: true }]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>({ fileName: false, addedAt: false });
  const [activeIndex, setActiveIndex] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusWanted = useRef(false);

  const table = useTable({
    features: documentTableFeatures,
    columns: documentColumns,
    data: documents,
    getRowId: (d) => d.id,
    state: { sorting, globalFilter, columnVisibility },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnVisibilityChange: setColumnVisibility,
    globalFilterFn: 'includesString',
  });
  const rows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const active = Math.min(activeIndex, Math.max(rows.length - 1, 0));

  useEffect(() => {
    if (!focusWanted.current) return;
    // The target row may render only after the virtualiser has scrolled: keep trying each render.
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${active}"]`);
    if (!row) return;
    focusWanted.current = false;
    row.focus();
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusWanted.current = true;
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, doc: DocumentRecord, index: number) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      PageDown: () => moveTo(index + page),
      PageUp: () => moveTo(index - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => onOpen(doc),
      F2: () => onEdit(doc),
      Delete: () => onDelete(doc),
    };
    const action = e.target === e.currentTarget ? keys[e.key] : undefined;
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div className="documents">
      <div className="table-toolbar">
        <label className="field inline">
          Filter documents
          <input type="search" value={globalFilter} onChange={(e) => setGlobalFilter(e.target.value)} placeholder="Title, issuer, citation…" />
        </label>
        <details className="columns-menu">
          <summary>Columns</summary>
          <fieldset>
            <legend>Show columns</legend>
            {DOCUMENT_COLUMNS.filter((c) => c.hideable).map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={columnVisibility[c.id] !== false}
                  onChange={(e) => setColumnVisibility((v) => ({ ...v, [c.id]: e.target.checked }))}
                />
                {c.header}
              </label>
            ))}
          </fieldset>
        </details>
        <span className="count" aria-live="polite">
          {rows.length === documents.length ? `${documents.length} documents` : `${rows.length} of ${documents.length} documents`}
        </span>
      </div>
      <div className="table-scroll" ref={scrollRef}>
        <table aria-label="Documents" aria-rowcount={rows.length + 1} className="data-table">
          <thead>
            <tr aria-rowindex={1}>
              {table.getHeaderGroups()[0]?.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = DOCUMENT_COLUMNS.find((c) => c.id === header.column.id)?.header ?? header.column.id;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    className={`col-${header.column.id}`}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {label}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="col-actions">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true" style={{ height: padTop }}>
                <td colSpan={visibleColumns.length + 1} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const doc = row.original;
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  data-document-id={doc.id}
                  aria-rowindex={item.index + 2}
                  tabIndex={item.index === active ? 0 : -1}
                  onFocus={() => setActiveIndex(item.index)}
                  onKeyDown={(e) => onRowKey(e, doc, item.index)}
                  style={{ height: ROW_HEIGHT }}
                >
                  {row.getVisibleCells().map((cell) =>
                    cell.column.id === 'title' ? (
                      <td key={cell.id} className="col-title">
                        <button type="button" className="link" tabIndex={-1} onClick={() => onOpen(doc)}>
                          {doc.title || doc.fileName}
                        </button>
                      </td>
                    ) : (
                      <td key={cell.id} className={`col-${cell.column.id}`} title={cellText(cell.column.id, cell.getValue())}>
                        {cellText(cell.column.id, cell.getValue())}
                      </td>
                    ),
                  )}
                  <td className="col-actions">
                    <button type="button" tabIndex={-1} aria-label={`Edit details of ${doc.title}`} onClick={() => onEdit(doc)}>
                      Edit
                    </button>
                    <button type="button" tabIndex={-1} aria-label={`Delete ${doc.title}`} onClick={() => onDelete(doc)}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true" style={{ height: padBottom }}>
                <td colSpan={visibleColumns.length + 1} />
              </tr>
            )}
          </tbody>
        </table>
        {documents.length === 0 && <p className="empty">No documents yet. Use “Import PDFs” or drop PDF files here.</p>}
      </div>
    </div>
  );
}
