/**
 * Which registered command a key press means, with one rule for "typing in a field" for every
 * listener in the renderer (the workspace's and the reader's). Duck-typed, so it needs no DOM
 * types and runs in Node tests; the renderer passes KeyboardEvents.
 */
import { matchesAccelerator, isFunctionKey, parseAccelerator, type KeyPress, type ParsedAccelerator } from './accelerators';
import { COMMANDS, type CommandId } from './commands';

export interface KeyEventLike extends KeyPress {
  /** A control that handled the key (the find box's Escape, a table row's Home) calls preventDefault. */
  readonly defaultPrevented: boolean;
  readonly target: unknown;
}

/** Inputs that take no typing: their keys are free for shortcuts. */
const NON_TEXT_INPUT_TYPES = /^(checkbox|radio|button|submit|reset|range|color|file|image)$/i;

/** True when the key goes into an editable field: text inputs, textareas, selects, contenteditable. */
export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const el = target as { tagName?: unknown; isContentEditable?: unknown; type?: unknown };
  if (el.isContentEditable === true) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !(typeof el.type === 'string' && NON_TEXT_INPUT_TYPES.test(el.type));
}

/** Editing keys a field keeps even though they look like app commands (its own undo, copy...). */
const FIELD_EDITING_KEYS = [
  'CmdOrCtrl+Z',
  'CmdOrCtrl+Shift+Z',
  'CmdOrCtrl+Y',
  'CmdOrCtrl+A',
  'CmdOrCtrl+C',
  'CmdOrCtrl+X',
  'CmdOrCtrl+V',
  'CmdOrCtrl+Shift+V',
].map(parseAccelerator);

/**
 * While typing, a key is the field's unless it is a Ctrl/Cmd combination or a function key
 * (so Ctrl+F and F3 still work from the find box, 'n' types an n), and editing keys always are.
 */
export function keyBelongsToField(press: KeyPress): boolean {
  if (FIELD_EDITING_KEYS.some((accelerator) => matchesAccelerator(press, accelerator))) return true;
  return !(press.ctrlKey || press.metaKey || isFunctionKey(press.key));
}

const WINDOW_SHORTCUTS: { id: CommandId; accelerators: ParsedAccelerator[] }[] = COMMANDS.filter((command) => command.handledBy === 'renderer').map(
  (command) => ({ id: command.id, accelerators: command.shortcuts.map(parseAccelerator) }),
);

/**
 * The renderer-handled command the press means, or undefined: when a control already handled
 * it, or it belongs to the field being typed in. Each listener runs only the ids it owns.
 */
export function shortcutCommand(event: KeyEventLike): CommandId | undefined {
  if (event.defaultPrevented) return undefined;
  if (isTypingTarget(event.target) && keyBelongsToField(event)) return undefined;
  return WINDOW_SHORTCUTS.find((shortcut) => shortcut.accelerators.some((accelerator) => matchesAccelerator(event, accelerator)))?.id;
}
