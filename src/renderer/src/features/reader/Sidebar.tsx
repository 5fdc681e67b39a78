import { useEffect, useState } from 'react';
import type { PageLabels } from '../../core/pageQuery';
import { readAttachments, readOutline, type Attachment, type OutlineNode } from '../../pdf/outline';
import type { PDFDocumentProxy } from '../../pdf/pdfjs';
import { AttachmentList } from './AttachmentList';
import { OutlineTree } from './OutlineTree';
import { Thumbnails } from './Thumbnails';

type Panel = 'pages' | 'outline' | 'attachments';

/** The reader's sidebar: page thumbnails, the outline, and attachments when there are any. */
export function Sidebar({
  pdf,
  labels,
  pageNumber,
  rotation,
  onGoToPage,
  onGoToDest,
  onLink,
}: {
  pdf: PDFDocumentProxy;
  labels: PageLabels;
  pageNumber: number;
  /** The reader's page rotation, which the thumbnails follow. */
  rotation: number;
  onGoToPage(n: number): void;
  onGoToDest(dest: unknown): void;
  onLink(url: string): void;
}) {
  const [panel, setPanel] = useState<Panel>('pages');
  const [outline, setOutline] = useState<OutlineNode[] | null>(null);
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  useEffect(() => {
    let cancelled = false;
    void Promise.all([readOutline(pdf), readAttachments(pdf)]).then(([o, a]) => {
      if (cancelled) return;
      setOutline(o);
      setAttachments(a);
    });
    return () => {
      cancelled = true;
    };
  }, [pdf]);

  const panels: { id: Panel; label: string }[] = [
    { id: 'pages', label: 'Pages' },
    { id: 'outline', label: 'Outline' },
    ...(attachments.length ? [{ id: 'attachments' as const, label: `Attachments (${attachments.length})` }] : []),
  ];
  return (
    <aside className="reader-sidebar" aria-label="Sidebar">
      <div className="sidebar-switch">
        {panels.map((p) => (
          <button key={p.id} type="button" aria-pressed={panel === p.id} onClick={() => setPanel(p.id)}>
            {p.label}
          </button>
        ))}
      </div>
      <div className="sidebar-panel">
        {panel === 'pages' && <Thumbnails pdf={pdf} labels={labels} pageNumber={pageNumber} rotation={rotation} onGo={onGoToPage} />}
        {panel === 'outline' &&
          (outline ? <OutlineTree items={outline} onGo={onGoToDest} onLink={onLink} /> : <p className="loading">Reading the outline…</p>)}
        {panel === 'attachments' && <AttachmentList pdf={pdf} attachments={attachments} />}
      </div>
    </aside>
  );
}
