import { describe, expect, it } from 'vitest';
import { UndoHistory, type UndoEntry } from './undoHistory';

/** An entry that records what it did in `log`. */
function entry(name: string, log: string[], redoable = true): UndoEntry {
  return {
    label: name,
    undo: async () => void log.push(`undo ${name}`),
    redo: redoable ? async () => void log.push(`redo ${name}`) : undefined,
  };
}

describe('UndoHistory', () => {
  it('undoes newest first and redoes what it undid', async () => {
    const log: string[] = [];
    const h = new UndoHistory();
    h.push(entry('a', log));
    h.push(entry('b', log));
    expect((await h.undo()).kind).toBe('done');
    expect((await h.undo()).kind).toBe('done');
    expect((await h.undo()).kind).toBe('empty');
    expect((await h.redo()).kind).toBe('done');
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
  });

  it('clear() forgets every undo and redo entry: nothing recorded before it runs afterwards', async () => {
    const log: string[] = [];
    const h = new UndoHistory();
    h.push(entry('a', log));
    h.push(entry('b', log));
    await h.undo(); // b can now be redone
    h.clear();
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
    expect((await h.undo()).kind).toBe('empty');
    expect((await h.redo()).kind).toBe('empty');
    expect(log).toEqual(['undo b']);
    // Entries recorded after the clear behave as usual.
    h.push(entry('c', log));
    await h.undo();
    expect(log).toEqual(['undo b', 'undo c']);
  });

  it('an undo still running when clear() is called does not come back as a redo entry', async () => {
    const log: string[] = [];
    const h = new UndoHistory();
    let finish: () => void = () => undefined;
    h.push({ label: 'slow', undo: () => new Promise<void>((resolve) => (finish = resolve)), redo: async () => void log.push('redo slow') });
    const running = h.undo();
    h.clear();
    finish();
    expect((await running).kind).toBe('done');
    expect(h.canRedo).toBe(false);
    expect((await h.redo()).kind).toBe('empty');
    expect(log).toEqual([]);
  });

  it('a failed undo reports the error and is not redoable', async () => {
    const h = new UndoHistory();
    h.push({ label: 'x', undo: async () => Promise.reject(new Error('gone')), redo: async () => undefined });
    const result = await h.undo();
    expect(result.kind).toBe('failed');
    expect(result.kind === 'failed' && (result.error as Error).message).toBe('gone');
    expect(h.canRedo).toBe(false);
  });
});
