import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../db/database';
import { CURRENT_CASE_KEY, getSetting, setSetting } from '../db/settingsRepo';
import {
  installSampleCase,
  resetSampleCase,
  type SampleClauseReport,
  type SampleComparisonReport,
  type SampleEntityReport,
  type SampleProgress,
} from '../features/sample';
import { useUndo } from '../ui/undo';

const SAMPLE_INSTALLED_KEY = 'sampleCaseInstalled';

export interface SampleCaseState {
  progress: SampleProgress | null;
  error: string;
  reset(): Promise<void>;
}

/**
 * Installs the sample case on first run (once: a user who deletes it is not given it back
 * unasked) and makes it the current case; Reset restores it on request.
 */
export function useSampleCase(profile: string): SampleCaseState {
  const [progress, setProgress] = useState<SampleProgress | null>(null);
  const [error, setError] = useState('');
  const busy = useRef(false);
  const undo = useUndo();
  // A shipped clause that no longer anchors is shown, never dropped in silence (tests keep it from shipping).
  const reportClauses: SampleClauseReport = useCallback((failures) => {
    if (failures.length === 0) return;
    const names = failures.map((f) => `${f.fileName} ${f.label}`).join(', ');
    setError(`${failures.length} sample clause${failures.length === 1 ? '' : 's'} could not be placed (${names}); the documents are loaded.`);
  }, []);
  // Comes after the clause report (a clause that was not placed takes its links with it): added to it, not over it.
  const reportEntities: SampleEntityReport = useCallback((failures) => {
    if (failures.length === 0) return;
    const names = failures.map((f) => f.what).join('; ');
    const message = `${failures.length} sample entit${failures.length === 1 ? 'y or link was' : 'ies or links were'} not added (${names}).`;
    setError((previous) => (previous ? `${previous} ${message}` : message));
  }, []);
  // Likewise for the sample comparison: a cell that lost evidence is kept, and said so.
  const reportComparison: SampleComparisonReport = useCallback((failures) => {
    if (failures.length === 0) return;
    const names = failures.map((f) => `${f.what}: ${f.reason}`).join('; ');
    const message = `${failures.length} part${failures.length === 1 ? ' of the sample comparison was' : 's of the sample comparison were'} not added as shipped (${names}).`;
    setError((previous) => (previous ? `${previous} ${message}` : message));
  }, []);

  /** Runs `work` unless another run is under way; false when it did not run. */
  const run = useCallback(async (work: (onProgress: (p: SampleProgress) => void) => Promise<string>) => {
    if (busy.current) return false;
    busy.current = true;
    setError('');
    try {
      const before = await getSetting<unknown>(db(), CURRENT_CASE_KEY, undefined);
      const id = await work(setProgress);
      await setSetting(db(), SAMPLE_INSTALLED_KEY, true);
      // Shown when done, unless the user chose another case meanwhile (an install takes seconds).
      const now = await getSetting<unknown>(db(), CURRENT_CASE_KEY, undefined);
      if (now === before || now === id) await setSetting(db(), CURRENT_CASE_KEY, id);
    } catch (e) {
      setError(`The sample case could not be loaded (${e instanceof Error ? e.message : String(e)}). Use Help → Reset sample case to try again.`);
    } finally {
      busy.current = false;
      setProgress(null);
    }
    return true;
  }, []);

  useEffect(() => {
    void (async () => {
      if (await getSetting(db(), SAMPLE_INSTALLED_KEY, false)) return;
      await run((onProgress) => installSampleCase(db(), profile, onProgress, reportClauses, reportEntities, reportComparison));
    })();
  }, [profile, run, reportClauses, reportEntities, reportComparison]);

  const reset = useCallback(async () => {
    // Cleared before as well: an undo pressed while the reset installs must not act on records
    // the reset is replacing.
    undo.clear();
    const ran = await run((onProgress) => resetSampleCase(db(), profile, onProgress, reportClauses, reportEntities, reportComparison));
    // The reset replaced the sample case's records (shipped ones come back under their fixed ids):
    // undo entries recorded before it would act on records that are gone. Cleared even when the
    // reset failed part way, since it may have emptied the case by then.
    if (ran) undo.clear();
  }, [profile, run, reportClauses, reportEntities, reportComparison, undo]);
  return { progress, error, reset };
}
