/**
 * The undo and redo stacks, apart from React so they can be tested as they are. Knows nothing of
 * the domain: an entry is a label and the functions that undo and redo it.
 */

export interface UndoEntry {
  /** What happened, shown to the user ("Deleted “EO 14174”"). */
  label: string;
  undo: () => Promise<void>;
  /** Does it again after an undo; entries without it cannot be redone. */
  redo?: () => Promise<void>;
}

/** What an undo or redo did: nothing (empty stack), done, or failed with the error. */
export type StepResult = { kind: 'empty' } | { kind: 'done'; entry: UndoEntry } | { kind: 'failed'; entry: UndoEntry; error: unknown };

export const MAX_UNDO = 50;

export class UndoHistory {
  private done: UndoEntry[] = [];
  // Undone entries that can be redone; any new action clears it, as in every editor.
  private undone: UndoEntry[] = [];
  // Bumped by clear(): an undo or redo still running when the world was replaced must not put its
  // entry back on a stack, where it would act on records that no longer exist.
  private generation = 0;

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  push(entry: UndoEntry): void {
    this.done = [...this.done.slice(-(MAX_UNDO - 1)), entry];
    this.undone = [];
  }

  /**
   * Forgets every entry. For what replaces the records the entries were recorded against (a
   * restored backup, a reset sample case): undoing one afterwards would recreate records of a
   * world that is gone, next to the new one.
   */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.generation++;
  }

  /** Undoes the most recent entry. */
  async undo(): Promise<StepResult> {
    const entry = this.done.pop();
    if (!entry) return { kind: 'empty' };
    const generation = this.generation;
    try {
      await entry.undo();
    } catch (error) {
      return { kind: 'failed', entry, error };
    }
    // Redo replays only from the state it was recorded in: an undone entry that cannot be redone
    // makes the older redo entries stale.
    if (generation === this.generation) this.undone = entry.redo ? [...this.undone, entry] : [];
    return { kind: 'done', entry };
  }

  /** Redoes the most recently undone entry. */
  async redo(): Promise<StepResult> {
    const entry = this.undone.pop();
    if (!entry?.redo) return { kind: 'empty' };
    const generation = this.generation;
    try {
      await entry.redo();
    } catch (error) {
      return { kind: 'failed', entry, error };
    }
    if (generation === this.generation) this.done = [...this.done.slice(-(MAX_UNDO - 1)), entry];
    return { kind: 'done', entry };
  }
}
