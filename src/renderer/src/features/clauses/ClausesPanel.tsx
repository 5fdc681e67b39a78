import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { filterClauseRows, NO_FILTER, type ClauseFilter, type ClauseRow } from './clauseFilter';

interface ClausesPanelProps {
  rows: readonly ClauseRow[];
  /** Type ids and labels present, for the type filter. */
  types: readonly { id: string; label: string }[];
  selectedId: string | null;
  onGoTo(row: ClauseRow): void;
  onEdit(row: ClauseRow): void;
  onDelete(row: ClauseRow): void;
  onCopy(row: ClauseRow): void;
  /** "Use as evidence for…" a comparison cell; offered only when the reader provides it. */
  onUseAsEvidence?(row: ClauseRow): void;
  onImport(): void;
  onExport(): void;
  onSuggest(): void;
  /** Highlights and notes the PDF carries from another reader, not yet taken in. */
  pdfMarkups: number;
  onReviewPdfMarkups(): void;
  /** Why the last import changed nothing, shown until the next one. */
  importProblems: readonly string[];
}

const ESTIMATED_ROW = 92;

const STATUS_TEXT = { anchored: '', fuzzy: 'Fuzzy match: check the words', orphaned: 'Orphaned: its words were not found' } as const;

/** The document's clauses in reading order, filterable, virtualised (thousands stay fast). */
export function ClausesPanel({
  rows,
  types,
  selectedId,
  onGoTo,
  onEdit,
  onDelete,
  onCopy,
  onUseAsEvidence,
  onImport,
  onExport,
  onSuggest,
  pdfMarkups,
  onReviewPdfMarkups,
  importProblems,
}: ClausesPanelProps) {
  const [filter, setFilter] = useState<ClauseFilter>(NO_FILTER);
  const visible = useMemo(() => filterClauseRows(rows, filter), [rows, filter]);
  const tags = useMemo(() => [...new Set(rows.flatMap((r) => r.clause.tags))].sort(), [rows]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  // A clause selected from elsewhere (its highlight, an entity's page) is brought into the list's view.
  const selectedIndex = visible.findIndex((r) => r.clause.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <aside className="clauses-panel" aria-label="Clauses panel">
      <div className="clauses-filters">
        <input
          type="search"
          aria-label="Filter clauses"
          placeholder="Filter clauses"
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <select aria-label="Filter by type" value={filter.type} onChange={(e) => setFilter({ ...filter, type: e.target.value })}>
          <option value="">All types</option>
          {types.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <select aria-label="Filter by tag" value={filter.tag} onChange={(e) => setFilter({ ...filter, tag: e.target.value })}>
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <span className="count" aria-live="polite">
          {visible.length === rows.length ? `${rows.length} clauses` : `${visible.length} of ${rows.length}`}
        </span>
      </div>
      <div className="clauses-exchange">
        <button type="button" onClick={onSuggest} title="Offer the document's numbered sections and paragraphs as clauses, to accept or reject">
          Suggest clauses
        </button>
        <button type="button" onClick={onImport} title="Add clauses from a W3C Web Annotation file made for this PDF">
          Import annotations
        </button>
        <button type="button" onClick={onExport} disabled={rows.length === 0} title="This document's clauses as W3C Web Annotations (JSON-LD)">
          Export this document
        </button>
      </div>
      {pdfMarkups > 0 && (
        <p className="clauses-offer" role="status">
          This PDF carries {pdfMarkups} highlight{pdfMarkups === 1 ? '' : 's'} of its own.{' '}
          <button type="button" className="link" onClick={onReviewPdfMarkups}>
            Review them as clauses
          </button>
        </p>
      )}
      {importProblems.length > 0 && (
        <div role="alert" className="error clauses-problems">
          {importProblems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {rows.length === 0 ? (
        <p className="empty">No clauses yet. Select text in the page, then press “Annotate selection”.</p>
      ) : (
        <div className="clauses-scroll" ref={scrollRef}>
          <ul role="list" aria-label="Clauses" className="clauses-list" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = visible[item.index] as ClauseRow;
              const { clause } = row;
              const status = STATUS_TEXT[clause.anchorStatus];
              return (
                <li
                  key={clause.id}
                  data-index={item.index}
                  // Only some rows are in the DOM: say where each stands in the whole list.
                  aria-setsize={visible.length}
                  aria-posinset={item.index + 1}
                  data-clause-id={clause.id}
                  ref={virtualizer.measureElement}
                  className={`clause-item${clause.id === selectedId ? ' selected' : ''} status-${clause.anchorStatus}`}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <button
                    type="button"
                    className="clause-summary"
                    onClick={() => onGoTo(row)}
                    aria-label={`Go to ${row.typeLabel}${clause.label ? ` ${clause.label}` : ''}, ${row.citation}${status ? `, ${status}` : ''}: ${row.quote.slice(0, 80)}`}
                  >
                    <span className="clause-swatch" style={{ backgroundColor: clause.colour }} aria-hidden="true" />
                    <span className="clause-head">
                      <strong>{row.typeLabel}</strong>
                      {clause.label && <span className="clause-label">{clause.label}</span>}
                      {row.caseName && <span className="clause-case">{row.caseName}</span>}
                    </span>
                    <span className="clause-citation">{row.citation}</span>
                    <span className="clause-snippet">{row.quote}</span>
                    {status && <span className={`clause-status ${clause.anchorStatus}`}>{status}</span>}
                    {clause.tags.length > 0 && <span className="clause-tags">{clause.tags.map((t) => `#${t}`).join(' ')}</span>}
                  </button>
                  <span className="clause-actions">
                    <button
                      type="button"
                      onClick={() => onCopy(row)}
                      title="Copy quote with citation"
                      aria-label={`Copy ${clause.label || row.typeLabel}`}
                    >
                      Copy
                    </button>
                    <button type="button" onClick={() => onEdit(row)} aria-label={`Edit ${clause.label || row.typeLabel}`}>
                      Edit
                    </button>
                    <button type="button" onClick={() => onDelete(row)} aria-label={`Delete ${clause.label || row.typeLabel}`}>
                      Delete
                    </button>
                    {onUseAsEvidence && (
                      <button
                        type="button"
                        onClick={() => onUseAsEvidence(row)}
                        title="Use as evidence for a cell of a comparison"
                        aria-label={`Use ${clause.label || row.typeLabel} as evidence for…`}
                      >
                        Use as evidence for…
                      </button>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </aside>
  );
}
