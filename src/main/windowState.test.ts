import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  loadWindowState,
  parseWindowState,
  parseWindowStateJson,
  placeWindow,
  saveWindowState,
  type Rect,
  type WindowPlacement,
} from './windowState';

const primary: Rect = { x: 0, y: 25, width: 1920, height: 1055 };
const secondary: Rect = { x: 1920, y: 0, width: 2560, height: 1440 };
const defaults: WindowPlacement = {
  x: (1920 - DEFAULT_WIDTH) / 2,
  y: 25 + Math.round((1055 - DEFAULT_HEIGHT) / 2),
  width: DEFAULT_WIDTH,
  height: DEFAULT_HEIGHT,
  maximized: false,
};

function inside(placement: Rect, area: Rect): boolean {
  return (
    placement.x >= area.x &&
    placement.y >= area.y &&
    placement.x + placement.width <= area.x + area.width &&
    placement.y + placement.height <= area.y + area.height
  );
}

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1000, height: 700, maximized: true })).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(parseWindowState({ width: 1000.4, height: 700.6 })).toEqual({ width: 1000, height: 701, maximized: false });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'big'],
    ['an array', [0, 0, 800, 600]],
    ['an empty object', {}],
    ['NaN width', { width: Number.NaN, height: 600 }],
    ['infinite height', { width: 800, height: Number.POSITIVE_INFINITY }],
    ['zero width', { width: 0, height: 600 }],
    ['negative height', { width: 800, height: -600 }],
    ['huge width', { width: 1e9, height: 600 }],
    ['string sizes', { width: '800', height: '600' }],
    ['x without y', { x: 10, width: 800, height: 600 }],
    ['non-numeric position', { x: 'left', y: 0, width: 800, height: 600 }],
    ['far-away position', { x: 1e12, y: 0, width: 800, height: 600 }],
    ['non-boolean maximized', { width: 800, height: 600, maximized: 'yes' }],
  ])('rejects %s', (_label, value) => {
    expect(parseWindowState(value)).toBeNull();
  });

  it('treats text that is not JSON as no state', () => {
    expect(parseWindowStateJson('')).toBeNull();
    expect(parseWindowStateJson('{"width": 800,')).toBeNull();
    expect(parseWindowStateJson('\u0000\u0001garbage')).toBeNull();
    expect(parseWindowStateJson('{"width":900,"height":650}')).toEqual({ width: 900, height: 650, maximized: false });
  });
});

describe('placeWindow', () => {
  it('uses the default size centred on the primary display when nothing is stored', () => {
    expect(placeWindow(null, [primary, secondary], primary)).toEqual(defaults);
  });

  it('garbage JSON gives the defaults', () => {
    expect(placeWindow(parseWindowStateJson('not json'), [primary], primary)).toEqual(defaults);
    expect(placeWindow(parseWindowStateJson('{"x":"a","y":1,"width":-5}'), [primary], primary)).toEqual(defaults);
  });

  it('keeps a visible window where it was', () => {
    const stored = { x: 100, y: 120, width: 1000, height: 700, maximized: false };
    expect(placeWindow(stored, [primary, secondary], primary)).toEqual(stored);
    const onSecond = { x: 2100, y: 50, width: 1400, height: 900, maximized: true };
    expect(placeWindow(onSecond, [primary, secondary], primary)).toEqual(onSecond);
  });

  it('moves a window from an unplugged monitor back to the primary display', () => {
    const stored = { x: 2100, y: 50, width: 1000, height: 700, maximized: false };
    const placed = placeWindow(stored, [primary], primary);
    expect(inside(placed, primary)).toBe(true);
    expect(placed).toMatchObject({ width: 1000, height: 700 });
  });

  it.each([
    ['far to the left', { x: -5000, y: 100 }],
    ['far below', { x: 100, y: 9000 }],
    ['above the top', { x: 100, y: -2000 }],
    ['only a sliver showing', { x: 1920 - 10, y: 100 }],
  ])('recentres a window %s', (_label, position) => {
    const placed = placeWindow({ ...position, width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, maximized: false }, [primary], primary);
    expect(placed).toEqual(defaults);
  });

  it('pulls a partly visible window fully onto its display', () => {
    const placed = placeWindow({ x: 1500, y: -100, width: 1000, height: 700, maximized: false }, [primary], primary);
    expect(inside(placed, primary)).toBe(true);
    expect(placed).toMatchObject({ x: 920, y: 25, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the work area', () => {
    const placed = placeWindow({ x: 0, y: 25, width: 5000, height: 4000, maximized: false }, [primary], primary);
    expect(placed).toEqual({ x: 0, y: 25, width: 1920, height: 1055, maximized: false });
  });

  it('fits the default size to a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 600 };
    const placed = placeWindow(null, [small], small);
    expect(placed).toEqual({ x: 0, y: 0, width: 1024, height: 600, maximized: false });
  });

  it('raises a tiny stored size to the minimum', () => {
    const placed = placeWindow({ x: 10, y: 30, width: 50, height: 40, maximized: false }, [primary], primary);
    expect(placed.width).toBeGreaterThanOrEqual(720);
    expect(placed.height).toBeGreaterThanOrEqual(480);
    expect(inside(placed, primary)).toBe(true);
  });

  it('centres a stored size without a position', () => {
    expect(placeWindow({ width: 1000, height: 600, maximized: true }, [primary], primary)).toEqual({
      x: 460,
      y: 25 + 228,
      width: 1000,
      height: 600,
      maximized: true,
    });
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('round-trips through the file', () => {
    dir = mkdtempSync(join(tmpdir(), 'clausebench-ws-'));
    const file = join(dir, 'window-state.json');
    const state = { x: 5, y: 6, width: 900, height: 700, maximized: false };
    saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('gives null for a missing or corrupt file', () => {
    dir = mkdtempSync(join(tmpdir(), 'clausebench-ws-'));
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{{{{');
    expect(loadWindowState(file)).toBeNull();
    expect(loadWindowState(dir)).toBeNull();
  });

  it('does not throw when the folder is gone', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() =>
      saveWindowState(join(tmpdir(), 'clausebench-no-such-dir', 'x', 'window-state.json'), { width: 1, height: 1, maximized: false }),
    ).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
