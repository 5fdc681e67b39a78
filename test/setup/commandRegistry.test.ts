/**
 * One list of commands (src/shared/commands.ts) feeds the native menu, the renderer's key
 * matching and Help → Keyboard shortcuts. These checks fail when any of them drifts from it.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() }, app: { isPackaged: true } }));

import { formatAccelerators, parseAccelerator, type ParsedAccelerator } from '../../src/shared/accelerators';
import { COMMANDS, HELP_GROUPS, MENU_COMMANDS, isMenuCommand, type CommandSpec, type MenuCommand } from '../../src/shared/commands';
import type { MenuCommand as HostMenuCommand } from '../../src/shared/hostApi';
import { shortcutCommand, type KeyEventLike } from '../../src/shared/keyboard';
import { buildMenuTemplate } from '../../src/main/menu';
import { shortcutHelpGroups } from '../../src/renderer/src/app/shortcutHelp';
import { READER_COMMANDS } from '../../src/renderer/src/features/reader/shortcuts';

type Item = MenuItemConstructorOptions;
const byId = (id: string): CommandSpec => COMMANDS.find((c) => c.id === id)!;

/** The canonical form of an accelerator, so 'CommandOrControl+shift+n' equals 'CmdOrCtrl+Shift+N'. */
function canonical(a: ParsedAccelerator): string {
  return `${a.primary ? 'P' : ''}${a.ctrl ? 'C' : ''}${a.cmd ? 'M' : ''}${a.alt ? 'A' : ''}${a.shift ? 'S' : ''}:${a.key}`;
}

/** The key press an accelerator describes, as the browser would report it (Ctrl for CmdOrCtrl). */
function pressFor(a: ParsedAccelerator, target: unknown): KeyEventLike {
  return { key: a.key, ctrlKey: a.primary || a.ctrl, metaKey: a.cmd, altKey: a.alt, shiftKey: a.shift, defaultPrevented: false, target };
}

/** Builds the menu and clicks every item that sends something: what it sent, and the item. */
function sentByMenu(isMac: boolean): { item: Item; id: string }[] {
  let sent: string[] = [];
  const template = buildMenuTemplate({ isMac, isDev: false, appName: 'Clausebench' }, (id) => sent.push(id));
  const found: { item: Item; id: string }[] = [];
  const walk = (items: Item[]) => {
    for (const item of items) {
      if (Array.isArray(item.submenu)) walk(item.submenu);
      if (!item.click) continue;
      sent = [];
      (item.click as () => void)();
      expect(sent).toHaveLength(1);
      found.push({ item, id: sent[0]! });
    }
  };
  walk(template);
  return found;
}

describe('the command registry', () => {
  it('has unique ids, and every accelerator is one Electron accepts', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const command of COMMANDS) for (const accelerator of command.shortcuts) expect(() => parseAccelerator(accelerator)).not.toThrow();
  });

  it('no two window-wide commands share a key', () => {
    const owner = new Map<string, string>();
    for (const command of COMMANDS.filter((c) => c.handledBy === 'renderer')) {
      for (const accelerator of command.shortcuts) {
        const key = canonical(parseAccelerator(accelerator));
        expect(owner.get(key), `${accelerator} of ${command.id}`).toBeUndefined();
        owner.set(key, command.id);
      }
    }
  });

  it('has the clause commands, on keys nothing else uses', () => {
    expect(byId('annotate-selection')).toMatchObject({ label: 'Annotate selection', shortcuts: ['CmdOrCtrl+Shift+A'] });
    expect(byId('copy-quote-with-citation')).toMatchObject({ shortcuts: ['CmdOrCtrl+Shift+C'] });
    expect(byId('redo')).toMatchObject({ shortcuts: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'] });
    expect(byId('show-clauses')).toMatchObject({ shortcuts: ['CmdOrCtrl+Shift+L'] });
  });

  it('menu commands are the ids the IPC channel accepts, typed as HostApi has them', () => {
    expect([...MENU_COMMANDS].sort()).toEqual(
      COMMANDS.filter((c) => c.menu.length > 0)
        .map((c) => c.id)
        .sort(),
    );
    expect([...MENU_COMMANDS].sort()).toEqual([
      'back-up',
      'import-bundle',
      'import-pdfs',
      'new-case',
      'reset-sample-case',
      'restore',
      'search',
      'show-about',
      'show-compare',
      'show-entities',
      'show-shortcuts',
    ]);
    for (const command of COMMANDS) expect(isMenuCommand(command.id)).toBe(command.menu.length > 0);
    expectTypeOf<MenuCommand>().toEqualTypeOf<
      | 'import-pdfs'
      | 'new-case'
      | 'search'
      | 'show-compare'
      | 'show-entities'
      | 'import-bundle'
      | 'back-up'
      | 'restore'
      | 'show-shortcuts'
      | 'reset-sample-case'
      | 'show-about'
    >();
    expectTypeOf<HostMenuCommand>().toEqualTypeOf<MenuCommand>();
    for (const command of COMMANDS.filter((c) => c.menu.length > 0)) expect(command.handledBy).toBe('renderer');
  });
});

