/**
 * Every user action with a key or a menu item, listed once. The native menu (main/menu.ts)
 * builds its items and accelerators from it, the renderer matches key presses against it
 * (shared/keyboard.ts), Help → Keyboard shortcuts lists it, and the menu-command IPC channel
 * accepts only its menu ids. Add a command here, then its handler; never bind keys elsewhere.
 * No DOM, no Node: main, preload and renderer all import this file.
 */
import type { Accelerator } from './accelerators';

/** Help's groups, in the order Help shows them. */
export const HELP_GROUPS = ['Everywhere', 'Documents table', 'Entities table', 'Reader', 'Clauses'] as const;
export type HelpGroup = (typeof HELP_GROUPS)[number];

/** The native menus a command can sit in. 'app' is macOS's application menu only. */
export type NativeMenu = 'app' | 'file' | 'edit' | 'view' | 'help';

export interface CommandSpec {
  /** Stable: the menu-command IPC payload and the handlers' key. */
  readonly id: string;
  /** The menu item's label, and Help's action unless `description` says more. */
  readonly label: string;
  readonly description?: string;
  readonly group: HelpGroup;
  /** Accelerators, the first shown in the menu; Help lists them all. Empty: no key. */
  readonly shortcuts: readonly Accelerator[];
  /** Help only: where the keys apply or what else does it ('in the find box'). */
  readonly keysNote?: string;
  /** The native menus that show it (in registry order); empty: renderer-only. */
  readonly menu: readonly NativeMenu[];
  /** Starts a new section of its menu (a separator before it). */
  readonly separatorBefore?: boolean;
  /**
   * Who acts on it: 'renderer', a handler reached by the window-wide shortcut listener and by
   * menu commands; 'control', the focused control handles its own keys (listed in Help only,
   * never matched window-wide, so its keys may repeat another control's).
   */
  readonly handledBy: 'renderer' | 'control';
}

