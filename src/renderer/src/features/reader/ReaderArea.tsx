import type { KeyboardEvent } from 'react';
import type { DocumentRecord } from '../../core/types';
import { DocumentReader } from './DocumentReader';
import type { ReaderScope } from './readerScope';
import type { RevealRequest } from './revealRequest';

interface ReaderAreaProps {
  /** Open documents, in tab order. */
  documents: DocumentRecord[];
  activeId: string;
  onActivate: (id: string) => void;
  onCloseTab: (id: string) => void;
  /** The case clauses are made and shown in, and who makes them. */
  scope: ReaderScope;
  /** A page and text to show in the active document (a search hit opened). */
  reveal?: RevealRequest;
}

/**
 * The open-document tabs and the reader of the active one. A tab list may hold only tabs, so each
 * tab's × is a mouse target inside it (hidden from assistive technology); from the keyboard,
 * Delete closes the focused tab, and the reader's "Back to library" closes the active one.
 */
export function ReaderArea({ documents, activeId, onActivate, onCloseTab, scope, reveal }: ReaderAreaProps) {
  const active = documents.find((d) => d.id === activeId);
  // Tabs pattern: ←/→ (Home/End) move between open documents; only the active tab is tabbable.
  const onTabKey = (e: KeyboardEvent) => {
    const i = documents.findIndex((d) => d.id === activeId);
    if (e.key === 'Delete' && active) {
      e.preventDefault();
      onCloseTab(active.id);
      return;
    }
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? documents.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = documents[(to + documents.length) % documents.length];
    if (!next) return;
    onActivate(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div className="reader-area">
      <div role="tablist" aria-label="Open documents" className="doc-tabs" onKeyDown={onTabKey}>
        {documents.map((d) => (
          <button
            key={d.id}
            type="button"
            role="tab"
            id={`tab-${d.id}`}
            className={`doc-tab${d.id === activeId ? ' active' : ''}`}
            aria-selected={d.id === activeId}
            aria-controls="reader-panel"
            aria-description="Delete closes this document"
            tabIndex={d.id === activeId ? 0 : -1}
            title={d.title}
            onClick={() => onActivate(d.id)}
          >
            <span className="doc-tab-title">{d.title || d.fileName}</span>
            <span
              className="tab-close"
              aria-hidden="true"
              title={`Close ${d.title}`}
              data-close-tab={d.id}
              onClick={(e) => {
                e.stopPropagation();
                onCloseTab(d.id);
              }}
            >
              ×
            </span>
          </button>
        ))}
      </div>
      <div id="reader-panel" role="tabpanel" aria-labelledby={active ? `tab-${active.id}` : undefined} className="reader-panel">
        {active && <DocumentReader key={active.id} document={active} scope={scope} onClose={() => onCloseTab(active.id)} reveal={reveal} />}
      </div>
    </div>
  );
}
