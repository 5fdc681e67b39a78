/**
 * "Import bundle": read and check the file, plan the merge against what is stored, let the analyst
 * settle conflicts, write it all in one transaction, report, and offer Undo. Any failure before the
 * write changes nothing; a failing write rolls back (db/exchangeWrite.ts).
 */
import { useCallback, useRef, useState } from 'react';
import type { BundleContents } from '../../core/exchange/bundle';
import {
  planMerge,
  reportTotals,
  resolveMerge,
  type Choice,
  type MergePlan,
  type MergeReport,
  type MergeWrites,
} from '../../core/exchange/mergePlan';
import type { BundleRecords } from '../../core/exchange/records';
import { newId } from '../../core/ids';
import { db } from '../../db/database';
import { localStateFor } from '../../db/exchangeRepo';
import { applyMerge, revertMerge } from '../../db/exchangeWrite';
import { CURRENT_CASE_KEY, setSetting } from '../../db/settingsRepo';
import { useUndo } from '../../ui/undo';
import { failureMessage } from './exchangeFiles';
import { readBundleFile, type ReadProgress } from './readBundleFile';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; progress: ReadProgress }
  | { phase: 'conflicts'; fileName: string; plan: MergePlan; bundle: BundleContents; choices: Map<string, Choice> }
  | { phase: 'writing'; fileName: string }
  | { phase: 'report'; fileName: string; report: MergeReport; reidentified: MergeWrites['reidentified'] }
  | { phase: 'error'; fileName: string; message: string };

export interface BundleImport {
  state: ImportState;
  start(file: File): Promise<void>;
  cancel(): void;
  choose(key: string, choice: Choice): void;
  chooseAll(choice: Choice): void;
  confirm(): Promise<void>;
  close(): void;
}

export function useBundleImport(): BundleImport {
  const undo = useUndo();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const write = useCallback(
    async (fileName: string, plan: MergePlan, bundle: BundleContents, choices: ReadonlyMap<string, Choice>) => {
      setState({ phase: 'writing', fileName });
      try {
        const writes = resolveMerge(plan, choices);
        await applyMerge(db(), writes, bundle.files);
        // Show the imported case when the bundle holds one (a bundle's usual scope). The merge is
        // written by now, so a failure here must not end in "Nothing was changed": it is let go.
        // A sample-case bundle lands in this profile's sample case (plan.caseIdMap).
        const cases = bundle.manifest.records.cases;
        if (cases.length === 1) await setSetting(db(), CURRENT_CASE_KEY, plan.caseIdMap[cases[0]!.id] ?? cases[0]!.id).catch(() => undefined);
        const t = reportTotals(writes.report);
        setState({ phase: 'report', fileName, report: writes.report, reidentified: writes.reidentified });
        if (t.added + t.updated > 0)
          undo.push({
            label: `Imported “${fileName}”: ${t.added} added, ${t.updated} updated, ${t.skipped} skipped.`,
            undo: () => revertMerge(db(), writes),
            redo: () => applyMerge(db(), writes, bundle.files),
          });
      } catch (e) {
        setState({ phase: 'error', fileName, message: failureMessage(fileName, 'imported', e) });
      }
    },
    [undo],
  );

  const start = useCallback(
    async (file: File) => {
      const controller = new AbortController();
      abort.current = controller;
      setState({ phase: 'reading', fileName: file.name, progress: { phase: 'loading', done: 0, total: file.size } });
      try {
        const bundle = await readBundleFile(
          file,
          (progress) => !controller.signal.aborted && setState({ phase: 'reading', fileName: file.name, progress }),
          controller.signal,
        );
        const records = bundle.manifest.records as BundleRecords;
        const plan = planMerge(records, await localStateFor(db(), records), newId);
        if (controller.signal.aborted) return;
        if (plan.conflicts.length > 0) setState({ phase: 'conflicts', fileName: file.name, plan, bundle, choices: new Map() });
        else await write(file.name, plan, bundle, new Map());
      } catch (e) {
        if (controller.signal.aborted) return;
        setState({ phase: 'error', fileName: file.name, message: failureMessage(file.name, 'imported', e) });
      }
    },
    [write],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState({ phase: 'idle' });
  }, []);

  const choose = useCallback((key: string, choice: Choice) => {
    setState((s) => (s.phase === 'conflicts' ? { ...s, choices: new Map(s.choices).set(key, choice) } : s));
  }, []);
  const chooseAll = useCallback((choice: Choice) => {
    setState((s) => (s.phase === 'conflicts' ? { ...s, choices: new Map(s.plan.conflicts.map((c) => [c.key, choice])) } : s));
  }, []);
  const confirm = useCallback(async () => {
    if (state.phase === 'conflicts') await write(state.fileName, state.plan, state.bundle, state.choices);
  }, [state, write]);
  const close = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, choose, chooseAll, confirm, close };
}
