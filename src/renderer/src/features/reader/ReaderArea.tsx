import type { DocumentRecord } from '../../core/types';
import { SimpleReader } from './SimpleReader';

interface ReaderAreaProps {
  /** Open documents, in tab order. */
  documents: DocumentRecord[];
  activeId: string;
  onActivate: (id: string) => void;
  onCloseTab: (id: string) => void;
}

/** The open-document tabs and the reader of the active one. */
export function ReaderArea({ documents, activeId, onActivate, onCloseTab }: ReaderAreaProps) {
  const active = documents.find((d) => d.id === activeId);
  return (
    <div className="reader-area">
      <div role="tablist" aria-label="Open documents" className="doc-tabs">
        {documents.map((d) => (
          <span key={d.id} className={`doc-tab${d.id === activeId ? ' active' : ''}`}>
            <button
              type="button"
              role="tab"
              id={`tab-${d.id}`}
              aria-selected={d.id === activeId}
              aria-controls="reader-panel"
              tabIndex={d.id === activeId ? 0 : -1}
              title={d.title}
              onClick={() => onActivate(d.id)}
            >
              {d.title || d.fileName}
            </button>
            <button type="button" className="tab-close" aria-label={`Close ${d.title}`} onClick={() => onCloseTab(d.id)}>
              ×
            </button>
          </span>
        ))}
      </div>
      <div id="reader-panel" role="tabpanel" aria-labelledby={active ? `tab-${active.id}` : undefined} className="reader-panel">
        {active && <SimpleReader key={active.id} document={active} onClose={() => onCloseTab(active.id)} />}
      </div>
    </div>
  );
}
