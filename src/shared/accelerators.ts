/**
 * Accelerators: Electron's platform-neutral key syntax ('CmdOrCtrl+Shift+N', 'F1', 'Delete'),
 * used as-is by the native menu and matched here against key presses by the renderer, so a
 * shortcut is written once. No DOM, no Node: a key press is any object with the usual fields.
 */

/** An Electron accelerator, e.g. 'CmdOrCtrl+O'. Only the subset parseAccelerator accepts. */
export type Accelerator = string;

/** The fields of a KeyboardEvent that decide a shortcut. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export interface ParsedAccelerator {
  /** CmdOrCtrl: Ctrl or Cmd, whichever the platform uses (the renderer accepts either). */
  primary: boolean;
  ctrl: boolean;
  cmd: boolean;
  alt: boolean;
  shift: boolean;
  /** The key as KeyboardEvent.key spells it ('ArrowUp', 'F3', '+', 'n'); letters lower case. */
  key: string;
}

const MODIFIERS: Record<string, keyof Omit<ParsedAccelerator, 'key'>> = {
  cmdorctrl: 'primary',
  commandorcontrol: 'primary',
  ctrl: 'ctrl',
  control: 'ctrl',
  cmd: 'cmd',
  command: 'cmd',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
};

/** Electron key names that KeyboardEvent.key spells differently. */
const NAMED_KEYS: Record<string, string> = {
  plus: '+',
  space: ' ',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  esc: 'Escape',
  escape: 'Escape',
  return: 'Enter',
  enter: 'Enter',
  delete: 'Delete',
  backspace: 'Backspace',
  tab: 'Tab',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  insert: 'Insert',
};

/** How Help shows a key (the accelerator's own name where none is listed). */
const KEY_LABELS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
  ' ': 'Space',
};

const FUNCTION_KEY = /^F([1-9]|1\d|2[0-4])$/;

function parseKey(token: string): string | undefined {
  const named = NAMED_KEYS[token.toLowerCase()];
  if (named) return named;
  if (FUNCTION_KEY.test(token.toUpperCase())) return token.toUpperCase();
  // One letter, digit or punctuation mark ('+' itself must be written Plus: it separates).
  if ([...token].length === 1 && token !== '+') return token.toLowerCase();
  return undefined;
}

/** Parses an accelerator; throws on anything Electron would not take, so a typo fails a test. */
export function parseAccelerator(accelerator: Accelerator): ParsedAccelerator {
  const parsed: ParsedAccelerator = { primary: false, ctrl: false, cmd: false, alt: false, shift: false, key: '' };
  // 'CmdOrCtrl+-' splits cleanly; a trailing empty part would mean a bare '+'.
  const tokens = accelerator.split('+');
  const keyToken = tokens.pop() ?? '';
  for (const token of tokens) {
    const modifier = MODIFIERS[token.toLowerCase()];
    if (!modifier || parsed[modifier]) throw new Error(`Accelerator ${JSON.stringify(accelerator)}: bad modifier ${JSON.stringify(token)}`);
    parsed[modifier] = true;
  }
  const key = parseKey(keyToken);
  if (key === undefined) throw new Error(`Accelerator ${JSON.stringify(accelerator)}: bad key ${JSON.stringify(keyToken)}`);
  parsed.key = key;
  return parsed;
}

/** A single character that is neither letter nor digit: Shift is how some are typed ('?', '+'). */
function isSymbol(key: string): boolean {
  return [...key].length === 1 && !/[\p{L}\p{N}]/u.test(key);
}

export function isFunctionKey(key: string): boolean {
  return FUNCTION_KEY.test(key);
}

/**
 * Whether the press is the accelerator. Modifiers must be exactly those named, except that
 * CmdOrCtrl takes Ctrl or Cmd (the renderer does not assume a platform), and Shift is not
 * checked for a symbol unless named: '?' is Shift+/ on one layout and a plain key on another.
 */
export function matchesAccelerator(press: KeyPress, accelerator: ParsedAccelerator): boolean {
  const key = [...press.key].length === 1 ? press.key.toLowerCase() : press.key;
  if (key !== accelerator.key) return false;
  const wantsCtrl = accelerator.ctrl || (accelerator.primary && !press.metaKey);
  const wantsMeta = accelerator.cmd || (accelerator.primary && !press.ctrlKey);
  if (press.ctrlKey !== wantsCtrl || press.metaKey !== wantsMeta) return false;
  if (press.altKey !== accelerator.alt) return false;
  if (accelerator.shift) return press.shiftKey;
  return isSymbol(accelerator.key) || !press.shiftKey;
}

/** How Help shows an accelerator: 'Ctrl/Cmd+Shift+N', 'Page Down', '↑'. */
export function formatAccelerator(accelerator: Accelerator): string {
  const parsed = parseAccelerator(accelerator);
  const parts: string[] = [];
  if (parsed.primary) parts.push('Ctrl/Cmd');
  if (parsed.ctrl) parts.push('Ctrl');
  if (parsed.cmd) parts.push('Cmd');
  if (parsed.alt) parts.push('Alt');
  if (parsed.shift) parts.push('Shift');
  parts.push(KEY_LABELS[parsed.key] ?? ([...parsed.key].length === 1 ? parsed.key.toUpperCase() : parsed.key));
  return parts.join('+');
}

/** 'F1 or ?', 'Page Down, N or J': alternatives, as Help lists them. */
export function formatAccelerators(accelerators: readonly Accelerator[]): string {
  const shown = accelerators.map(formatAccelerator);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}
