import { useCallback, useRef, useState } from 'react';
import type { Clause, DocumentRecord } from '../../core/types';
import { listClauses } from '../../db/clausesRepo';
import { db } from '../../db/database';
import type { PickedFile } from '../../platform/host';
import { importFile, type FileOutcome } from './importFile';

const PROGRESS_INTERVAL_MS = 100;

export interface ImportProgress {
  fileIndex: number;
  fileCount: number;
  fileName: string;
  pagesDone: number;
  pageCount: number;
  /** After the text: pages short of text being checked for images (done of total). */
  imageCheck?: { done: number; total: number };
}

export interface PasswordRequest {
  fileName: string;
  retry: boolean;
  answer: (password: string | null) => void;
}

export interface ImportState {
  progress: ImportProgress | null;
  outcomes: FileOutcome[];
  passwordRequest: PasswordRequest | null;
  /** Imports a batch; with `versionOf`, one file as a new version of that document. */
  start(files: PickedFile[], options?: { versionOf?: DocumentRecord }): Promise<FileOutcome[]>;
  cancel(): void;
  clearOutcomes(): void;
}

/** Runs import batches one file at a time; a bad file is reported and the batch goes on. */
export function useImport(caseId: string | undefined, profile: string): ImportState {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [passwordRequest, setPasswordRequest] = useState<PasswordRequest | null>(null);
  const controller = useRef<AbortController | null>(null);
  const running = useRef(false);

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  const start = useCallback(
    async (files: PickedFile[], options: { versionOf?: DocumentRecord } = {}) => {
      if (running.current || files.length === 0) return [];
      running.current = true;
      const earlier = options.versionOf;
      // Every clause of the earlier version, in every case, is carried over with the import.
      let versionOf: { document: DocumentRecord; clauses: Clause[] } | undefined;
      try {
        versionOf = earlier ? { document: earlier, clauses: await listClauses(db(), undefined, earlier.id) } : undefined;
      } catch (error) {
        running.current = false;
        throw error;
      }
      const abort = new AbortController();
      controller.current = abort;
      const results: FileOutcome[] = [];
      setOutcomes([]);
      try {
        for (let i = 0; i < files.length; i++) {
          const file = files[i]!;
          if (abort.signal.aborted) {
            results.push({ kind: 'cancelled', fileName: file.name });
            continue;
          }
          setProgress({ fileIndex: i, fileCount: files.length, fileName: file.name, pagesDone: 0, pageCount: 0 });
          let lastUpdate = 0;
          const outcome = await importFile(file, {
            database: db(),
            caseId,
            profile,
            signal: abort.signal,
            ...(versionOf ? { versionOf } : {}),
            askPassword: (fileName, retry) =>
              new Promise<string | null>((resolve) => {
                const onAbort = () => {
                  setPasswordRequest(null);
                  resolve(null);
                };
                abort.signal.addEventListener('abort', onAbort, { once: true });
                setPasswordRequest({
                  fileName,
                  retry,
                  answer: (pw) => {
                    abort.signal.removeEventListener('abort', onAbort);
                    setPasswordRequest(null);
                    resolve(pw);
                  },
                });
              }),
            onPages: (done, total, phase) => {
              if (phase === 'images') {
                setProgress((p) => p && { ...p, imageCheck: { done, total } });
                return;
              }
              // Re-rendering the workspace for every page would cost more than extracting it:
              // update at most every 100 ms, and always on the last page.
              const now = performance.now();
              if (done < total && now - lastUpdate < PROGRESS_INTERVAL_MS) return;
              lastUpdate = now;
              setProgress({ fileIndex: i, fileCount: files.length, fileName: file.name, pagesDone: done, pageCount: total });
            },
          });
          results.push(outcome);
          setOutcomes([...results]);
        }
      } finally {
        running.current = false;
        controller.current = null;
        setProgress(null);
        setOutcomes([...results]);
      }
      return results;
    },
    [caseId, profile],
  );

  return { progress, outcomes, passwordRequest, start, cancel, clearOutcomes: () => setOutcomes([]) };
}
