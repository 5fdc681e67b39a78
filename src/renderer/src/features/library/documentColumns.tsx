import {
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  columnFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import { DOCUMENT_KIND_LABELS, type DocumentRecord } from '../../core/types';

/** The features the Documents table uses (TanStack Table v9 declares them up front). */
export const documentTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
  columnVisibilityFeature,
});

export type DocumentColumn = ColumnDef<typeof documentTableFeatures, DocumentRecord>;

export function flaggedCount(doc: DocumentRecord): number {
  return doc.pageStatus.filter((s) => s !== 'text').length;
}

/** Column id -> header, in display order. The title column cannot be hidden. */
export const DOCUMENT_COLUMNS: { id: string; header: string; hideable: boolean }[] = [
  { id: 'title', header: 'Title', hideable: false },
  { id: 'kind', header: 'Kind', hideable: true },
  { id: 'issuer', header: 'Issuer', hideable: true },
  { id: 'date', header: 'Date', hideable: true },
  { id: 'citation', header: 'Citation', hideable: true },
  { id: 'jurisdiction', header: 'Jurisdiction', hideable: true },
  { id: 'pageCount', header: 'Pages', hideable: true },
  { id: 'textStatus', header: 'Text', hideable: true },
  { id: 'fileName', header: 'File', hideable: true },
  { id: 'addedAt', header: 'Added', hideable: true },
];

export const documentColumns: DocumentColumn[] = [
  { id: 'title', accessorFn: (d) => d.title, header: 'Title', sortFn: 'text' },
  { id: 'kind', accessorFn: (d) => DOCUMENT_KIND_LABELS[d.kind] ?? d.kind, header: 'Kind', sortFn: 'text' },
  { id: 'issuer', accessorFn: (d) => d.issuer, header: 'Issuer', sortFn: 'text' },
  { id: 'date', accessorFn: (d) => d.date, header: 'Date', sortFn: 'alphanumeric' },
  { id: 'citation', accessorFn: (d) => d.citation, header: 'Citation', sortFn: 'alphanumeric' },
  { id: 'jurisdiction', accessorFn: (d) => d.jurisdiction, header: 'Jurisdiction', sortFn: 'text' },
  { id: 'pageCount', accessorFn: (d) => d.pageCount, header: 'Pages', sortFn: 'basic', enableGlobalFilter: false },
  {
    id: 'textStatus',
    accessorFn: (d) => (flaggedCount(d) ? `${flaggedCount(d)} of ${d.pageCount} pages without text` : 'Text'),
    header: 'Text',
    sortFn: 'text',
  },
  { id: 'fileName', accessorFn: (d) => d.fileName, header: 'File', sortFn: 'text' },
  // The full timestamp, so documents added the same day still sort by when they came.
  { id: 'addedAt', accessorFn: (d) => d.addedAt, header: 'Added', sortFn: 'text' },
];

/** What a cell shows for its value: "Added" as a local date and time, everything else as is. */
export function cellText(columnId: string, value: unknown): string {
  if (columnId === 'addedAt' && typeof value === 'string') {
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) return value;
    const two = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
  }
  return String(value ?? '');
}
