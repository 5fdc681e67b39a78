import { describe, expect, it } from 'vitest';
import { isZoomSetting, sanitiseViewState } from './viewState';

describe('sanitiseViewState', () => {
  it('keeps a valid state', () => {
    expect(sanitiseViewState({ pageNumber: 3, zoom: 1.5, rotation: 90 }, 10)).toEqual({ pageNumber: 3, zoom: 1.5, rotation: 90 });
    expect(sanitiseViewState({ pageNumber: 1, zoom: 'page-fit', rotation: 0 }, 1)).toEqual({ pageNumber: 1, zoom: 'page-fit', rotation: 0 });
  });
  it('clamps the page to the document and defaults what is missing or wrong', () => {
    expect(sanitiseViewState({ pageNumber: 40, zoom: 99, rotation: 45 as 0 }, 12)).toEqual({ pageNumber: 12, zoom: 'auto', rotation: 0 });
    expect(sanitiseViewState(undefined, 5)).toEqual({ pageNumber: 1, zoom: 'auto', rotation: 0 });
    expect(sanitiseViewState({ pageNumber: -2 }, 5).pageNumber).toBe(1);
    expect(sanitiseViewState({ pageNumber: Number.NaN }, 5).pageNumber).toBe(1);
  });
  it('knows the zoom settings', () => {
    expect(isZoomSetting('page-width')).toBe(true);
    expect(isZoomSetting('200%')).toBe(false);
    expect(isZoomSetting(Number.POSITIVE_INFINITY)).toBe(false);
    expect(isZoomSetting(0.5)).toBe(true);
  });
});
