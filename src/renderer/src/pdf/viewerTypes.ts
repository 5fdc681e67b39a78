/** What DocumentViewer (viewer.ts) takes and reports: plain data, no pdf.js types. */
import type { ZoomSetting } from '../core/viewState';

export interface FindOptions {
  caseSensitive: boolean;
  entireWord: boolean;
}

export interface FindResult {
  status: 'pending' | 'found' | 'not-found' | 'wrapped';
  current: number;
  total: number;
}

export interface ViewerCallbacks {
  onPageChange?(pageNumber: number): void;
  onZoomChange?(zoom: { scale: number; setting: ZoomSetting }): void;
  onRotationChange?(rotation: number): void;
  onFind?(result: FindResult): void;
  /** A link to outside the document was activated; the app asks before opening it. */
  onExternalLink?(url: string): void;
  /** The first page is painted with its text layer (see viewerTiming.ts for the bench measure). */
  onFirstPageReady?(info: { pageNumber: number; msSinceOpen: number | undefined }): void;
  onPageError?(pageNumber: number, reason: string): void;
}

export interface OpenOptions {
  /** Names this document in performance measures (viewerTiming.ts). */
  documentKey: string;
  initial?: { pageNumber: number; zoom: ZoomSetting; rotation: number };
  /** The PDF's own page labels, given to pdf.js (data-page-label on page elements). */
  pageLabels?: string[] | null;
  /** Badges per page number, e.g. "No text layer". */
  badges?: ReadonlyMap<number, string>;
}
