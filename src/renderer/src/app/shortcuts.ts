/** Keyboard shortcuts: one list feeds both the handler and the Help dialog. */
export interface Shortcut {
  id: 'import' | 'new-case' | 'undo' | 'help' | 'close-document';
  keys: string;
  description: string;
  matches: (e: KeyboardEvent) => boolean;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

function inTextField(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

export const SHORTCUTS: Shortcut[] = [
  { id: 'import', keys: 'Ctrl/Cmd+O', description: 'Import PDFs', matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'o' },
  { id: 'new-case', keys: 'Ctrl/Cmd+Shift+N', description: 'New case', matches: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 'n' },
  { id: 'undo', keys: 'Ctrl/Cmd+Z', description: 'Undo the last delete or edit', matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z' && !inTextField(e) },
  { id: 'help', keys: 'F1 or ?', description: 'Show keyboard shortcuts', matches: (e) => e.key === 'F1' || (e.key === '?' && !inTextField(e)) },
  { id: 'close-document', keys: 'Escape', description: 'Close the document and return to the library', matches: (e) => e.key === 'Escape' && !inTextField(e) },
];

/** Shortcuts of the Documents table, handled by the table itself (listed for Help). */
export const TABLE_SHORTCUTS: { keys: string; description: string }[] = [
  { keys: '↑ / ↓, Page Up / Page Down, Home / End', description: 'Move between documents' },
  { keys: 'Enter', description: 'Open the document' },
  { keys: 'F2', description: 'Edit the document’s details' },
  { keys: 'Delete', description: 'Delete the document (undo with Ctrl/Cmd+Z)' },
];
