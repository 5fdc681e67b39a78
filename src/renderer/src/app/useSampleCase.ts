import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../db/database';
import { CURRENT_CASE_KEY, getSetting, setSetting } from '../db/settingsRepo';
import { installSampleCase, resetSampleCase, type SampleClauseReport, type SampleEntityReport, type SampleProgress } from '../features/sample';

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

  const run = useCallback(async (work: (onProgress: (p: SampleProgress) => void) => Promise<string>) => {
    if (busy.current) return;
    busy.current = true;
    setError('');
    try {
      const id = await work(setProgress);
      await setSetting(db(), SAMPLE_INSTALLED_KEY, true);
      await setSetting(db(), CURRENT_CASE_KEY, id);
    } catch (e) {
      setError(`The sample case could not be loaded (${e instanceof Error ? e.message : String(e)}). Use Help → Reset sample case to try again.`);
    } finally {
      busy.current = false;
      setProgress(null);
    }
  }, []);

  useEffect(() => {
    void (async () => {
      if (await getSetting(db(), SAMPLE_INSTALLED_KEY, false)) return;
      await run((onProgress) => installSampleCase(db(), profile, onProgress, reportClauses, reportEntities));
    })();
  }, [profile, run, reportClauses, reportEntities]);

  const reset = useCallback(
    () => run((onProgress) => resetSampleCase(db(), profile, onProgress, reportClauses, reportEntities)),
    [profile, run, reportClauses, reportEntities],
  );
  return { progress, error, reset };
}
