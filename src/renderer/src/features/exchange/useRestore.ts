/**
 * "Restore": read and check a backup, say what it would replace (what is stored now against what
 * the backup holds), and only on confirmation replace every table in one transaction.
 */
import { useCallback, useRef, useState } from 'react';
import type { BundleContents } from '../../core/exchange/bundle';
import { BundleError } from '../../core/exchange/bundleError';
import { db } from '../../db/database';
import { storedCounts } from '../../db/exchangeRepo';
import { replaceAll } from '../../db/exchangeWrite';
import { useUndo } from '../../ui/undo';
import { countText, failureMessage } from './exchangeFiles';
import { readBundleFile, type ReadProgress } from './readBundleFile';

export interface Counts {
  cases: number;
  documents: number;
  clauses: number;
}

export type RestoreState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; progress: ReadProgress }
  | { phase: 'confirm'; fileName: string; backup: BundleContents; stored: Counts; incoming: Counts }
  | { phase: 'writing'; fileName: string }
  | { phase: 'error'; fileName: string; message: string };

export interface Restore {
  state: RestoreState;
  start(file: File): Promise<void>;
  cancel(): void;
  confirm(): Promise<void>;
  close(): void;
}

/** Called after a restore replaced everything (the workspace closes tabs of documents that may be gone). */
export function useRestore(onRestored: () => void): Restore {
  const undo = useUndo();
  const [state, setState] = useState<RestoreState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(async (file: File) => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: 'reading', fileName: file.name, progress: { phase: 'loading', done: 0, total: file.size } });
    try {
      const backup = await readBundleFile(
        file,
        (progress) => !controller.signal.aborted && setState({ phase: 'reading', fileName: file.name, progress }),
        controller.signal,
      );
      if (backup.manifest.kind !== 'backup')
        throw new BundleError('wrong-kind', 'It is a workspace bundle, not a backup. Use “Import bundle” to merge it into your cases.');
      const r = backup.manifest.records;
      const incoming = { cases: r.cases.length, documents: r.documents.length, clauses: r.clauses.length };
      const stored = await storedCounts(db());
      if (!controller.signal.aborted) setState({ phase: 'confirm', fileName: file.name, backup, stored, incoming });
    } catch (e) {
      if (!controller.signal.aborted) setState({ phase: 'error', fileName: file.name, message: failureMessage(file.name, 'restored', e) });
    }
  }, []);

  const confirm = useCallback(async () => {
    if (state.phase !== 'confirm') return;
    const { fileName, backup, incoming } = state;
    setState({ phase: 'writing', fileName });
    try {
      await replaceAll(db(), backup.manifest.records, backup.files);
      // Every table was replaced: undo entries recorded before would act on records that are gone
      // (or bring them back beside the restored ones). A failed restore changed nothing, so keeps them.
      undo.clear();
      setState({ phase: 'idle' });
      onRestored();
      undo.notify(
        `Restored “${fileName}”: ${countText(incoming.cases, 'case')}, ${countText(incoming.documents, 'document')}, ${countText(incoming.clauses, 'clause')}.`,
      );
    } catch (e) {
      setState({ phase: 'error', fileName, message: failureMessage(fileName, 'restored', e) });
    }
  }, [state, undo, onRestored]);

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState({ phase: 'idle' });
  }, []);
  const close = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, confirm, close };
}
