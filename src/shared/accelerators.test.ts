import { describe, expect, it } from 'vitest';
import { formatAccelerator, formatAccelerators, matchesAccelerator, parseAccelerator, type KeyPress } from './accelerators';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const matches = (p: KeyPress, accelerator: string) => matchesAccelerator(p, parseAccelerator(accelerator));

describe('parseAccelerator', () => {
  it('reads modifiers and keys in KeyboardEvent.key spelling', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+N')).toEqual({ primary: true, ctrl: false, cmd: false, alt: false, shift: true, key: 'n' });
    expect(parseAccelerator('CmdOrCtrl+Plus').key).toBe('+');
    expect(parseAccelerator('CmdOrCtrl+-').key).toBe('-');
    expect(parseAccelerator('Up').key).toBe('ArrowUp');
    expect(parseAccelerator('PageDown').key).toBe('PageDown');
    expect(parseAccelerator('Esc').key).toBe('Escape');
    expect(parseAccelerator('F3').key).toBe('F3');
    expect(parseAccelerator('?').key).toBe('?');
  });

  it.each(['', 'CmdOrCtrl+', 'Hyper+A', 'Shift+Shift+A', 'Ctrl+Banana', 'CmdOrCtrl++', 'F25'])('refuses %j', (accelerator) => {
    expect(() => parseAccelerator(accelerator)).toThrow(/Accelerator/);
  });
});

describe('matchesAccelerator', () => {
  it('CmdOrCtrl takes Ctrl or Cmd, not both and not neither', () => {
    expect(matches(press('o', { ctrlKey: true }), 'CmdOrCtrl+O')).toBe(true);
    expect(matches(press('o', { metaKey: true }), 'CmdOrCtrl+O')).toBe(true);
    expect(matches(press('o', { ctrlKey: true, metaKey: true }), 'CmdOrCtrl+O')).toBe(false);
    expect(matches(press('o'), 'CmdOrCtrl+O')).toBe(false);
  });

  it('letters ignore case but not Shift', () => {
    expect(matches(press('N', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+N')).toBe(true);
    expect(matches(press('n', { ctrlKey: true }), 'CmdOrCtrl+Shift+N')).toBe(false);
    expect(matches(press('R', { shiftKey: true }), 'R')).toBe(false);
    expect(matches(press('R', { shiftKey: true }), 'Shift+R')).toBe(true);
    // Caps Lock: an upper-case key without Shift is still the plain letter.
    expect(matches(press('R'), 'R')).toBe(true);
  });

  it('symbols ignore Shift (it is how some layouts type them)', () => {
    expect(matches(press('?', { shiftKey: true }), '?')).toBe(true);
    expect(matches(press('+', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Plus')).toBe(true);
    expect(matches(press('=', { ctrlKey: true }), 'CmdOrCtrl+=')).toBe(true);
    expect(matches(press('=', { ctrlKey: true }), '=')).toBe(false);
  });

  it('digits, named and function keys need exact modifiers', () => {
    expect(matches(press('0', { ctrlKey: true }), 'CmdOrCtrl+0')).toBe(true);
    expect(matches(press('0', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+0')).toBe(false);
    expect(matches(press('F3', { shiftKey: true }), 'Shift+F3')).toBe(true);
    expect(matches(press('F3', { shiftKey: true }), 'F3')).toBe(false);
    expect(matches(press('ArrowUp'), 'Up')).toBe(true);
    expect(matches(press('Escape', { altKey: true }), 'Escape')).toBe(false);
  });
});

describe('formatAccelerator(s)', () => {
  it('writes keys as Help shows them', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+N')).toBe('Ctrl/Cmd+Shift+N');
    expect(formatAccelerator('CmdOrCtrl+Plus')).toBe('Ctrl/Cmd++');
    expect(formatAccelerators(['F1', '?'])).toBe('F1 or ?');
    expect(formatAccelerators(['PageDown', 'N', 'J'])).toBe('Page Down, N or J');
    expect(formatAccelerators(['Up', 'Down'])).toBe('↑ or ↓');
    expect(formatAccelerators([])).toBe('');
  });
});
