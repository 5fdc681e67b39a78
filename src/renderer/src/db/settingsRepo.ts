import type { ClausebenchDb, SettingRecord } from './database';

export async function getSetting<T>(database: ClausebenchDb, key: string, fallback: T): Promise<T> {
  const row = await database.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(database: ClausebenchDb, key: string, value: unknown): Promise<void> {
  await database.settings.put({ key, value });
}

export const CURRENT_CASE_KEY = 'currentCaseId';
export const PROFILE_KEY = 'profileName';
/** The case switcher's entry for "all cases". */
export const ALL_CASES = 'all';

/** The entity suggestions the analyst dismissed in a case (features/entities/suggestionDismissals). */
export const dismissedSuggestionsKey = (caseId: string) => `dismissed-suggestions:${caseId}`;

/**
 * The settings that belong to one case: deleting the case or emptying the sample case removes
 * them with its contents (and Undo of a delete puts them back), so none outlives its case.
 */
export function caseSettingKeys(caseId: string): string[] {
  return [dismissedSuggestionsKey(caseId)];
}

/** Removes the case's own settings (a child of the caller's transaction); returns them for Undo. */
export async function removeCaseSettings(database: ClausebenchDb, caseId: string): Promise<SettingRecord[]> {
  const keys = caseSettingKeys(caseId);
  const rows = (await database.settings.bulkGet(keys)).filter((r): r is SettingRecord => r !== undefined);
  await database.settings.bulkDelete(keys);
  return rows;
}
