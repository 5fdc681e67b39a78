import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ViewStateRecord, ZoomSetting } from '../../core/viewState';
import { db } from '../../db/database';
import { saveViewState } from '../../db/viewStateRepo';
import type { PDFDocumentProxy } from '../../pdf/pdfjs';
import { DocumentViewer, type FindResult } from '../../pdf/viewer';
import { host } from '../../platform/host';

export interface ViewerView {
  pageNumber: number;
  scale: number;
  zoom: ZoomSetting;
  rotation: number;
  find: FindResult | null;
}

const SAVE_DELAY_MS = 400;

/**
 * Creates the imperative DocumentViewer inside `hostRef`, opens `pdf` where the reader last left
 * it, mirrors page, zoom, rotation and find results into React state, and remembers the view per
 * document (IndexedDB, viewStateRepo) a moment after it changes and when the reader closes.
 */
export function useDocumentViewer(
  hostRef: RefObject<HTMLDivElement | null>,
  pdf: PDFDocumentProxy,
  documentId: string,
  initial: Pick<ViewStateRecord, 'pageNumber' | 'zoom' | 'rotation'>,
  badges: ReadonlyMap<number, string>,
): { viewer: DocumentViewer | null; view: ViewerView } {
  const [viewer, setViewer] = useState<DocumentViewer | null>(null);
  const [view, setView] = useState<ViewerView>({ ...initial, scale: 1, find: null });
  const latest = useRef(view);
  latest.current = view;
  const initialRef = useRef(initial);
  const badgesRef = useRef(badges);

  useEffect(() => {
    const el = hostRef.current;
    if (!el) return;
    let created: DocumentViewer | null = null;
    let cancelled = false;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;
    const save = () => {
      clearTimeout(saveTimer);
      if (!dirty) return;
      dirty = false;
      const { pageNumber, zoom, rotation } = latest.current;
      const r = rotation === 90 || rotation === 180 || rotation === 270 ? rotation : 0;
      void saveViewState(db(), { documentId, pageNumber, zoom, rotation: r }).catch(() => undefined);
    };
    const changed = (patch: Partial<ViewerView>) => {
      setView((v) => (latest.current = { ...v, ...patch }));
      if ('find' in patch) return;
      dirty = true;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_DELAY_MS);
    };
    void DocumentViewer.create(el, {
      onPageChange: (pageNumber) => changed({ pageNumber }),
      onZoomChange: ({ scale, setting }) => changed({ scale, zoom: setting }),
      onRotationChange: (rotation) => changed({ rotation }),
      onFind: (find) => changed({ find }),
      onExternalLink: (url) => void host().openExternal(url),
    }).then((v) => {
      if (cancelled) return v.destroy();
      created = v;
      v.open(pdf, { documentKey: documentId, initial: initialRef.current, badges: badgesRef.current });
      setViewer(v);
    });
    return () => {
      cancelled = true;
      save();
      created?.destroy();
      setViewer(null);
    };
  }, [hostRef, pdf, documentId]);

  return { viewer, view };
}
