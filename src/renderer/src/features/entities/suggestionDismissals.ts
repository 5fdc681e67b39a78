/**
 * Suggestions the analyst dismissed, per case, remembered in the settings table under
 * `dismissed-suggestions:<caseId>` as { key (nameKey), name } so they stay hidden after a restart
 * and can be listed and brought back. Each change is one undoable action.
 */
import { db } from '../../db/database';
import { useLiveQuery } from '../../db/live';
import { dismissedSuggestionsKey, getSetting, setSetting } from '../../db/settingsRepo';
import type { UndoApi } from '../../ui/undo';

export interface Dismissed {
  key: string;
  name: string;
}

/** Where the list is kept; db/ removes it with its case (caseSettingKeys). */
export const dismissedSettingKey = dismissedSuggestionsKey;

/** The stored list, whatever shape an older or hand-edited setting has (anything else is ignored). */
function parse(value: unknown): Dismissed[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v === 'string') return [{ key: v, name: v }];
    if (v && typeof v === 'object' && typeof (v as Dismissed).key === 'string') {
      const { key, name } = v as Dismissed;
      return [{ key, name: typeof name === 'string' ? name : key }];
    }
    return [];
  });
}

async function read(caseId: string): Promise<Dismissed[]> {
  return parse(await getSetting<unknown>(db(), dismissedSettingKey(caseId), []));
}

async function write(caseId: string, list: readonly Dismissed[]): Promise<void> {
  await setSetting(db(), dismissedSettingKey(caseId), list);
}

/** The case's dismissed suggestions (undefined while loading). */
export function useDismissedList(caseId: string): Dismissed[] | undefined {
  return useLiveQuery(() => read(caseId), [caseId]);
}

/** Hides a suggestion for this case; undo shows it again. */
export async function dismissSuggestion(caseId: string, item: Dismissed, undo: UndoApi): Promise<void> {
  const before = await read(caseId);
  if (before.some((d) => d.key === item.key)) return;
  await write(caseId, [...before, item]);
  undo.push({
    label: `Dismissed the suggestion “${item.name}”.`,
    undo: async () =>
      write(
        caseId,
        (await read(caseId)).filter((d) => d.key !== item.key),
      ),
    redo: async () => {
      const now = await read(caseId);
      if (!now.some((d) => d.key === item.key)) await write(caseId, [...now, item]);
    },
  });
}

/** Shows a dismissed suggestion again; undo hides it again. */
export async function restoreSuggestion(caseId: string, item: Dismissed, undo: UndoApi): Promise<void> {
  await write(
    caseId,
    (await read(caseId)).filter((d) => d.key !== item.key),
  );
  undo.push({
    label: `Showing the suggestion “${item.name}” again.`,
    undo: async () => {
      const now = await read(caseId);
      if (!now.some((d) => d.key === item.key)) await write(caseId, [...now, item]);
    },
    redo: async () =>
      write(
        caseId,
        (await read(caseId)).filter((d) => d.key !== item.key),
      ),
  });
}
