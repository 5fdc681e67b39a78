import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/hostApi';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and DevTools are for developers; a packaged app does not offer them. */
  isDev: boolean;
  appName: string;
}

export type SendMenuCommand = (command: MenuCommand) => void;

/**
 * The native menu as data, so tests can read it. Actions the renderer implements (import,
 * new case, shortcuts, about) are sent to it as menu commands; the accelerators live here,
 * so the renderer must not bind the same keys itself. Everything else uses Electron roles.
 */
export function buildMenuTemplate(options: MenuOptions, send: SendMenuCommand): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator !== undefined ? { accelerator } : {}),
    click: () => send(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // Alt+letter opens a top-level menu on Windows and Linux; macOS has no mnemonics.
  const topLevel = (label: string): string => (options.isMac ? label : `&${label}`);

  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    // macOS puts About and Quit under the application's own menu.
    template.push({
      label: options.appName,
      submenu: [
        command(`About ${options.appName}`, 'show-about'),
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
      submenu: [
        command('Import PDFs…', 'import-pdfs', 'CmdOrCtrl+O'),
        command('New case', 'new-case', 'CmdOrCtrl+Shift+N'),
        separator,
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
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
      ],
    },
  );
  if (options.isMac) template.push({ role: 'windowMenu' });
  template.push({
    label: topLevel('Help'),
    // The 'help' role gives macOS's menu search field.
    ...(options.isMac ? { role: 'help' as const } : {}),
    submenu: [
      command('Keyboard shortcuts', 'show-shortcuts'),
      command('Reset sample case', 'reset-sample-case'),
      separator,
      command(`About ${options.appName}`, 'show-about'),
    ],
  });
  return template;
}

export function installApplicationMenu(send: SendMenuCommand): void {
  const template = buildMenuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged, appName: 'Clausebench' }, send);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
