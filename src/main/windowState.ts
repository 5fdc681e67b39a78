import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * The main window's remembered size and position. The stored file is user-writable and may
 * come from another machine with other monitors, so everything read back is validated and
 * placed onto a display that exists now.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is saved: normal (unmaximised) bounds, plus whether the window was maximised. */
export interface StoredWindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface WindowPlacement extends Rect {
  maximized: boolean;
}

export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;
export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;
/** Sizes beyond any real display: treated as corrupt rather than clamped. */
const MAX_DIMENSION = 100_000;
/** A window counts as visible when at least this much of it lies on a display, enough to grab its title bar. */
const MIN_VISIBLE_WIDTH = 120;
const MIN_VISIBLE_HEIGHT = 60;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_DIMENSION;
}

function isDimension(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= MAX_DIMENSION;
}

/** Validates a parsed JSON value; anything malformed gives null (use the defaults). */
export function parseWindowState(value: unknown): StoredWindowState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const { x, y, width, height, maximized } = record;
  if (!isDimension(width) || !isDimension(height)) return null;
  if (maximized !== undefined && typeof maximized !== 'boolean') return null;
  const state: StoredWindowState = { width: Math.round(width), height: Math.round(height), maximized: maximized === true };
  // A position is only meaningful as a pair.
  if (isCoordinate(x) && isCoordinate(y)) {
    state.x = Math.round(x);
    state.y = Math.round(y);
  } else if (x !== undefined || y !== undefined) {
    return null;
  }
  return state;
}

/** Parses the file's text; invalid JSON is treated like a missing file. */
export function parseWindowStateJson(text: string): StoredWindowState | null {
  try {
    return parseWindowState(JSON.parse(text));
  } catch {
    return null;
  }
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clampSize(width: number, height: number, area: Rect): { width: number; height: number } {
  // Never larger than the work area; never below the minimum unless the area itself is smaller.
  return {
    width: Math.min(Math.max(width, MIN_WIDTH), area.width),
    height: Math.min(Math.max(height, MIN_HEIGHT), area.height),
  };
}

function centred(width: number, height: number, area: Rect): Rect {
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to put the window. No stored state: the default size, centred on the primary display.
 * Stored bounds that are no longer visible (monitor unplugged, resolution changed) keep their
 * size but are centred on the primary display; bounds partly visible are moved and shrunk to
 * fit the display they mostly lie on. The result always lies inside one work area.
 */
export function placeWindow(stored: StoredWindowState | null, workAreas: readonly Rect[], primaryWorkArea: Rect): WindowPlacement {
  if (stored === null) {
    const size = clampSize(DEFAULT_WIDTH, DEFAULT_HEIGHT, primaryWorkArea);
    return { ...centred(size.width, size.height, primaryWorkArea), maximized: false };
  }
  if (stored.x === undefined || stored.y === undefined) {
    const size = clampSize(stored.width, stored.height, primaryWorkArea);
    return { ...centred(size.width, size.height, primaryWorkArea), maximized: stored.maximized };
  }
  const bounds: Rect = { x: stored.x, y: stored.y, width: stored.width, height: stored.height };
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = intersection(bounds, area);
    const visible = overlap.width >= Math.min(MIN_VISIBLE_WIDTH, bounds.width) && overlap.height >= Math.min(MIN_VISIBLE_HEIGHT, bounds.height);
    if (visible && overlap.width * overlap.height > bestArea) {
      best = area;
      bestArea = overlap.width * overlap.height;
    }
  }
  if (!best) {
    const size = clampSize(stored.width, stored.height, primaryWorkArea);
    return { ...centred(size.width, size.height, primaryWorkArea), maximized: stored.maximized };
  }
  const size = clampSize(stored.width, stored.height, best);
  const x = Math.min(Math.max(bounds.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(bounds.y, best.y), best.y + best.height - size.height);
  return { x, y, width: size.width, height: size.height, maximized: stored.maximized };
}

/** Reads the state file; missing, unreadable or corrupt all mean "use the defaults". */
export function loadWindowState(filePath: string): StoredWindowState | null {
  try {
    return parseWindowStateJson(readFileSync(filePath, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Writes the state file via a temporary file and rename, so a crash mid-write never leaves
 * a half-written file. Failure is logged, not thrown: losing the window size is harmless.
 */
export function saveWindowState(filePath: string, state: StoredWindowState): void {
  const temporary = `${filePath}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(state), 'utf8');
    renameSync(temporary, filePath);
  } catch (error) {
    console.warn(`Clausebench: could not save the window size to ${filePath}:`, error);
  }
}
