import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import { commandsInMenu, type MenuCommand, type NativeMenu } from '../shared/commands';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and DevTools are for developers; a packaged app does not offer them. */
  isDev: boolean;
  appName: string;
}

export type SendMenuCommand = (command: MenuCommand) => void;

/**
 * The native menu as data, so tests can read it. Actions the renderer implements come from the
 * command registry (shared/commands.ts): label, place and accelerator; a click sends the id to
 * the renderer. The renderer binds the same accelerators and calls preventDefault when it acts,
 * and Electron runs a menu accelerator only for keys the page left unhandled, so a key does one
 * thing (and still works from the menu when the page does not take it, say under a dialog).
 * Everything else uses Electron roles.
 */
export function buildMenuTemplate(options: MenuOptions, send: SendMenuCommand): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  /** The registry's items for one menu, a separator before each new section. */
  const commands = (menu: NativeMenu): MenuItemConstructorOptions[] =>
    commandsInMenu(menu).flatMap((command, index) => {
      const [accelerator] = command.shortcuts;
      const item: MenuItemConstructorOptions = {
        label: command.label,
        ...(accelerator !== undefined ? { accelerator } : {}),
        click: () => send(command.id),
      };
      return command.separatorBefore && index > 0 ? [separator, item] : [item];
    });
  /** Registry items placed after a menu's roles, as their own section. */
  const section = (menu: NativeMenu): MenuItemConstructorOptions[] => {
    const items = commands(menu);
    return items.length > 0 ? [separator, ...items] : [];
  };
  // Alt+letter opens a top-level menu on Windows and Linux; macOS has no mnemonics.
  const topLevel = (label: string): string => (options.isMac ? label : `&${label}`);

  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    // macOS puts About and Quit under the application's own menu.
    template.push({
      label: options.appName,
      submenu: [
        ...commands('app'),
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: topLevel('File'),
      submenu: [...commands('file'), separator, options.isMac ? { role: 'close' } : { role: 'quit' }],
    },
    {
      label: topLevel('Edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        separator,
        { role: 'selectAll' },
        ...section('edit'),
      ],
    },
    {
      label: topLevel('View'),
      submenu: [
        ...(options.isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, separator] as MenuItemConstructorOptions[]) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...section('view'),
      ],
    },
  );
  if (options.isMac) template.push({ role: 'windowMenu' });
  template.push({
    label: topLevel('Help'),
    // The 'help' role gives macOS's menu search field.
    ...(options.isMac ? { role: 'help' as const } : {}),
    submenu: commands('help'),
  });
  return template;
}

export function installApplicationMenu(send: SendMenuCommand): void {
  const template = buildMenuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged, appName: 'Clausebench' }, send);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
