import { useEffect, useRef } from 'react';
import { READER_SHORTCUTS_WITH_MATCHERS, type ReaderAction } from './shortcuts';

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.tagName) return false;
  if (el.isContentEditable || /^(TEXTAREA|SELECT)$/.test(el.tagName)) return true;
  return el.tagName === 'INPUT' && !/^(checkbox|radio|button|submit|reset)$/.test((el as HTMLInputElement).type);
}

/**
 * Runs the reader's keyboard shortcuts (shortcuts.ts) while the reader is shown. Keys typed into
 * a field stay the field's, except the Ctrl/Cmd and function-key ones; nothing runs under a dialog.
 */
export function useReaderShortcuts(run: (action: ReaderAction) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const typing = inTextField(e.target);
      const shortcut = READER_SHORTCUTS_WITH_MATCHERS.find((s) => s.matches(e, typing));
      if (!shortcut) return;
      e.preventDefault();
      latest.current(shortcut.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
