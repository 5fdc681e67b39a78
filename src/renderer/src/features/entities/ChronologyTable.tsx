/**
 * The chronology as a table: Date, Event, Source, Kind, sortable by any header (by date at
 * first). Each row's event is a button that opens its source (a click anywhere on the row does
 * too); one of those buttons is in the tab order, and arrows, Home and End move between rows.
 */
import { useState, type KeyboardEvent } from 'react';
import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { CHRONOLOGY_KIND_LABELS, type ChronologyEvent } from '../../core/chronology/chronologyEvents';

export interface ChronologyRow {
  event: ChronologyEvent;
  /** Where the date was read: the document, or the clause's label and its document. */
  source: string;
}

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { basic: sortFn_basic, text: sortFn_text } });

const COLUMNS: { id: string; header: string }[] = [
  { id: 'date', header: 'Date' },
  { id: 'event', header: 'Event' },
  { id: 'source', header: 'Source' },
  { id: 'kind', header: 'Kind' },
];

const columns: ColumnDef<typeof features, ChronologyRow>[] = [
  // The sort key, not the words: "before 2026-06-23" sorts just before 2026-06-23.
  { id: 'date', accessorFn: (r) => r.event.date.sortKey, header: 'Date', sortFn: 'basic', sortDescFirst: false },
  { id: 'event', accessorFn: (r) => r.event.title, header: 'Event', sortFn: 'text' },
  { id: 'source', accessorFn: (r) => r.source, header: 'Source', sortFn: 'text' },
  { id: 'kind', accessorFn: (r) => CHRONOLOGY_KIND_LABELS[r.event.kind], header: 'Kind', sortFn: 'text' },
];

/** The words that flag a doubtful date: a qualifier makes it uncertain, a month or year imprecise. */
export function dateDoubt(event: ChronologyEvent): string {
  if (event.date.qualifier !== 'exact') return 'uncertain';
  return event.date.precision === 'day' ? '' : 'imprecise';
}

interface ChronologyTableProps {
  rows: ChronologyRow[];
  onOpen(event: ChronologyEvent): void;
}

export function ChronologyTable({ rows: data, onOpen }: ChronologyTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: false }]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => r.event.id,
    state: { sorting },
    onSortingChange: setSorting,
  });
  const rows = table.getRowModel().rows;
  // One row's button in the tab order (the last one focused), arrows move between rows.
  const [activeId, setActiveId] = useState<string | null>(null);
  const tabStop = rows.some((r) => r.id === activeId) ? activeId : (rows[0]?.id ?? null);

  const onKey = (e: KeyboardEvent<HTMLTableRowElement>) => {
    const row = e.currentTarget;
    const move = (to: Element | null | undefined) => to?.querySelector<HTMLElement>('.chronology-open')?.focus();
    if (e.key === 'ArrowDown') move(row.nextElementSibling);
    else if (e.key === 'ArrowUp') move(row.previousElementSibling);
    else if (e.key === 'Home') move(row.parentElement?.firstElementChild);
    else if (e.key === 'End') move(row.parentElement?.lastElementChild);
    else return;
    e.preventDefault();
  };

  return (
    <div className="table-scroll chronology-scroll">
      <table aria-label="Chronology" className="data-table chronology-table">
        <thead>
          <tr>
            {table.getHeaderGroups()[0]?.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={`chronology-col-${header.column.id}`}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                    {COLUMNS.find((c) => c.id === header.column.id)?.header}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { event, source } = row.original;
            const doubt = dateDoubt(event);
            return (
              // A click anywhere on the row is a larger target for the mouse; keyboards and screen
              // readers use the button (whose own click must not open the source twice).
              <tr
                key={row.id}
                data-event-id={event.id}
                onClick={(e) => {
                  if (!(e.target as Element).closest('button')) onOpen(event);
                }}
                onKeyDown={onKey}
              >
                <td className="chronology-col-date">
                  <span className={doubt ? 'chronology-date-doubtful' : undefined}>{event.date.display}</span>
                  {doubt && <span className={`chronology-tag chronology-tag-${doubt}`}>{doubt}</span>}
                </td>
                <td className="chronology-col-event">
                  <button
                    type="button"
                    className="link chronology-open"
                    tabIndex={row.id === tabStop ? 0 : -1}
                    onFocus={() => setActiveId(row.id)}
                    onClick={() => onOpen(event)}
                  >
                    {event.title}
                  </button>
                </td>
                <td className="chronology-col-source" title={source}>
                  {source}
                </td>
                <td className="chronology-col-kind">{CHRONOLOGY_KIND_LABELS[event.kind]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
