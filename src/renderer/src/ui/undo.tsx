import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Toast } from './Toast';
import { UndoHistory, type StepResult, type UndoEntry } from './undoHistory';

export type { UndoEntry } from './undoHistory';

export interface UndoApi {
  /** Records an action that can be undone and tells the user what happened. */
  push(entry: UndoEntry): void;
  /** Undoes the most recent action (Ctrl/Cmd+Z outside text fields). */
  undoLast(): Promise<void>;
  /** Redoes the most recently undone action (Ctrl/Cmd+Shift+Z, Ctrl+Y). */
  redoLast(): Promise<void>;
  /**
   * Forgets every undo and redo entry: called after something replaces the records they were
   * recorded against (Restore, Reset sample case), which cannot itself be undone.
   */
  clear(): void;
  /** Shows a message that has nothing to undo. */
  notify(message: string): void;
}

const UndoContext = createContext<UndoApi | null>(null);

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Generic undo history (ui/undoHistory.ts) plus the toast that offers "Undo"; knows nothing of the domain. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const history = useRef(new UndoHistory());
  const [message, setMessage] = useState<{ text: string; undoable: boolean } | null>(null);

  const push = useCallback((entry: UndoEntry) => {
    history.current.push(entry);
    setMessage({ text: entry.label, undoable: true });
  }, []);

  const show = useCallback((result: StepResult, verb: 'undo' | 'redo') => {
    if (result.kind === 'empty') setMessage({ text: `Nothing to ${verb}.`, undoable: false });
    else if (result.kind === 'failed') setMessage({ text: `Could not ${verb} “${result.entry.label}”: ${reason(result.error)}`, undoable: false });
    else setMessage({ text: `${verb === 'undo' ? 'Undone' : 'Redone'}: ${result.entry.label}`, undoable: verb === 'redo' });
  }, []);

  const undoLast = useCallback(async () => show(await history.current.undo(), 'undo'), [show]);
  const redoLast = useCallback(async () => show(await history.current.redo(), 'redo'), [show]);

  const clear = useCallback(() => {
    history.current.clear();
    // A toast still offering "Undo" would now offer nothing.
    setMessage((m) => (m ? { ...m, undoable: false } : m));
  }, []);

  const notify = useCallback((text: string) => setMessage({ text, undoable: false }), []);
  const api = useMemo(() => ({ push, undoLast, redoLast, clear, notify }), [push, undoLast, redoLast, clear, notify]);

  return (
    <UndoContext.Provider value={api}>
      {children}
      {message && (
        <Toast
          message={message.text}
          actionLabel={message.undoable ? 'Undo' : undefined}
          onAction={() => void undoLast()}
          onDismiss={() => setMessage(null)}
        />
      )}
    </UndoContext.Provider>
  );
}

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error('useUndo must be used inside UndoProvider');
  return api;
}
