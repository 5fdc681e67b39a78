import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Toast } from './Toast';

export interface UndoEntry {
  /** What happened, shown to the user ("Deleted “EO 14174”"). */
  label: string;
  undo: () => Promise<void>;
  /** Does it again after an undo; entries without it cannot be redone. */
  redo?: () => Promise<void>;
}

export interface UndoApi {
  /** Records an action that can be undone and tells the user what happened. */
  push(entry: UndoEntry): void;
  /** Undoes the most recent action (Ctrl/Cmd+Z outside text fields). */
  undoLast(): Promise<void>;
  /** Redoes the most recently undone action (Ctrl/Cmd+Shift+Z, Ctrl+Y). */
  redoLast(): Promise<void>;
  /** Shows a message that has nothing to undo. */
  notify(message: string): void;
}

const UndoContext = createContext<UndoApi | null>(null);
const MAX_UNDO = 50;

/** Generic undo history plus the toast that offers "Undo"; knows nothing of the domain. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const stack = useRef<UndoEntry[]>([]);
  // Undone entries that can be redone; any new action clears it, as in every editor.
  const redoStack = useRef<UndoEntry[]>([]);
  const [message, setMessage] = useState<{ text: string; undoable: boolean } | null>(null);

  const push = useCallback((entry: UndoEntry) => {
    stack.current = [...stack.current.slice(-(MAX_UNDO - 1)), entry];
    redoStack.current = [];
    setMessage({ text: entry.label, undoable: true });
  }, []);

  const undoLast = useCallback(async () => {
    const entry = stack.current.pop();
    if (!entry) {
      setMessage({ text: 'Nothing to undo.', undoable: false });
      return;
    }
    try {
      await entry.undo();
      // Redo replays only from the state it was recorded in: an undone entry that cannot be
      // redone makes the older redo entries stale.
      redoStack.current = entry.redo ? [...redoStack.current, entry] : [];
      setMessage({ text: `Undone: ${entry.label}`, undoable: false });
    } catch (error) {
      setMessage({ text: `Could not undo “${entry.label}”: ${error instanceof Error ? error.message : String(error)}`, undoable: false });
    }
  }, []);

  const redoLast = useCallback(async () => {
    const entry = redoStack.current.pop();
    if (!entry?.redo) {
      setMessage({ text: 'Nothing to redo.', undoable: false });
      return;
    }
    try {
      await entry.redo();
      stack.current = [...stack.current.slice(-(MAX_UNDO - 1)), entry];
      setMessage({ text: `Redone: ${entry.label}`, undoable: true });
    } catch (error) {
      setMessage({ text: `Could not redo “${entry.label}”: ${error instanceof Error ? error.message : String(error)}`, undoable: false });
    }
  }, []);

  const notify = useCallback((text: string) => setMessage({ text, undoable: false }), []);
  const api = useMemo(() => ({ push, undoLast, redoLast, notify }), [push, undoLast, redoLast, notify]);

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