export const COMMANDS = [
  // Everywhere: the workspace handles these.
  {
    id: 'import-pdfs',
    label: 'Import PDFs…',
    description: 'Import PDFs',
    group: 'Everywhere',
    shortcuts: ['CmdOrCtrl+O'],
    menu: ['file'],
    handledBy: 'renderer',
  },
  { id: 'new-case', label: 'New case', group: 'Everywhere', shortcuts: ['CmdOrCtrl+Shift+N'], menu: ['file'], handledBy: 'renderer' },
  // Bundles and backups (features/exchange): File menu and the workspace's buttons, no keys.
  {
    id: 'import-bundle',
    label: 'Import bundle…',
    description: 'Import a workspace bundle (.clausebench) and merge it',
    group: 'Everywhere',
    shortcuts: [],
    menu: ['file'],
    separatorBefore: true,
    handledBy: 'renderer',
  },
  {
    id: 'back-up',
    label: 'Back up…',
    description: 'Back up everything (PDFs included) to one file',
    group: 'Everywhere',
    shortcuts: [],
    menu: ['file'],
    handledBy: 'renderer',
  },
  {
    id: 'restore',
    label: 'Restore from backup…',
    description: 'Restore everything from a backup (replaces what is stored)',
    group: 'Everywhere',
    shortcuts: [],
    menu: ['file'],
    handledBy: 'renderer',
  },
  {
    id: 'search',
    label: 'Search',
    description: 'Search texts and clauses (shows Search and focuses the search box)',
    group: 'Everywhere',
    shortcuts: ['CmdOrCtrl+Shift+F'],
    menu: ['edit'],
    handledBy: 'renderer',
  },
  {
    id: 'show-entities',
    label: 'Entities',
    description: 'Show the case’s entities, suggestions, relationship map and chronology',
    group: 'Everywhere',
    shortcuts: ['CmdOrCtrl+Shift+E'],
    menu: ['view'],
    handledBy: 'renderer',
  },
  {
    id: 'show-compare',
    label: 'Compare',
    description: 'Show the comparison of regimes (Regime comparison)',
    group: 'Everywhere',
    shortcuts: ['CmdOrCtrl+Shift+M'],
    menu: ['view'],
    handledBy: 'renderer',
  },
  // The Edit menu's Undo/Redo stay Electron roles (text fields' own undo); these are the app's.
  {
    id: 'undo',
    label: 'Undo',
    description: 'Undo the last delete or edit',
    group: 'Everywhere',
    shortcuts: ['CmdOrCtrl+Z'],
    menu: [],
    handledBy: 'renderer',
  },
  {
    id: 'redo',
    label: 'Redo',
    description: 'Redo what was undone',
    group: 'Everywhere',
    shortcuts: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'],
    menu: [],
    handledBy: 'renderer',
  },
  {
    id: 'show-shortcuts',
    label: 'Keyboard shortcuts',
    description: 'Show keyboard shortcuts',
    group: 'Everywhere',
    shortcuts: ['F1', '?'],
    menu: ['help'],
    handledBy: 'renderer',
  },
  {
    id: 'close-document',
    label: 'Close the document',
    description: 'Close the document and return to the library',
    group: 'Everywhere',
    shortcuts: ['Escape'],
    menu: [],
    handledBy: 'renderer',
  },
  { id: 'reset-sample-case', label: 'Reset sample case', group: 'Everywhere', shortcuts: [], menu: ['help'], handledBy: 'renderer' },
  {
    id: 'show-about',
    label: 'About Clausebench',
    group: 'Everywhere',
    shortcuts: [],
    menu: ['app', 'help'],
    separatorBefore: true,
    handledBy: 'renderer',
  },

  // The Documents table handles its own keys on the focused row.
  {
    id: 'move-between-documents',
    label: 'Move between documents',
    group: 'Documents table',
    shortcuts: ['Up', 'Down', 'PageUp', 'PageDown', 'Home', 'End'],
    menu: [],
    handledBy: 'control',
  },
  { id: 'open-document', label: 'Open the document', group: 'Documents table', shortcuts: ['Enter'], menu: [], handledBy: 'control' },
  { id: 'edit-document-details', label: 'Edit the document’s details', group: 'Documents table', shortcuts: ['F2'], menu: [], handledBy: 'control' },
  {
    id: 'delete-document',
    label: 'Delete the document (undo with Ctrl/Cmd+Z)',
    group: 'Documents table',
    shortcuts: ['Delete'],
    menu: [],
    handledBy: 'control',
  },

  // The Entities table (Entities → List) handles its own keys on the focused row.
  {
    id: 'move-between-entities',
    label: 'Move between entities',
    group: 'Entities table',
    shortcuts: ['Up', 'Down', 'Home', 'End'],
    menu: [],
    handledBy: 'control',
  },
  { id: 'open-entity', label: 'Open the entity’s page', group: 'Entities table', shortcuts: ['Enter'], menu: [], handledBy: 'control' },
  { id: 'edit-entity', label: 'Edit the entity', group: 'Entities table', shortcuts: ['F2'], menu: [], handledBy: 'control' },
  { id: 'merge-entity', label: 'Merge the entity with another', group: 'Entities table', shortcuts: ['M'], menu: [], handledBy: 'control' },
  {
    id: 'delete-entity',
    label: 'Delete the entity (asks first; undo with Ctrl/Cmd+Z)',
    group: 'Entities table',
    shortcuts: ['Delete'],
    menu: [],
    handledBy: 'control',
  },

  // The reader handles these while it is shown.
  { id: 'zoom-in', label: 'Zoom in', group: 'Reader', shortcuts: ['CmdOrCtrl+=', 'CmdOrCtrl+Plus', '=', 'Plus'], menu: [], handledBy: 'renderer' },
  { id: 'zoom-out', label: 'Zoom out', group: 'Reader', shortcuts: ['CmdOrCtrl+-', 'CmdOrCtrl+_', '-'], menu: [], handledBy: 'renderer' },
  { id: 'fit-page', label: 'Fit the whole page', group: 'Reader', shortcuts: ['CmdOrCtrl+0'], menu: [], handledBy: 'renderer' },
  { id: 'actual-size', label: 'Actual size (100%)', group: 'Reader', shortcuts: ['CmdOrCtrl+1'], menu: [], handledBy: 'renderer' },
  { id: 'fit-width', label: 'Fit the page width', group: 'Reader', shortcuts: ['CmdOrCtrl+2'], menu: [], handledBy: 'renderer' },
  { id: 'rotate-cw', label: 'Rotate pages clockwise', group: 'Reader', shortcuts: ['R'], menu: [], handledBy: 'renderer' },
  { id: 'rotate-ccw', label: 'Rotate pages counterclockwise', group: 'Reader', shortcuts: ['Shift+R'], menu: [], handledBy: 'renderer' },
  { id: 'next-page', label: 'Next page', group: 'Reader', shortcuts: ['PageDown', 'N', 'J'], menu: [], handledBy: 'renderer' },
  { id: 'previous-page', label: 'Previous page', group: 'Reader', shortcuts: ['PageUp', 'P', 'K'], menu: [], handledBy: 'renderer' },
  { id: 'first-page', label: 'First page', group: 'Reader', shortcuts: ['Home'], menu: [], handledBy: 'renderer' },
  { id: 'last-page', label: 'Last page', group: 'Reader', shortcuts: ['End'], menu: [], handledBy: 'renderer' },
  {
    id: 'go-to-page',
    label: 'Go to page',
    description: 'Go to a page (index, printed page, "90 FR 35394", "slip op. at 5")',
    group: 'Reader',
    shortcuts: ['CmdOrCtrl+G'],
    menu: [],
    handledBy: 'renderer',
  },
  { id: 'find', label: 'Find in document', group: 'Reader', shortcuts: ['CmdOrCtrl+F'], menu: [], handledBy: 'renderer' },
  { id: 'next-match', label: 'Next match', group: 'Reader', shortcuts: ['F3'], keysNote: 'Enter in the find box', menu: [], handledBy: 'renderer' },
  {
    id: 'previous-match',
    label: 'Previous match',
    group: 'Reader',
    shortcuts: ['Shift+F3'],
    keysNote: 'Shift+Enter in the find box',
    menu: [],
    handledBy: 'renderer',
  },
  {
    id: 'toggle-sidebar',
    label: 'Show or hide the sidebar',
    description: 'Show or hide the sidebar (thumbnails, outline, attachments)',
    group: 'Reader',
    shortcuts: ['F4'],
    menu: [],
    handledBy: 'renderer',
  },
  // Keys of single controls inside the reader.
  {
    id: 'close-find',
    label: 'Close the find bar',
    group: 'Reader',
    shortcuts: ['Escape'],
    keysNote: 'in the find box',
    menu: [],
    handledBy: 'control',
  },
  {
    id: 'move-between-thumbnails',
    label: 'Move between page thumbnails',
    group: 'Reader',
    shortcuts: ['Up', 'Down'],
    keysNote: 'in the thumbnails',
    menu: [],
    handledBy: 'control',
  },
  {
    id: 'switch-document-tab',
    label: 'Switch between open documents',
    group: 'Reader',
    shortcuts: ['Left', 'Right'],
    keysNote: 'on the document tabs',
    menu: [],
    handledBy: 'control',
  },
  {
    id: 'close-document-tab',
    label: 'Close the focused document tab',
    group: 'Reader',
    shortcuts: ['Delete'],
    keysNote: 'on the document tabs',
    menu: [],
    handledBy: 'control',
  },

  // Clauses. Listed now so keys are reserved and Help shows them; their handlers come with the
  // clause features (until then no listener claims their keys).
  { id: 'annotate-selection', label: 'Annotate selection', group: 'Clauses', shortcuts: ['CmdOrCtrl+Shift+A'], menu: [], handledBy: 'renderer' },
  {
    id: 'copy-quote-with-citation',
    label: 'Copy quote with citation',
    group: 'Clauses',
    shortcuts: ['CmdOrCtrl+Shift+C'],
    menu: [],
    handledBy: 'renderer',
  },
  {
    id: 'show-clauses',
    label: 'Show or hide clauses',
    description: 'Show or hide the clauses panel',
    group: 'Clauses',
    shortcuts: ['CmdOrCtrl+Shift+L'],
    menu: [],
    handledBy: 'renderer',
  },
] as const satisfies readonly CommandSpec[];

type Registered = (typeof COMMANDS)[number];
export type CommandId = Registered['id'];
/** Commands the native menu sends to the renderer: those with a menu place. */
export type MenuCommand = Extract<Registered, { readonly menu: readonly [NativeMenu, ...NativeMenu[]] }>['id'];
export type MenuCommandSpec = CommandSpec & { readonly id: MenuCommand };

const byId = new Map<string, CommandSpec>(COMMANDS.map((command) => [command.id, command]));

export function commandById(id: CommandId): CommandSpec {
  return byId.get(id)!;
}

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && byId.has(value);
}

/** Every id the menu-command channel accepts; main and preload both check payloads with it. */
export const MENU_COMMANDS: readonly MenuCommand[] = COMMANDS.filter((command) => command.menu.length > 0).map(
  (command) => command.id as MenuCommand,
);

/** True for a command the menu may send (main drops anything else; the preload too). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The commands of one native menu, in registry order. */
export function commandsInMenu(menu: NativeMenu): readonly MenuCommandSpec[] {
  return COMMANDS.filter((command): command is Extract<Registered, { id: MenuCommand }> => (command.menu as readonly NativeMenu[]).includes(menu));
}
