import type { ClauseWork } from '../clauses';

/**
 * The reader's clause controls. mousedown is cancelled on each so that pressing one does not
 * clear the text selection it is about to read.
 */
export function ClauseTools({
  work,
  panelOpen,
  onTogglePanel,
  onNewVersion,
}: {
  work: ClauseWork;
  panelOpen: boolean;
  onTogglePanel(): void;
  onNewVersion(): void;
}) {
  const keep = (e: React.MouseEvent) => e.preventDefault();
  return (
    <div className="toolbar-group clause-tools">
      <button type="button" className="primary" onMouseDown={keep} onClick={work.annotateSelection} title="Annotate selection (Ctrl/Cmd+Shift+A)">
        Annotate selection
      </button>
      <button
        type="button"
        onMouseDown={keep}
        aria-pressed={work.areaMode}
        onClick={() => work.setAreaMode(!work.areaMode)}
        title="Draw an area clause on a page without a text layer"
      >
        Draw area
      </button>
      <button type="button" onMouseDown={keep} onClick={work.copyQuoteWithCitation} title="Copy quote with citation (Ctrl/Cmd+Shift+C)">
        Copy quote with citation
      </button>
      <button type="button" aria-pressed={panelOpen} onClick={onTogglePanel} title="Show or hide the clauses (Ctrl/Cmd+Shift+L)">
        Clauses ({work.count})
      </button>
      <button
        type="button"
        onClick={onNewVersion}
        title="Import an amended or corrected PDF as a new version of this document; its clauses are carried over"
      >
        Import as new version…
      </button>
    </div>
  );
}
