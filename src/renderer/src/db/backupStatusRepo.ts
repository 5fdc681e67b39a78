/**
 * What the backup reminder (core/backupReminder.ts) reads: when the last backup succeeded (written
 * by "Back up"), whether the reminder was put off, and the oldest change made since that backup.
 */
import type { ClausebenchDb } from './database';
import { getSetting, setSetting } from './settingsRepo';

/** ISO time of the last successful backup; written by the "Back up" command, read here. */
export const LAST_BACKUP_KEY = 'last-backup-at';
/** ISO time before which "Remind me tomorrow" keeps the reminder away. */
export const BACKUP_SNOOZE_KEY = 'backup-reminder-snoozed-until';

interface Stamped {
  createdAt?: string;
  updatedAt?: string;
  caseId?: string;
}

function latest(...stamps: (string | undefined)[]): number {
  let best = Number.NaN;
  for (const s of stamps) {
    const t = s === undefined ? Number.NaN : Date.parse(s);
    if (!Number.isNaN(t) && !(t <= best)) best = t;
  }
  return best;
}

/**
 * The time (ISO) of the oldest change after `since` (all changes when undefined) to what an analyst
 * makes: cases, documents, clauses, entities, links and comparisons with their parts. A record's
 * change time is its latest stamp (updatedAt, createdAt, and a document's addedAt).
 *
 * Left out, because losing them loses nothing: the sample case and what belongs only to it (Reset
 * sample case brings it back), and a case never edited since it was made (an empty new case, such
 * as the first run's "My first case"; what is put in it counts on its own). A deletion leaves no
 * record, so it is not seen.
 *
 * Cost: these tables have no updatedAt index, so this reads every row once, in one read-only
 * transaction. For a typical case (hundreds to a few thousand clauses) that is a few milliseconds;
 * the reminder runs it at startup, hourly and after a backup, never after each write.
 */
export async function oldestChangeAfter(database: ClausebenchDb, since: string | undefined): Promise<string | undefined> {
  const after = since === undefined ? Number.NEGATIVE_INFINITY : Date.parse(since);
  const floor = Number.isNaN(after) ? Number.NEGATIVE_INFINITY : after;
  const tables = [
    database.cases,
    database.documents,
    database.clauses,
    database.entities,
    database.links,
    database.comparisons,
    database.regimes,
    database.dimensions,
    database.cells,
  ];
  return database.transaction('r', tables, async () => {
    const sampleIds = new Set((await database.cases.toArray()).filter((c) => c.isSample).map((c) => c.id));
    let oldest = Number.POSITIVE_INFINITY;
    const consider = (t: number) => {
      if (!Number.isNaN(t) && t > floor && t < oldest) oldest = t;
    };
    await database.cases.each((c) => {
      if (!c.isSample && c.updatedAt !== c.createdAt) consider(latest(c.updatedAt, c.createdAt));
    });
    await database.documents.each((d) => {
      const onlySample = d.caseIds.length > 0 && d.caseIds.every((id) => sampleIds.has(id));
      if (!onlySample) consider(latest(d.updatedAt, d.createdAt, d.addedAt));
    });
    for (const table of tables.slice(2)) {
      await (table as unknown as { each(fn: (r: Stamped) => void): Promise<void> }).each((r) => {
        if (!(r.caseId && sampleIds.has(r.caseId))) consider(latest(r.updatedAt, r.createdAt));
      });
    }
    return Number.isFinite(oldest) ? new Date(oldest).toISOString() : undefined;
  });
}

export interface BackupStatus {
  lastBackupAt: string | undefined;
  snoozedUntil: string | undefined;
  /** The oldest change since the last backup (ISO), if any. */
  oldestChange: string | undefined;
}

function isoOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** The two settings alone: cheap, so the reminder may watch them live. */
export async function readBackupSettings(database: ClausebenchDb): Promise<Pick<BackupStatus, 'lastBackupAt' | 'snoozedUntil'>> {
  const lastBackupAt = isoOrUndefined(await getSetting<unknown>(database, LAST_BACKUP_KEY, undefined));
  const snoozedUntil = isoOrUndefined(await getSetting<unknown>(database, BACKUP_SNOOZE_KEY, undefined));
  return { lastBackupAt, snoozedUntil };
}

export async function readBackupStatus(database: ClausebenchDb): Promise<BackupStatus> {
  const settings = await readBackupSettings(database);
  return { ...settings, oldestChange: await oldestChangeAfter(database, settings.lastBackupAt) };
}

export async function snoozeBackupReminder(database: ClausebenchDb, until: string): Promise<void> {
  await setSetting(database, BACKUP_SNOOZE_KEY, until);
}
