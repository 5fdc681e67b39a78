/**
 * The reader's keyboard shortcuts: one list feeds the key handler (useReaderShortcuts) and the
 * Help dialog (READER_SHORTCUTS, exported from the feature's index).
 */
export type ReaderAction =
  | 'zoom-in'
  | 'zoom-out'
  | 'fit-page'
  | 'fit-width'
  | 'actual-size'
  | 'rotate-cw'
  | 'rotate-ccw'
  | 'next-page'
  | 'previous-page'
  | 'first-page'
  | 'last-page'
  | 'go-to-page'
  | 'find'
  | 'next-match'
  | 'previous-match'
  | 'toggle-sidebar';

export interface ReaderShortcut {
  action: ReaderAction;
  keys: string;
  description: string;
  /** Whether the key means this action; `typing` is true when focus is in a text field. */
  matches(e: KeyboardEvent, typing: boolean): boolean;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const key = (e: KeyboardEvent) => e.key.toLowerCase();

export const READER_SHORTCUTS_WITH_MATCHERS: ReaderShortcut[] = [
  { action: 'zoom-in', keys: 'Ctrl/Cmd+= or +', description: 'Zoom in', matches: (e, t) => (mod(e) && (e.key === '=' || e.key === '+')) || (!t && plain(e) && (e.key === '+' || e.key === '=')) },
  { action: 'zoom-out', keys: 'Ctrl/Cmd+- or -', description: 'Zoom out', matches: (e, t) => (mod(e) && (e.key === '-' || e.key === '_')) || (!t && plain(e) && e.key === '-') },
  { action: 'fit-page', keys: 'Ctrl/Cmd+0', description: 'Fit the whole page', matches: (e) => mod(e) && !e.shiftKey && e.key === '0' },
  { action: 'actual-size', keys: 'Ctrl/Cmd+1', description: 'Actual size (100%)', matches: (e) => mod(e) && !e.shiftKey && e.key === '1' },
  { action: 'fit-width', keys: 'Ctrl/Cmd+2', description: 'Fit the page width', matches: (e) => mod(e) && !e.shiftKey && e.key === '2' },
  { action: 'rotate-cw', keys: 'R', description: 'Rotate pages clockwise', matches: (e, t) => !t && plain(e) && !e.shiftKey && key(e) === 'r' },
  { action: 'rotate-ccw', keys: 'Shift+R', description: 'Rotate pages counterclockwise', matches: (e, t) => !t && plain(e) && e.shiftKey && key(e) === 'r' },
  { action: 'next-page', keys: 'Page Down, N or J', description: 'Next page', matches: (e, t) => !t && plain(e) && (e.key === 'PageDown' || key(e) === 'n' || key(e) === 'j') },
  { action: 'previous-page', keys: 'Page Up, P or K', description: 'Previous page', matches: (e, t) => !t && plain(e) && (e.key === 'PageUp' || key(e) === 'p' || key(e) === 'k') },
  { action: 'first-page', keys: 'Home', description: 'First page', matches: (e, t) => !t && plain(e) && e.key === 'Home' },
  { action: 'last-page', keys: 'End', description: 'Last page', matches: (e, t) => !t && plain(e) && e.key === 'End' },
  { action: 'go-to-page', keys: 'Ctrl/Cmd+G', description: 'Go to a page (index, printed page, "90 FR 35394", "slip op. at 5")', matches: (e) => mod(e) && !e.shiftKey && key(e) === 'g' },
  { action: 'find', keys: 'Ctrl/Cmd+F', description: 'Find in document', matches: (e) => mod(e) && !e.shiftKey && key(e) === 'f' },
  { action: 'next-match', keys: 'F3 (Enter in the find box)', description: 'Next match', matches: (e) => e.key === 'F3' && !e.shiftKey },
  { action: 'previous-match', keys: 'Shift+F3 (Shift+Enter in the find box)', description: 'Previous match', matches: (e) => e.key === 'F3' && e.shiftKey },
  { action: 'toggle-sidebar', keys: 'F4', description: 'Show or hide the sidebar (thumbnails, outline, attachments)', matches: (e) => e.key === 'F4' && plain(e) },
];

/** For the Help dialog: keys and what they do, including keys handled by single controls. */
export const READER_SHORTCUTS: { keys: string; description: string }[] = [
  ...READER_SHORTCUTS_WITH_MATCHERS.map(({ keys, description }) => ({ keys, description })),
  { keys: 'Escape (in the find box)', description: 'Close the find bar' },
  { keys: '↑ / ↓ (in the thumbnails)', description: 'Move between page thumbnails' },
  { keys: '← / → (on the document tabs)', description: 'Switch between open documents' },
];
