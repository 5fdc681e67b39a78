import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  app: { isPackaged: true },
}));
vi.mock('electron', () => electron);

import { MENU_COMMANDS } from '../shared/commands';
import { IpcChannel } from '../shared/ipcChannels';
import { buildMenuTemplate, installApplicationMenu } from './menu';
import { isMenuCommand, postMenuCommand } from './menuCommands';
import { RendererOutbox } from './rendererOutbox';

type Item = MenuItemConstructorOptions;
const stripMnemonic = (label: string | undefined) => label?.replace('&', '');

function topMenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => stripMnemonic(item.label) === label);
  expect(menu, `menu ${label}`).toBeDefined();
  return menu!.submenu as Item[];
}

function roles(items: Item[]): (string | undefined)[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.role);
}

function build(options: Partial<{ isMac: boolean; isDev: boolean }> = {}) {
  const send = vi.fn();
  const template = buildMenuTemplate({ isMac: false, isDev: false, appName: 'Clausebench', ...options }, send);
  return { template, send };
}

function click(item: Item | undefined): void {
  (item!.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help, with Alt mnemonics off macOS', () => {
    const { template } = build();
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('File: Import PDFs… (Ctrl/Cmd+O), New case (Ctrl/Cmd+Shift+N), separator, bundle and backup, separator, Quit', () => {
    const { template, send } = build();
    const file = topMenu(template, 'File');
    expect(file.map((item) => item.label ?? item.type ?? item.role)).toEqual([
      'Import PDFs…',
      'New case',
      'separator',
      'Import bundle…',
      'Back up…',
      'Restore from backup…',
      'separator',
      'quit',
    ]);
    expect(file[0]).toMatchObject({ accelerator: 'CmdOrCtrl+O' });
    expect(file[1]).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+N' });
    expect(file[7]).toMatchObject({ role: 'quit' });
    for (const i of [0, 1, 3, 4, 5]) click(file[i]);
    expect(send.mock.calls).toEqual([['import-pdfs'], ['new-case'], ['import-bundle'], ['back-up'], ['restore']]);
  });

  it('Edit: the standard roles, then Search (Ctrl/Cmd+Shift+F)', () => {
    const { template, send } = build();
    const edit = topMenu(template, 'Edit');
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', undefined]);
    const search = edit.at(-1);
    expect(search).toMatchObject({ label: 'Search', accelerator: 'CmdOrCtrl+Shift+F' });
    click(search);
    expect(send.mock.calls).toEqual([['search']]);
  });

  it('View: zoom and full screen, then Entities and Compare; reload and DevTools only in development', () => {
    const { template, send } = build();
    const view = topMenu(template, 'View');
    expect(roles(view)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', undefined, undefined]);
    const [entities, compare] = view.slice(-2);
    expect(entities).toMatchObject({ label: 'Entities', accelerator: 'CmdOrCtrl+Shift+E' });
    expect(compare).toMatchObject({ label: 'Compare', accelerator: 'CmdOrCtrl+Shift+M' });
    click(entities);
    click(compare);
    expect(send.mock.calls).toEqual([['show-entities'], ['show-compare']]);
    expect(roles(topMenu(build({ isDev: true }).template, 'View'))).toEqual([
      'reload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      undefined,
      undefined,
    ]);
  });

  it('Help: keyboard shortcuts, reset sample case, about', () => {
    const { template, send } = build();
    const help = topMenu(template, 'Help').filter((item) => item.type !== 'separator');
    expect(help.map((item) => item.label)).toEqual(['Keyboard shortcuts', 'Reset sample case', 'About Clausebench']);
    help.forEach(click);
    expect(send.mock.calls).toEqual([['show-shortcuts'], ['reset-sample-case'], ['show-about']]);
  });

  it('only ever sends commands from MENU_COMMANDS', () => {
    const { template, send } = build({ isMac: true, isDev: true });
    const visit = (items: Item[]): void => {
      for (const item of items) {
        if (Array.isArray(item.submenu)) visit(item.submenu);
        if (item.click) click(item);
      }
    };
    visit(template);
    expect(send).toHaveBeenCalled();
    for (const [command] of send.mock.calls) expect(MENU_COMMANDS).toContain(command);
  });

  it('on macOS adds the app menu and Window menu, and File closes instead of quitting', () => {
    const { template, send } = build({ isMac: true });
    expect(template.map((item) => item.label ?? item.role)).toEqual(['Clausebench', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    const appMenu = template[0]!.submenu as Item[];
    expect(appMenu.at(-1)).toMatchObject({ role: 'quit' });
    click(appMenu[0]);
    expect(send).toHaveBeenCalledWith('show-about');
    expect(topMenu(template, 'File').at(-1)).toMatchObject({ role: 'close' });
    expect(topMenu(template, 'File')[0]).toMatchObject({ accelerator: 'CmdOrCtrl+O' });
  });
});

describe('installApplicationMenu', () => {
  it('installs the packaged (no DevTools) menu', () => {
    installApplicationMenu(vi.fn());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as Item[];
    const view = template.find((item) => stripMnemonic(item.label) === 'View')!.submenu as Item[];
    expect(roles(view)).not.toContain('toggleDevTools');
  });
});

describe('postMenuCommand', () => {
  it('queues known commands on the menu-command channel', () => {
    const outbox = new RendererOutbox();
    const target = { id: 1, send: vi.fn(), isDestroyed: () => false };
    outbox.attach(target);
    outbox.markReady(target);
    expect(postMenuCommand(outbox, 'new-case')).toBe(true);
    expect(target.send).toHaveBeenCalledExactlyOnceWith(IpcChannel.menuCommand, 'new-case');
  });

  it('drops anything else', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const outbox = new RendererOutbox();
    for (const value of ['delete-everything', '', 42, null, { command: 'new-case' }, ['new-case']]) {
      expect(isMenuCommand(value)).toBe(false);
      expect(postMenuCommand(outbox, value)).toBe(false);
    }
    expect(outbox.pending).toBe(0);
    warn.mockRestore();
  });
});
