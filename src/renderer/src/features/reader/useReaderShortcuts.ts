import { useEffect, useRef } from 'react';
import { shortcutCommand } from '../../../../shared/keyboard';
import { isReaderAction, type ReaderAction } from './shortcuts';

/**
 * Runs the reader's commands (shortcuts.ts) from the keyboard while the reader is shown. Which
 * key means which command, and which keys stay a field's, is shared/keyboard.ts's one rule;
 * nothing runs under a dialog.
 */
export function useReaderShortcuts(run: (action: ReaderAction) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const command = shortcutCommand(e);
      if (!command || !isReaderAction(command)) return;
      e.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
