import type { ReactNode, RefObject } from 'react';
import type { PageLabels } from '../../core/pageQuery';
import type { ZoomSetting } from '../../core/viewState';
import { PageField } from './PageField';
import { ZOOM_CHOICES, parseZoomValue, percent, zoomValue } from './zoomOptions';

export interface ToolbarActions {
  close(): void;
  toggleSidebar(): void;
  toggleFind(): void;
  goTo(pageNumber: number): void;
  next(): void;
  previous(): void;
  zoomIn(): void;
  zoomOut(): void;
  setZoom(zoom: ZoomSetting): void;
  rotate(): void;
}

export function ReaderToolbar({
  title,
  pageNumber,
  pageCount,
  labels,
  zoom,
  scale,
  sidebarOpen,
  findOpen,
  pageInputRef,
  actions,
  extra,
}: {
  title: string;
  pageNumber: number;
  pageCount: number;
  labels: PageLabels;
  zoom: ZoomSetting;
  scale: number;
  sidebarOpen: boolean;
  findOpen: boolean;
  pageInputRef: RefObject<HTMLInputElement | null>;
  actions: ToolbarActions;
  /** More controls at the end of the row (the clause tools). */
  extra?: ReactNode;
}) {
  const current = zoomValue(zoom);
  const known = ZOOM_CHOICES.some((c) => zoomValue(c.value) === current);
  return (
    <div className="reader-toolbar">
      <button type="button" onClick={actions.close}>
        Back to library
      </button>
      <button type="button" aria-label="Toggle sidebar" aria-pressed={sidebarOpen} title="Toggle sidebar (F4)" onClick={actions.toggleSidebar}>
        Sidebar
      </button>
      <h1 className="reader-title" title={title}>
        {title}
      </h1>
      <div className="toolbar-group">
        <button type="button" aria-label="Previous page" onClick={actions.previous} disabled={pageNumber <= 1} title="Previous page (Page Up, P)">
          Previous
        </button>
        <PageField inputRef={pageInputRef} pageNumber={pageNumber} pageCount={pageCount} labels={labels} onGo={actions.goTo} />
        <button type="button" aria-label="Next page" onClick={actions.next} disabled={pageNumber >= pageCount} title="Next page (Page Down, N)">
          Next
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="icon" aria-label="Zoom out" onClick={actions.zoomOut} title="Zoom out (Ctrl/Cmd+-)">
          −
        </button>
        <select aria-label="Zoom" value={known ? current : 'custom'} onChange={(e) => actions.setZoom(parseZoomValue(e.target.value))}>
          {!known && <option value="custom">{percent(scale)}</option>}
          {ZOOM_CHOICES.map((c) => (
            <option key={String(c.value)} value={zoomValue(c.value)}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="button" className="icon" aria-label="Zoom in" onClick={actions.zoomIn} title="Zoom in (Ctrl/Cmd+=)">
          +
        </button>
        <button type="button" onClick={() => actions.setZoom('page-width')} aria-pressed={zoom === 'page-width'} title="Fit width (Ctrl/Cmd+2)">
          Fit width
        </button>
        <button type="button" onClick={() => actions.setZoom('page-fit')} aria-pressed={zoom === 'page-fit'} title="Fit page (Ctrl/Cmd+0)">
          Fit page
        </button>
        <span className="zoom-level" aria-live="off">
          {percent(scale)}
        </span>
      </div>
      <button type="button" aria-label="Rotate clockwise" onClick={actions.rotate} title="Rotate clockwise (R)">
        Rotate
      </button>
      <button type="button" aria-expanded={findOpen} onClick={actions.toggleFind} title="Find in document (Ctrl/Cmd+F)">
        Find
      </button>
      {extra}
    </div>
  );
}
