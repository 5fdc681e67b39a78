import type { ClausebenchDb } from './database';

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