describe('the native menu comes from the registry', () => {
  it.each([false, true])('isMac=%s: each menu command once per place, with its label and first accelerator; nothing else sends', (isMac) => {
    const items = sentByMenu(isMac);
    const expected = COMMANDS.flatMap((c) => (c.menu as readonly string[]).filter((place) => isMac || place !== 'app').map(() => c));
    expect(items.map(({ id }) => id).sort()).toEqual(expected.map((c) => c.id).sort());
    for (const { item, id } of items) {
      const command = byId(id);
      expect(item.label).toBe(command.label);
      expect(item.accelerator).toBe(command.shortcuts[0]);
    }
  });

  it('shows File’s accelerators from the registry', () => {
    const file = buildMenuTemplate({ isMac: false, isDev: false, appName: 'Clausebench' }, () => undefined).find((item) => item.label === '&File')!
      .submenu as Item[];
    expect(file[0]).toMatchObject({ label: byId('import-pdfs').label, accelerator: 'CmdOrCtrl+O' });
    expect(file[1]).toMatchObject({ label: byId('new-case').label, accelerator: 'CmdOrCtrl+Shift+N' });
  });
});

describe('the renderer matches keys against the registry', () => {
  const page = { tagName: 'DIV', isContentEditable: false };
  const field = { tagName: 'INPUT', type: 'text', isContentEditable: false };

  it('every key of every window-wide command runs that command', () => {
    for (const command of COMMANDS.filter((c) => c.handledBy === 'renderer')) {
      for (const accelerator of command.shortcuts) {
        expect(shortcutCommand(pressFor(parseAccelerator(accelerator), page)), `${accelerator}`).toBe(command.id);
      }
    }
  });

  it('from a text field, only Ctrl/Cmd and function keys do, and never a field’s own undo/redo', () => {
    for (const command of COMMANDS.filter((c) => c.handledBy === 'renderer')) {
      for (const accelerator of command.shortcuts) {
        const parsed = parseAccelerator(accelerator);
        const commandish = (parsed.primary || parsed.ctrl || parsed.cmd || /^F\d+$/.test(parsed.key)) && !['undo', 'redo'].includes(command.id);
        expect(shortcutCommand(pressFor(parsed, field)), `${accelerator} in a field`).toBe(commandish ? command.id : undefined);
      }
    }
  });

  it('keys of focused controls are never matched window-wide', () => {
    const controlOnly = COMMANDS.filter((c) => c.handledBy === 'control');
    expect(controlOnly.length).toBeGreaterThan(0);
    for (const command of controlOnly) {
      for (const accelerator of command.shortcuts) expect(shortcutCommand(pressFor(parseAccelerator(accelerator), page))).not.toBe(command.id);
    }
  });

  it("the reader's commands are registered, window-wide ones", () => {
    // The reader also runs the clause commands, which Help lists under their own group.
    for (const id of READER_COMMANDS) expect(byId(id)).toMatchObject({ handledBy: 'renderer', group: expect.stringMatching(/^(Reader|Clauses)$/) });
  });
});

describe('Help → Keyboard shortcuts lists the registry', () => {
  it('every command with a key, once, in its group, with its keys', () => {
    const groups = shortcutHelpGroups();
    expect(groups.map((g) => g.title)).toEqual(HELP_GROUPS.filter((title) => COMMANDS.some((c) => c.group === title && c.shortcuts.length > 0)));
    const rows = groups.flatMap((g) => g.rows.map((row) => ({ ...row, group: g.title })));
    const withKeys = COMMANDS.filter((c) => c.shortcuts.length > 0).map((c) => c.id);
    expect(rows.map((r) => r.id).sort()).toEqual([...withKeys].sort());
    for (const row of rows) {
      const command = byId(row.id);
      expect(row.group).toBe(command.group);
      expect(row.keys.startsWith(formatAccelerators(command.shortcuts))).toBe(true);
      expect(row.description).toBe(command.description ?? command.label);
    }
  });

  it('reads as before for the keys it already listed', () => {
    const rows = shortcutHelpGroups().flatMap((g) => g.rows);
    const keysOf = (id: string) => rows.find((r) => r.id === id)?.keys;
    expect(keysOf('import-pdfs')).toBe('Ctrl/Cmd+O');
    expect(keysOf('show-shortcuts')).toBe('F1 or ?');
    expect(keysOf('next-page')).toBe('Page Down, N or J');
    expect(keysOf('next-match')).toBe('F3 (Enter in the find box)');
    expect(keysOf('close-find')).toBe('Escape (in the find box)');
    expect(keysOf('annotate-selection')).toBe('Ctrl/Cmd+Shift+A');
  });
});
