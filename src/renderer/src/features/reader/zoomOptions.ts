import type { ZoomSetting } from '../../core/viewState';

/** The Zoom menu: named fits first, then fixed scales. */
export const ZOOM_CHOICES: { value: ZoomSetting; label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'page-width', label: 'Fit width' },
  { value: 'page-fit', label: 'Fit page' },
  { value: 'page-actual', label: 'Actual size' },
  { value: 0.5, label: '50%' },
  { value: 0.75, label: '75%' },
  { value: 1, label: '100%' },
  { value: 1.25, label: '125%' },
  { value: 1.5, label: '150%' },
  { value: 2, label: '200%' },
  { value: 3, label: '300%' },
  { value: 4, label: '400%' },
];

export function percent(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}

/** The select's value for a zoom setting (numbers as strings, as <option> values are). */
export function zoomValue(zoom: ZoomSetting): string {
  return String(zoom);
}

export function parseZoomValue(value: string): ZoomSetting {
  const n = Number(value);
  return Number.isFinite(n) ? n : (value as ZoomSetting);
}
