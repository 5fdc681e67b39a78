import { useEffect, useMemo, useRef, useState } from 'react';
import type { PageLabels } from '../../core/pageQuery';
import type { Case, Clause, DocumentRecord } from '../../core/types';
import type { ViewStateRecord } from '../../core/viewState';
import type { PDFDocumentProxy } from '../../pdf/pdfjs';
import { host } from '../../platform/host';
import { useClauseWork } from '../clauses';
import { UseAsEvidenceDialog } from '../compare';
import { ClauseTools } from './ClauseTools';
import { FindBar } from './FindBar';
import { ReaderToolbar, type ToolbarActions } from './ReaderToolbar';
import type { RevealRequest } from './revealRequest';
import type { ReaderAction } from './shortcuts';
import { Sidebar } from './Sidebar';
import { useDocumentViewer } from './useDocumentViewer';
import { useReaderShortcuts } from './useReaderShortcuts';
import './reader.css';

/** The reader of one open document: toolbar, find bar, sidebar and the pdf.js viewer. */
export function ReaderView({
  doc,
  pdf,
  labels,
  initial,
  onClose,
  caseId,
  cases,
  profile,
  onNewVersion,
  reveal,
}: {
  doc: DocumentRecord;
  /** A place to show with its text highlighted (a search hit opened); a new object each time. */
  reveal?: RevealRequest;
  /** The workspace's case (undefined: all cases); clauses are made and shown per case. */
  caseId: string | undefined;
  cases: readonly Case[];
  profile: string;
  /** "Import as new version…" of this document. */
  onNewVersion(): void;
  pdf: PDFDocumentProxy;
  labels: PageLabels;
  initial: Pick<ViewStateRecord, 'pageNumber' | 'zoom' | 'rotation'>;
  onClose(): void;
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const pageInputRef = useRef<HTMLInputElement>(null);
  const findInputRef = useRef<HTMLInputElement>(null);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const badges = useMemo(() => {
    const map = new Map<number, string>();
    doc.pageStatus.forEach((s, i) => {
      if (s === 'no-text-layer') map.set(i + 1, 'No text layer');
      else if (s === 'error') map.set(i + 1, 'Text not extracted');
    });
    return map;
  }, [doc.pageStatus]);
  const { viewer, view } = useDocumentViewer(hostRef, pdf, doc.id, initial, badges);
  useEffect(() => viewer?.setPageLabels(labels.pdf ? [...labels.pdf] : null), [viewer, labels.pdf]);
  const [clausesOpen, setClausesOpen] = useState(true);
  const revealClause = useMemo(() => (reveal?.clauseId ? { clauseId: reveal.clauseId } : undefined), [reveal]);
  // The reader joins clauses and comparisons, so features/clauses needs no import of features/compare
  // (which reads clause exports from it): no import cycle between the two.
  const [evidenceFor, setEvidenceFor] = useState<{ clause: Clause; quote: string; citation: string } | null>(null);
  const clauses = useClauseWork({
    viewer,
    doc,
    caseId,
    cases,
    profile,
    labels,
    pdf,
    panelOpen: clausesOpen,
    setPanelOpen: setClausesOpen,
    revealClause,
    onUseAsEvidence: (clause, shown) => setEvidenceFor({ clause, ...shown }),
  });
  const lastFind = useRef<{ query: string; options: { caseSensitive: boolean; entireWord: boolean } } | null>(null);
  useEffect(() => {
    if (!viewer || !reveal || reveal.clauseId) return;
    const options = { caseSensitive: false, entireWord: reveal.entireWord ?? false };
    viewer.reveal(reveal.pageNumber, reveal.text ?? '', options);
    // F3 then steps through the same matches.
    if (reveal.text) lastFind.current = { query: reveal.text, options };
  }, [viewer, reveal]);

  const closeFind = () => {
    setFindOpen(false);
    lastFind.current = null;
    viewer?.closeFind();
    viewer?.focus();
  };
  const actions: ToolbarActions = {
    close: onClose,
    toggleSidebar: () => setSidebarOpen((o) => !o),
    toggleFind: () => (findOpen ? closeFind() : setFindOpen(true)),
    goTo: (n) => viewer?.goToPage(n),
    next: () => viewer?.nextPage(),
    previous: () => viewer?.previousPage(),
    zoomIn: () => viewer?.zoomIn(),
    zoomOut: () => viewer?.zoomOut(),
    setZoom: (z) => viewer?.setZoom(z),
    rotate: () => viewer?.rotate(90),
  };

  const run = (action: ReaderAction) => {
    if (!viewer) return;
    const step = (s: 'next' | 'previous') => {
      if (lastFind.current) viewer.find(lastFind.current.query, lastFind.current.options, s);
      else setFindOpen(true);
    };
    const perform: Record<ReaderAction, () => void> = {
      'zoom-in': actions.zoomIn,
      'zoom-out': actions.zoomOut,
      'fit-page': () => viewer.setZoom('page-fit'),
      'fit-width': () => viewer.setZoom('page-width'),
      'actual-size': () => viewer.setZoom('page-actual'),
      'rotate-cw': () => viewer.rotate(90),
      'rotate-ccw': () => viewer.rotate(-90),
      'next-page': actions.next,
      'previous-page': actions.previous,
      'first-page': () => viewer.goToPage(1),
      'last-page': () => viewer.goToPage(viewer.pageCount),
      'go-to-page': () => pageInputRef.current?.focus(),
      find: () => (findOpen ? findInputRef.current?.focus() : setFindOpen(true)),
      'next-match': () => step('next'),
      'previous-match': () => step('previous'),
      'toggle-sidebar': actions.toggleSidebar,
      'annotate-selection': clauses.annotateSelection,
      'copy-quote-with-citation': clauses.copyQuoteWithCitation,
      'show-clauses': () => setClausesOpen((o) => !o),
    };
    perform[action]();
  };
  useReaderShortcuts(run);

  return (
    <section className="reader" aria-label="Document viewer">
      <ReaderToolbar
        title={doc.title || doc.fileName}
        pageNumber={view.pageNumber}
        pageCount={pdf.numPages}
        labels={labels}
        zoom={view.zoom}
        scale={view.scale}
        sidebarOpen={sidebarOpen}
        findOpen={findOpen}
        pageInputRef={pageInputRef}
        actions={actions}
        extra={<ClauseTools work={clauses} panelOpen={clausesOpen} onTogglePanel={() => setClausesOpen((o) => !o)} onNewVersion={onNewVersion} />}
      />
      {findOpen && (
        <FindBar
          inputRef={findInputRef}
          result={view.find}
          onFind={(query, options, step) => {
            lastFind.current = { query, options };
            viewer?.find(query, options, step);
          }}
          onClose={closeFind}
        />
      )}
      <div className="reader-body">
        {sidebarOpen && (
          <Sidebar
            pdf={pdf}
            labels={labels}
            pageNumber={view.pageNumber}
            rotation={view.rotation}
            onGoToPage={(n) => viewer?.goToPage(n)}
            onGoToDest={(dest) => viewer?.goToDestination(dest)}
            onLink={(url) => void host().openExternal(url)}
          />
        )}
        <div className="reader-viewport" ref={hostRef} />
        {clauses.elements}
      </div>
      <UseAsEvidenceDialog
        clause={evidenceFor?.clause ?? null}
        quote={evidenceFor?.quote}
        citation={evidenceFor?.citation}
        profile={profile}
        onClose={() => setEvidenceFor(null)}
      />
    </section>
  );
}
