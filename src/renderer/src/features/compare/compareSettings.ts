/**
 * What the Compare view remembers between visits, in the settings table: the comparison chosen in
 * each case, and the regimes hidden in each comparison (a view choice, not the analysis: it is not
 * in bundles and has no undo). A choice shows at once; the stored value follows.
 */
import { useState } from 'react';
import { db } from '../../db/database';
import { useLiveQuery } from '../../db/live';
import { getSetting, setSetting } from '../../db/settingsRepo';

/** The settings key of the comparison chosen in a case (the bench's compare figure seeds it too). */
export const chosenComparisonKey = (caseId: string) => `compare.comparison.${caseId}`;
const hiddenKey = (comparisonId: string) => `compare.hiddenRegimes.${comparisonId}`;

/**
 * A setting of one scope (a case, a comparison): undefined while it is read. The value just set
 * is shown until the store answers, so a select or checkbox never snaps back for a moment.
 */
function useScopedSetting<T>(key: string | undefined, fallback: T): [T | undefined, (value: T) => void] {
  const stored = useLiveQuery(async () => (key ? { key, value: await getSetting<T>(db(), key, fallback) } : undefined), [key]);
  const [local, setLocal] = useState<{ key: string; value: T } | null>(null);
  // A live query answers with its previous result until the new one is read: never another scope's value.
  const value = local && local.key === key ? local.value : stored && stored.key === key ? stored.value : undefined;
  const set = (next: T) => {
    if (!key) return;
    setLocal({ key, value: next });
    void setSetting(db(), key, next);
  };
  return [value, set];
}

/** The comparison last chosen in the case: undefined while reading, null when none was chosen. */
export function useChosenComparison(caseId: string | undefined): [string | null | undefined, (id: string) => void] {
  return useScopedSetting<string | null>(caseId ? chosenComparisonKey(caseId) : undefined, null);
}

const NONE: readonly string[] = [];

/** The regimes hidden in the comparison (ids), and a setter that stores them. */
export function useHiddenRegimes(comparisonId: string): [readonly string[], (ids: readonly string[]) => void] {
  const [value, set] = useScopedSetting<readonly string[]>(hiddenKey(comparisonId), NONE);
  return [value ?? NONE, (ids) => set([...ids])];
}
