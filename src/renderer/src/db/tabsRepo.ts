/**
 * The reader tabs open in the workspace, remembered across restarts: document ids in tab order
 * and the one shown (null: the library).
 */
import type { ClausebenchDb } from './database';
import { getSetting, setSetting } from './settingsRepo';

export const OPEN_TABS_KEY = 'openTabs';

export interface OpenTabs {
  tabs: string[];
  active: string | null;
}

/**
 * The tabs to reopen. Invariants: no duplicate ids; only documents still in the library; `active`
 * is one of `tabs` or null. A missing or malformed setting reads as no tabs.
 */
export async function getOpenTabs(database: ClausebenchDb): Promise<OpenTabs> {
  const stored = await getSetting<unknown>(database, OPEN_TABS_KEY, undefined);
  const raw = stored && typeof stored === 'object' ? (stored as { tabs?: unknown; active?: unknown }) : {};
  const ids = Array.isArray(raw.tabs) ? [...new Set(raw.tabs.filter((t): t is string => typeof t === 'string'))] : [];
  const present = await database.documents.bulkGet(ids);
  const tabs = ids.filter((_, i) => present[i] !== undefined);
  const active = typeof raw.active === 'string' && tabs.includes(raw.active) ? raw.active : null;
  return { tabs, active };
}

/** Remembers the open tabs; an `active` id that is not among `tabs` is stored as null. */
export async function setOpenTabs(database: ClausebenchDb, open: OpenTabs): Promise<void> {
  const tabs = [...new Set(open.tabs)];
  await setSetting(database, OPEN_TABS_KEY, { tabs, active: open.active !== null && tabs.includes(open.active) ? open.active : null });
}
